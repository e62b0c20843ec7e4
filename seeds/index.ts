/**
 * Every parameter file, imported as a module (no file-system reads at run time).
 * test/catalogue.test.ts checks that every seeds/parameters/*.json is listed.
 */

import assistanceB from './parameters/assistance-b.json' with { type: 'json' };
import education from './parameters/education.json' with { type: 'json' };
import elderDisability from './parameters/elder-disability.json' with { type: 'json' };
import elderly from './parameters/elderly.json' with { type: 'json' };
import employment from './parameters/employment.json' with { type: 'json' };
import general from './parameters/general.json' with { type: 'json' };
import health from './parameters/health.json' with { type: 'json' };
import housing from './parameters/housing.json' with { type: 'json' };
import socialAssistance from './parameters/social-assistance.json' with { type: 'json' };
import socialInsurance from './parameters/social-insurance.json' with { type: 'json' };
import veterans from './parameters/veterans.json' with { type: 'json' };

export const parameterFiles: unknown[] = [
  general,
  socialAssistance,
  elderly,
  housing,
  education,
  veterans,
  elderDisability,
  socialInsurance,
  health,
  assistanceB,
  employment,
];
