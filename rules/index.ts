/**
 * Every program file, imported as a module so the same bundle runs on Node and on Workers (no
 * file-system reads at run time). test/catalogue.test.ts checks that every rules/*.json is listed.
 */
import dibao from './dibao.json' with { type: 'json' };
import elderHealthCheck from './elder-health-check.json' with { type: 'json' };
import lowIncomeHousehold from './low-income-household.json' with { type: 'json' };
import tekunSupport from './tekun-support.json' with { type: 'json' };

export const programFiles: unknown[] = [dibao, lowIncomeHousehold, tekunSupport, elderHealthCheck];
