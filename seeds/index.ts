/**
 * Every parameter file, imported as a module (no file-system reads at run time).
 * test/catalogue.test.ts checks that every seeds/parameters/*.json is listed.
 */
import elderly from './parameters/elderly.json' with { type: 'json' };
import general from './parameters/general.json' with { type: 'json' };
import socialAssistance from './parameters/social-assistance.json' with { type: 'json' };

export const parameterFiles: unknown[] = [general, socialAssistance, elderly];
