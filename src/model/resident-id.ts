/**
 * Resident ID numbers (居民身份证号码, GB 11643-1999): 6-digit address code, birth date YYYYMMDD,
 * 3-digit sequence (odd = male, even = female) and an ISO 7064 MOD 11-2 check character.
 * Pure functions, no Node APIs: runs on Workers and in the browser.
 */

import { EARLIEST_BIRTH_DATE, isCalendarDate } from './dates.js';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';
const SHAPE = /^\d{17}[\dX]$/;

export type IdProblem = 'format' | 'birthDate' | 'checkDigit';

export interface ResidentIdInfo {
  addressCode: string;
  birthDate: string; // YYYY-MM-DD
  sex: 'male' | 'female';
}

export function checkCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < WEIGHTS.length; i++) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK_CHARS[sum % CHECK_CHARS.length];
}

/** Validates an ID number; returns its parts or the first problem found (a birth date before 1900 is no birth date). */
export function parseResidentId(raw: string): { ok: true; info: ResidentIdInfo } | { ok: false; problem: IdProblem } {
  const id = raw.trim().toUpperCase();
  if (!SHAPE.test(id)) return { ok: false, problem: 'format' };
  const birthDate = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  if (!isCalendarDate(birthDate) || birthDate < EARLIEST_BIRTH_DATE) return { ok: false, problem: 'birthDate' };
  if (checkCharacter(id.slice(0, 17)) !== id[17]) return { ok: false, problem: 'checkDigit' };
  return {
    ok: true,
    info: { addressCode: id.slice(0, 6), birthDate, sex: Number(id[16]) % 2 === 1 ? 'male' : 'female' },
  };
}

/** Masks an ID number for lists and logs: first 3 and last 2 characters kept. */
export function maskResidentId(id: string): string {
  if (id.length < 6) return '*'.repeat(id.length);
  return `${id.slice(0, 3)}${'*'.repeat(id.length - 5)}${id.slice(-2)}`;
}

/**
 * Whether a birth date and a sex given beside a valid ID number agree with it: the fields that do
 * not (the household model refuses them; the pages say so at the field).
 */
export function idDisagreements(
  info: ResidentIdInfo,
  given: { birthDate?: string; sex?: string },
): ('birthDate' | 'sex')[] {
  const out: ('birthDate' | 'sex')[] = [];
  if (given.birthDate && given.birthDate !== info.birthDate) out.push('birthDate');
  if (given.sex && given.sex !== info.sex) out.push('sex');
  return out;
}

/** What a member says of birth and sex: the answers, and the ID number that implies them. */
interface BirthAndSex {
  birthDate?: string;
  sex?: 'male' | 'female';
  idNumber?: string;
}

/** Birth date from the answer, or from a valid ID number. */
export function memberBirthDate(m: BirthAndSex): string | undefined {
  if (m.birthDate) return m.birthDate;
  if (m.idNumber) {
    const p = parseResidentId(m.idNumber);
    if (p.ok) return p.info.birthDate;
  }
  return undefined;
}

/** Sex from the answer, or from a valid ID number. */
export function memberSex(m: BirthAndSex): 'male' | 'female' | undefined {
  if (m.sex) return m.sex;
  if (m.idNumber) {
    const p = parseResidentId(m.idNumber);
    if (p.ok) return p.info.sex;
  }
  return undefined;
}
