/**
 * Calendar arithmetic on ISO dates (YYYY-MM-DD), the one real-date check and the plausible range
 * of every date the service takes. Pure: used by the engine, the API, the staff command and the
 * web page.
 */

const MONTHS_PER_YEAR = 12;
const CHINA_UTC_OFFSET_MS = 8 * 60 * 60 * 1000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Earliest birth date taken. Nobody alive was born before it (the oldest documented person lived to
 * 122), so an earlier date is a typing mistake such as 0000-01-01 (which made "age 2026" and
 * elderly programs), not a resident.
 */
export const EARLIEST_BIRTH_DATE = '1900-01-01';

/** Earliest discharge date taken: the People's Liberation Army was founded on 1927-08-01. */
export const EARLIEST_DISCHARGE_DATE = '1927-08-01';

/**
 * How far ahead a screening may be dated: to 31 December of the year after today. Parameters are
 * set by calendar year (the dibao standards are revised each year), so next year is the furthest a
 * resident can sensibly plan ("when my son turns 6"); a later date would only repeat today's
 * values as if they were known.
 */
export const AS_OF_HORIZON_YEARS = 1;

/** The one real-date check: YYYY-MM-DD naming a day of the Gregorian calendar (no 02-30, no 13th month). */
export function isCalendarDate(iso: string): boolean {
  const m = ISO_DATE.exec(iso);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return month >= 1 && month <= MONTHS_PER_YEAR && day >= 1 && day <= daysInMonth(year, month);
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Today's date in Asia/Shanghai (UTC+8, no daylight saving), as YYYY-MM-DD. */
export function todayInChina(now: number = Date.now()): string {
  return new Date(now + CHINA_UTC_OFFSET_MS).toISOString().slice(0, 10);
}

/** Year, month and day of YYYY-MM-DD, read without allocating (ages are computed on every screening). */
const year = (d: string) =>
  (d.charCodeAt(0) - 48) * 1000 + (d.charCodeAt(1) - 48) * 100 + (d.charCodeAt(2) - 48) * 10 + d.charCodeAt(3) - 48;
const month = (d: string) => (d.charCodeAt(5) - 48) * 10 + d.charCodeAt(6) - 48;
const day = (d: string) => (d.charCodeAt(8) - 48) * 10 + d.charCodeAt(9) - 48;

/** The latest screening date taken on `today`: 31 December of the year after. */
export function latestAsOf(today: string): string {
  return `${Number(today.slice(0, 4)) + AS_OF_HORIZON_YEARS}-12-31`;
}

/** Whole years between two dates (age on a birthday counts the new year). */
export function wholeYearsBetween(from: string, to: string): number {
  const fm = month(from);
  const tm = month(to);
  let years = year(to) - year(from);
  if (tm < fm || (tm === fm && day(to) < day(from))) years -= 1;
  return years;
}

/** Whole months between two dates. */
export function wholeMonthsBetween(from: string, to: string): number {
  let months = (year(to) - year(from)) * MONTHS_PER_YEAR + (month(to) - month(from));
  if (day(to) < day(from)) months -= 1;
  return months;
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2}))?$/;

/**
 * The first and last day named by a date that may be partial: a year (YYYY), a year and month
 * (YYYY-MM) or a full date (the day itself). Undefined when it is none of these (no 13th month,
 * no 02-30). Only the discharge date takes partial dates: a veteran may know only the year.
 */
export function dateSpan(value: string): { first: string; last: string } | undefined {
  if (isCalendarDate(value)) return { first: value, last: value };
  const m = PARTIAL_DATE.exec(value);
  if (!m) return undefined;
  const y = Number(m[1]);
  if (m[2] === undefined) return { first: `${m[1]}-01-01`, last: `${m[1]}-12-31` };
  const mo = Number(m[2]);
  if (mo < 1 || mo > MONTHS_PER_YEAR) return undefined;
  return { first: `${m[1]}-${m[2]}-01`, last: `${m[1]}-${m[2]}-${daysInMonth(y, mo)}` };
}
