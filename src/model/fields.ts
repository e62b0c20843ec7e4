/**
 * Field schemas shared by the household model and the API: dates with their plausible range and
 * the resident ID number. Each date is checked with the one real-date check (`isCalendarDate`)
 * and its bounds; a marker (`x-bounds`) tells the published document which range to write as the
 * field's `pattern` when it is served (src/api/contract.ts), since the ranges move with today.
 */
import * as z from 'zod';
import {
  dateSpan,
  EARLIEST_BIRTH_DATE,
  EARLIEST_DISCHARGE_DATE,
  isCalendarDate,
  latestAsOf,
  todayInChina,
} from './dates.js';

/** A custom issue whose message is the i18n key `errors.custom.<key>`, with interpolated values. */
export const issue = (key: string, values?: Record<string, string>) => ({ params: { key, values } });

/** The kinds of bounded field, named by the marker `x-bounds` in the generated JSON Schema. */
export type BoundedField = 'birthDate' | 'dischargeDate' | 'asOf' | 'idNumber';
export const BOUNDS_MARKER = 'x-bounds';

/** A real date, not before `min` (and, for screening dates, not after the horizon). */
function date(min: string | undefined, bounds: BoundedField, description: string) {
  return z
    .string()
    .superRefine((v, ctx) => {
      if (!isCalendarDate(v)) ctx.addIssue({ code: 'custom', ...issue('date') });
      else if (min !== undefined && v < min) ctx.addIssue({ code: 'custom', ...issue('tooEarly', { min }) });
      else if (bounds === 'asOf') {
        const max = latestAsOf(todayInChina());
        if (v > max) ctx.addIssue({ code: 'custom', ...issue('asOfTooLate', { max }) });
      }
    })
    .meta({ format: 'date', [BOUNDS_MARKER]: bounds, description });
}

export const BirthDate = date(
  EARLIEST_BIRTH_DATE,
  'birthDate',
  `Date of birth (YYYY-MM-DD), from ${EARLIEST_BIRTH_DATE}; not after the screening date or today`,
);

/**
 * The discharge date: a full date, or only the year (YYYY) or the year and month (YYYY-MM), since a
 * veteran may remember no more and the rules can often decide by the year alone. A partial date is
 * plausible when some day in it is: not before the earliest discharge date (here), after the birth
 * date and not after the screening date or today (src/model/household.ts). No `format: date`: the
 * published `pattern` lists the three forms.
 */
export const DischargeDate = z
  .string()
  .superRefine((v, ctx) => {
    const span = dateSpan(v);
    if (span === undefined) ctx.addIssue({ code: 'custom', ...issue('partialDate') });
    else if (span.last < EARLIEST_DISCHARGE_DATE)
      ctx.addIssue({ code: 'custom', ...issue('tooEarly', { min: EARLIEST_DISCHARGE_DATE }) });
  })
  .meta({
    [BOUNDS_MARKER]: 'dischargeDate',
    description: `Date of discharge from the armed forces: YYYY-MM-DD, or only the year (YYYY) or the year and month (YYYY-MM) when no more is known. Some day in it must be from ${EARLIEST_DISCHARGE_DATE}, after the date of birth and not after the screening date or today`,
  });

/** A screening date. Its lower bound, the first date screened, comes from the catalogue: the routes check it. */
export const AsOfDate = date(
  undefined,
  'asOf',
  'Date the screening applies to (YYYY-MM-DD): from the first date screened (the earliest effective date of a program) to 31 December of the year after today; today in Asia/Shanghai by default',
);

export const ResidentIdNumber = z
  .string()
  .max(18)
  .meta({
    pattern: '^[0-9]{17}[0-9X]$',
    [BOUNDS_MARKER]: 'idNumber',
    description: `18-character resident ID number (GB 11643): 6-digit address code, birth date YYYYMMDD from ${EARLIEST_BIRTH_DATE}, 3-digit sequence, check character (digit or X). Birth date and sex are derived from it; the check character is verified (ISO 7064 MOD 11-2), which no pattern can express`,
  });
