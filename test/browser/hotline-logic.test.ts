/** The hotline page's logic without a browser (web/src/hotline/logic.ts) and its strings in both languages. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../src/core.js';
import { todayInChina } from '../../src/model/dates.js';
import en from '../../web/src/hotline/locales/en.json' with { type: 'json' };
import zh from '../../web/src/hotline/locales/zh-CN.json' with { type: 'json' };
import {
  type InterviewOption,
  isOptionKey,
  parseDate,
  parseNumber,
  parseTyped,
  pressOptionKey,
  summarize,
} from '../../web/src/hotline/logic.js';
import staffEn from '../../web/src/staff/locales/en.json' with { type: 'json' };
import staffZh from '../../web/src/staff/locales/zh-CN.json' with { type: 'json' };
import { browserHouseholds } from '../interview/households.js';
import { ROOT } from './browser.js';
import { localeKeys as keys } from './locale-keys.js';

/** Options as the interview names them: 1–9, then letters, and 0 for 不清楚. */
const OPTION_KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', 'a', 'b', '0'];
const OPTIONS: InterviewOption[] = OPTION_KEYS.map((key) => ({
  key,
  value: key === '0' ? null : `v${key}`,
  label: key,
}));

describe('typed answers', () => {
  it('takes a birth date as YYYY-MM-DD, eight digits or with 年月日, and refuses a day that does not exist', () => {
    expect(parseDate('1950-03-01')).toEqual({ ok: true, value: '1950-03-01' });
    expect(parseDate('19500301')).toEqual({ ok: true, value: '1950-03-01' });
    expect(parseDate(' 1950/3/1 ')).toEqual({ ok: true, value: '1950-03-01' });
    expect(parseDate('1950年3月1日')).toEqual({ ok: true, value: '1950-03-01' });
    // Full-width, as a Chinese input method types it.
    expect(parseDate('１９５０－０３－０１')).toEqual({ ok: true, value: '1950-03-01' });
    expect(parseDate('19500230')).toMatchObject({ ok: false, key: 'errors.date' });
    expect(parseDate('1950')).toMatchObject({ ok: false, key: 'errors.date' });
    expect(parseDate('1950031')).toMatchObject({ ok: false });
  });

  it('takes a discharge date as a year, a year and month, or a full date', () => {
    expect(parseDate('1985', true)).toEqual({ ok: true, value: '1985' });
    expect(parseDate('198506', true)).toEqual({ ok: true, value: '1985-06' });
    expect(parseDate('1985-6', true)).toEqual({ ok: true, value: '1985-06' });
    expect(parseDate('19850615', true)).toEqual({ ok: true, value: '1985-06-15' });
    expect(parseDate('1985-13', true)).toMatchObject({ ok: false, key: 'errors.partialDate' });
  });

  it('takes numbers within bounds, whole when asked, full-width digits and commas too', () => {
    const income = { min: 0, max: 10_000_000, integer: false };
    expect(parseNumber('450', income)).toEqual({ ok: true, value: 450 });
    expect(parseNumber('１，２００', income)).toEqual({ ok: true, value: 1200 });
    expect(parseNumber('0', income)).toEqual({ ok: true, value: 0 });
    expect(parseNumber('abc', income)).toMatchObject({ ok: false, key: 'errors.number' });
    expect(parseNumber('-1', income)).toMatchObject({ ok: false, key: 'errors.range' });
    expect(parseNumber('2.5', { min: 1, max: 20, integer: true })).toMatchObject({ ok: false, key: 'errors.integer' });
  });

  it('reads an empty box as 不清楚', () => {
    const q = { path: 'monthlyIncomeTotal', field: 'monthlyIncomeTotal', kind: 'number' as const };
    const question = { ...q, text: '', read: '', why: '', programs: [] };
    expect(parseTyped('  ', question)).toEqual({ ok: true, value: null });
  });
});

describe('option keys', () => {
  it('chooses by 1–9, letters (either case) and 0, and starts again on a key that names none', () => {
    expect(pressOptionKey('', '3', OPTIONS).option?.value).toBe('v3');
    expect(pressOptionKey('', 'B', OPTIONS).option?.value).toBe('vb');
    expect(pressOptionKey('3', '0', OPTIONS).option?.value).toBeNull();
    expect(pressOptionKey('', 'z', OPTIONS)).toEqual({ buffer: '', option: undefined });
    expect(isOptionKey('a', OPTIONS)).toBe(true);
    expect(isOptionKey('u', OPTIONS)).toBe(false);
    expect(isOptionKey('Enter', OPTIONS)).toBe(false);
  });
});

describe('the summary read back', () => {
  it('lists the programs with amounts, each document once with its programs, and the county offices', async () => {
    const core = createCore();
    const household = browserHouseholds(todayInChina()).a;
    const screening = await core.screen(household, todayInChina(), 'zh-CN');
    const s = summarize(screening);
    const dibao = s.programs.find((p) => p.programId === 'dibao');
    expect(dibao?.amount).toMatch(/元/);
    const texts = s.documents.map((d) => d.text);
    expect(new Set(texts).size).toBe(texts.length);
    expect(s.documents.some((d) => d.programs.length > 1)).toBe(true);
    expect(s.places.some((p) => p.office?.includes('山阳区'))).toBe(true);
    const placed = s.places.flatMap((p) => p.programs);
    for (const p of s.programs) expect(placed).toContain(p.name);
  });
});

describe('hotline strings', () => {
  it('has every key in zh-CN and in English', () => {
    expect(new Set(keys(en))).toEqual(new Set(keys(zh)));
  });

  it('has every key the page asks for, its own and the staff page sign-in strings', () => {
    const dir = join(ROOT, 'web', 'src', 'hotline');
    const own = new Set<string>();
    const staff = new Set<string>();
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      const text = readFileSync(join(dir, file), 'utf8');
      for (const m of text.matchAll(/\bht\(\s*'([^']+)'/g)) own.add(m[1]);
      for (const m of text.matchAll(/\bst\(\s*'([^']+)'/g)) staff.add(m[1]);
    }
    expect(own.size).toBeGreaterThan(0);
    const missing = [...own].filter((k) => !keys(zh).includes(k) || !keys(en).includes(k));
    expect(missing).toEqual([]);
    const missingStaff = [...staff].filter((k) => !keys(staffZh).includes(k) || !keys(staffEn).includes(k));
    expect(missingStaff).toEqual([]);
  });
});
