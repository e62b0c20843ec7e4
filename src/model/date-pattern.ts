/**
 * Regular expressions for the published contract: exactly the real calendar dates between two
 * dates (leap years included), so a client or a schema-driven tool that reads the OpenAPI document
 * knows the range the server takes without a date library. The server itself checks dates with
 * `isCalendarDate` and plain comparisons (src/model/dates.ts); the tests hold the two equal.
 */
import { daysInMonth, isLeapYear } from './dates.js';

const group = (re: string) => (re.includes('|') ? `(?:${re})` : re);

/** A character class for a set of digits: [0-35-9], or the digit alone. */
function digitClass(digits: number[]): string {
  const sorted = [...new Set(digits)].sort((a, b) => a - b);
  if (sorted.length === 10) return '\\d';
  if (sorted.length === 1) return String(sorted[0]);
  const runs: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    runs.push(j - i >= 2 ? `${sorted[i]}-${sorted[j]}` : sorted.slice(i, j + 1).join(''));
    i = j + 1;
  }
  return `[${runs.join('')}]`;
}

/** An alternation of equal-width digit strings, grouped by everything but the last digit. */
function oneOf(values: string[]): string {
  const byPrefix = new Map<string, number[]>();
  for (const v of values) {
    const prefix = v.slice(0, -1);
    byPrefix.set(prefix, [...(byPrefix.get(prefix) ?? []), Number(v.slice(-1))]);
  }
  return [...byPrefix].map(([prefix, last]) => prefix + digitClass(last)).join('|');
}

/** The decimal strings of one width from `lo` to `hi` (e.g. 1900 to 2027). */
export function numberRange(lo: string, hi: string): string {
  if (lo.length !== hi.length) throw new Error('numberRange: widths differ');
  if (lo === hi) return lo;
  if (lo[0] === hi[0]) return lo[0] + group(numberRange(lo.slice(1), hi.slice(1)));
  const rest = lo.length - 1;
  const zeros = '0'.repeat(rest);
  const nines = '9'.repeat(rest);
  const any = rest === 0 ? '' : rest === 1 ? '\\d' : `\\d{${rest}}`;
  const parts: string[] = [];
  let from = Number(lo[0]);
  let to = Number(hi[0]);
  if (lo.slice(1) !== zeros) parts.push(lo[0] + group(numberRange(lo.slice(1), nines)));
  if (lo.slice(1) !== zeros) from++;
  const last = hi.slice(1) !== nines ? hi[0] + group(numberRange(zeros, hi.slice(1))) : undefined;
  if (last) to--;
  if (from <= to) parts.push(digitClass(Array.from({ length: to - from + 1 }, (_, i) => from + i)) + any);
  if (last) parts.push(last);
  return parts.join('|');
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Month-day of every day in the months `from`..`to` of `year`, days `firstDay`.. of the first and ..`lastDay` of the last. */
function monthDays(year: number, from: number, firstDay: number, to: number, lastDay: number, sep: string): string {
  if (from === to) return `${pad(from)}${sep}${group(numberRange(pad(firstDay), pad(lastDay)))}`;
  const parts: string[] = [];
  parts.push(monthDays(year, from, firstDay, from, daysInMonth(year, from), sep));
  // Whole months, grouped by their length.
  const byLength = new Map<number, string[]>();
  for (let m = from + 1; m < to; m++)
    byLength.set(daysInMonth(year, m), [...(byLength.get(daysInMonth(year, m)) ?? []), pad(m)]);
  for (const [length, months] of byLength) {
    parts.push(`${group(oneOf(months))}${sep}${group(numberRange('01', pad(length)))}`);
  }
  parts.push(monthDays(year, to, 1, to, lastDay, sep));
  return parts.join('|');
}

/** Every day of the years `from`..`to`. */
function wholeYears(from: number, to: number, sep: string): string {
  const common = [
    `(?:0[1-9]|1[0-2])${sep}(?:0[1-9]|1\\d|2[0-8])`,
    `(?:0[13-9]|1[0-2])${sep}(?:29|30)`,
    `(?:0[13578]|1[02])${sep}31`,
  ].join('|');
  const leap: string[] = [];
  for (let y = from; y <= to; y++) if (isLeapYear(y)) leap.push(String(y));
  const years = `${group(numberRange(String(from), String(to)))}${sep}(?:${common})`;
  return leap.length > 0 ? `${years}|${group(oneOf(leap))}${sep}02${sep}29` : years;
}

/**
 * A regular expression (no anchors, no flags, no look-around: JSON Schema's subset of ECMA-262)
 * matching exactly the real dates from `min` to `max`, both YYYY-MM-DD in years 1000-9999.
 * `sep` is the separator between year, month and day ('' for the birth date inside an ID number).
 */
export function dateRangeRegex(min: string, max: string, sep = '-'): string {
  const [y1, m1, d1] = min.split('-').map(Number);
  const [y2, m2, d2] = max.split('-').map(Number);
  if (min > max) throw new Error(`datePattern: ${min} is after ${max}`);
  const partYear = (y: number, mA: number, dA: number, mB: number, dB: number) =>
    `${y}${sep}(?:${monthDays(y, mA, dA, mB, dB, sep)})`;
  if (y1 === y2 && !(m1 === 1 && d1 === 1 && m2 === 12 && d2 === 31)) return `(?:${partYear(y1, m1, d1, m2, d2)})`;
  // Whole years in the middle; the first and last years when they are partial.
  const first = m1 === 1 && d1 === 1 ? y1 : y1 + 1;
  const last = m2 === 12 && d2 === 31 ? y2 : y2 - 1;
  const parts = [
    ...(first > y1 ? [partYear(y1, m1, d1, 12, 31)] : []),
    ...(first <= last ? [wholeYears(first, last, sep)] : []),
    ...(last < y2 ? [partYear(y2, 1, 1, m2, d2)] : []),
  ];
  return `(?:${parts.join('|')})`;
}

/** The same, anchored: a JSON Schema `pattern` for a date field. */
export function datePattern(min: string, max: string): string {
  return `^${dateRangeRegex(min, max)}$`;
}

/**
 * A regular expression (same subset) matching exactly the partial dates with some day from `min`
 * to `max`: each year (YYYY), each year and month (YYYY-MM), and each full date (YYYY-MM-DD).
 * The discharge date's published pattern (a veteran may know only the year).
 */
export function partialDateRangeRegex(min: string, max: string): string {
  const [y1, m1] = min.split('-').map(Number);
  const [y2, m2] = max.split('-').map(Number);
  const years = numberRange(String(y1), String(y2));
  const months = (y: number, from: number, to: number) => `${y}-${group(numberRange(pad(from), pad(to)))}`;
  const monthParts =
    y1 === y2
      ? [months(y1, m1, m2)]
      : [
          months(y1, m1, 12),
          ...(y2 - y1 > 1 ? [`${group(numberRange(String(y1 + 1), String(y2 - 1)))}-(?:0[1-9]|1[0-2])`] : []),
          months(y2, 1, m2),
        ];
  return `(?:${group(years)}|${monthParts.join('|')}|${dateRangeRegex(min, max)})`;
}
