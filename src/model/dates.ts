/** Calendar arithmetic on ISO dates (YYYY-MM-DD). Pure: used by the engine, the API and the web page. */

const MONTHS_PER_YEAR = 12;
const CHINA_UTC_OFFSET_MS = 8 * 60 * 60 * 1000;

/** Today's date in Asia/Shanghai (UTC+8, no daylight saving), as YYYY-MM-DD. */
export function todayInChina(now: number = Date.now()): string {
  return new Date(now + CHINA_UTC_OFFSET_MS).toISOString().slice(0, 10);
}

/** Year, month and day of YYYY-MM-DD, read without allocating (ages are computed on every screening). */
const year = (d: string) => Number(d.slice(0, 4));
const month = (d: string) => (d.charCodeAt(5) - 48) * 10 + d.charCodeAt(6) - 48;
const day = (d: string) => (d.charCodeAt(8) - 48) * 10 + d.charCodeAt(9) - 48;

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
