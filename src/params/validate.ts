/**
 * The one check of a value that staff set for a parameter: used by `npm run params -- set` and by
 * `POST /api/v1/parameters/:id/values` (the window's staff page), which take the same input. It takes the text as typed and answers with a
 * `ParameterOverride` to store, or with problems per field whose messages are the i18n keys
 * `errors.parameter.<code>` (with their values), so every caller words them the same way.
 */
import { isCalendarDate, latestAsOf } from '../model/dates.js';
import type { ParameterOverride, ParameterSet, Unit } from './parameters.js';

export interface ParameterInput {
  id: string;
  /** The date the value takes effect, YYYY-MM-DD. */
  from: string;
  /** The value as typed. */
  value: string;
  /** The document the value comes from (shown as the value's source). */
  source: string;
}

export type ParameterProblemCode =
  | 'unknown'
  | 'date'
  | 'beforeFirstValue'
  | 'afterHorizon'
  | 'empty'
  | 'notNumber'
  | 'notInteger'
  | 'tooSmall'
  | 'tooBig'
  | 'sourceEmpty'
  | 'sourceTooLong';

export interface ParameterProblem {
  field: keyof ParameterInput;
  code: ParameterProblemCode;
  values?: Record<string, string | number>;
}

export type ParameterCheck = { ok: true; override: ParameterOverride } | { ok: false; problems: ParameterProblem[] };

/**
 * What a value in each unit may be. The bounds are wide enough for any real standard or rate and
 * narrow enough to catch a slip of the keyboard (an extra zero, a minus sign, 1e308).
 */
export const UNIT_BOUNDS: Record<Exclude<Unit, 'date'>, { min: number; max: number; integer?: boolean }> = {
  // Monthly standards and allowances: Jiaozuo's dibao standard is about 600 元.
  'CNY/month': { min: 0, max: 100_000 },
  // Yearly standards and grants: the rural dibao standard is about 5,000 元, grants about 2,000 元.
  'CNY/year': { min: 0, max: 1_000_000 },
  'CNY/once': { min: 0, max: 1_000_000 },
  // Ages and durations: nobody is older than 120.
  years: { min: 0, max: 120 },
  months: { min: 0, max: 1_440 },
  // Floor area per person.
  sqm: { min: 0, max: 1_000 },
  // Disability grades run 1-4 (残疾等级), service disability grades 1-10 (伤残等级).
  grade: { min: 1, max: 10, integer: true },
  // Multiples of the dibao standard (1.3, 1.5) and allowance rates (0.3-0.5).
  ratio: { min: 0, max: 10 },
};

/** A plain decimal number as staff type it: no exponent, no hex, no thousands separators. */
const DECIMAL = /^-?\d+(\.\d+)?$/;
/** Long enough for a document's full title and number, short enough to stay a citation. */
export const MAX_SOURCE_LENGTH = 500;

/** Checks a staff value for a parameter on `today` (YYYY-MM-DD, Asia/Shanghai). */
export function checkParameterInput(params: ParameterSet, input: ParameterInput, today: string): ParameterCheck {
  if (!params.has(input.id))
    return { ok: false, problems: [{ field: 'id', code: 'unknown', values: { id: input.id } }] };
  const def = params.definition(input.id);
  const problems: ParameterProblem[] = [];

  const from = input.from.trim();
  const first = def.values[0].from;
  const max = latestAsOf(today);
  if (!isCalendarDate(from)) problems.push({ field: 'from', code: 'date' });
  else if (from < first) problems.push({ field: 'from', code: 'beforeFirstValue', values: { first } });
  else if (from > max) problems.push({ field: 'from', code: 'afterHorizon', values: { max } });

  const raw = input.value.trim();
  let value: number | string = raw;
  if (raw === '') problems.push({ field: 'value', code: 'empty' });
  else if (def.unit === 'date') {
    if (!isCalendarDate(raw)) problems.push({ field: 'value', code: 'date' });
  } else if (!DECIMAL.test(raw)) problems.push({ field: 'value', code: 'notNumber' });
  else {
    value = Number(raw);
    const bounds = UNIT_BOUNDS[def.unit];
    const unit = def.unit;
    if (bounds.integer && !Number.isInteger(value)) problems.push({ field: 'value', code: 'notInteger' });
    else if (value < bounds.min) problems.push({ field: 'value', code: 'tooSmall', values: { min: bounds.min, unit } });
    else if (value > bounds.max) problems.push({ field: 'value', code: 'tooBig', values: { max: bounds.max, unit } });
  }

  const source = input.source.trim();
  if (source === '') problems.push({ field: 'source', code: 'sourceEmpty' });
  else if (source.length > MAX_SOURCE_LENGTH) {
    problems.push({ field: 'source', code: 'sourceTooLong', values: { max: MAX_SOURCE_LENGTH } });
  }

  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, override: { id: input.id, from, value, source } };
}
