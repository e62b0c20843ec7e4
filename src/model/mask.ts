/**
 * Masks for lists and exports (the window's contract): an ID number keeps its first 4 and last 4
 * characters (4108**********002X), a name its first character (张*, 欧阳**), a phone number its
 * first 3 and last 4 digits (138****5678).
 */

const ID_KEEP_START = 4;
const ID_KEEP_END = 4;
const PHONE_KEEP_START = 3;
const PHONE_KEEP_END = 4;

function mask(text: string, start: number, end: number): string {
  const chars = [...text];
  if (chars.length <= start + end) return '*'.repeat(chars.length);
  return chars.slice(0, start).join('') + '*'.repeat(chars.length - start - end) + chars.slice(-end).join('');
}

export function maskIdNumber(id: string): string {
  return mask(id, ID_KEEP_START, ID_KEEP_END);
}

export function maskName(name: string): string {
  const chars = [...name.trim()];
  return chars.length === 0 ? '' : chars[0] + '*'.repeat(chars.length - 1);
}

/** Digits only are masked; a landline's dash stays (0391-1234567 → 039****4567). */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  const masked = mask(digits, PHONE_KEEP_START, PHONE_KEEP_END);
  let i = 0;
  return phone.replace(/\d/g, () => masked[i++]);
}
