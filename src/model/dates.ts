/** Calendar arithmetic on ISO dates (YYYY-MM-DD). Pure: used by the engine, the API and the web page. */

const MONTHS_PER_YEAR = 12;
const CHINA_UTC_OFFSET_MS = 8 * 60 * 60 * 1000;

/** Today's date in Asia/Shanghai (UTC+8, no daylight saving), as YYYY-MM-DD. */
export function todayInChina(now: number = Date.now()): string {
  return new Date(now + CHINA_UTC_OFFSET_MS).toISOString().slice(0, 10);
}

/** Whole years between two dates (age on a birthday counts the new year). */
export function wholeYearsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number);
  const [ty, tm, td] = to.split('-').map(Number);
  let years = ty - fy;
  if (tm < fm || (tm === fm && td < fd)) years -= 1;
  return years;
}

/** Whole months between two dates. */
export function wholeMonthsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number);
  const [ty, tm, td] = to.split('-').map(Number);
  let months = (ty - fy) * MONTHS_PER_YEAR + (tm - fm);
  if (td < fd) months -= 1;
  return months;
}
