/** The staff page's logic without a browser (web/src/staff/logic.ts) and its strings in both languages. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type Answers, controlId, pathOf, STEPS, stepVisible, toHousehold } from '../../web/src/model.js';
import { createApi, retryAfterSeconds } from '../../web/src/staff/api.js';
import en from '../../web/src/staff/locales/en.json' with { type: 'json' };
import zh from '../../web/src/staff/locales/zh-CN.json' with { type: 'json' };
import {
  amountOf,
  applicantBody,
  caseQuery,
  checkApplicant,
  checkFilters,
  compactSteps,
  exportHref,
  maskId,
  maskName,
  maskPhone,
  pageCount,
} from '../../web/src/staff/logic.js';
import { ROOT } from './browser.js';
import { localeKeys as keys } from './locale-keys.js';

describe('the one-page questionnaire', () => {
  const page = compactSteps(STEPS);

  it('keeps every step and every question the resident is asked, each path once', () => {
    expect(page.map((s) => s.id)).toEqual(STEPS.map((s) => s.id));
    const asked = new Set(STEPS.flatMap((s) => s.questions.map((q) => `${q.scope}:${q.field}`)));
    const kept = page.flatMap((s) => s.questions.map((q) => `${q.scope}:${q.field}`));
    expect(new Set(kept)).toEqual(asked);
    expect(kept.length).toBe(new Set(kept).size);
    // The resident's school step asks the child's own hukou twice; the one page once.
    const ids = page.flatMap((s) => s.questions.map((q) => controlId(pathOf(q, 1))));
    expect(ids.length).toBe(new Set(ids).size);
  });

  it('shows a merged question whenever any of its places would', () => {
    const child: Answers = {
      household: { hukouInJiaozuo: 'true' },
      members: [
        { uid: 'a', values: { birthDate: { y: '1980', m: '1', d: '1' } } },
        { uid: 'b', values: { relation: 'child', birthDate: { y: '2016', m: '5', d: '1' }, schoolStage: 'primary' } },
      ],
    };
    const own = page.flatMap((s) => s.questions).find((q) => q.field === 'ownHukouInJiaozuo');
    expect(own?.when?.(child, 1)).toBe(true);
    // In the members step it used to show only for a household whose hukou is elsewhere.
    expect(STEPS[1].questions.find((q) => q.field === 'ownHukouInJiaozuo')?.when?.(child, 1)).toBe(false);
    const school = page.find((s) => s.id === 'school');
    expect(school && stepVisible(school, child)).toBe(true);
    // The household sent is the resident page's.
    expect(toHousehold(child, '2026-11-29').household.members[1]).toMatchObject({
      relation: 'child',
      schoolStage: 'primary',
    });
  });
});

describe('case search and export', () => {
  it('sends only what was filled in, the ID number half-width and upper-case', () => {
    const q = caseQuery({
      idNumber: ' ４１０８２３１９４８０８１５００２x ',
      county: '',
      program: 'dibao',
      outcome: 'eligible',
      page: 1,
    });
    expect(Object.fromEntries(q)).toEqual({ idNumber: '41082319480815002X', program: 'dibao', outcome: 'eligible' });
    expect(caseQuery({ page: 3 }).toString()).toBe('page=3');
    expect(caseQuery({}).toString()).toBe('');
  });

  it('refuses a date range that ends before it starts', () => {
    expect(checkFilters({ from: '2026-11-02', to: '2026-11-01' })).toEqual([{ field: 'to', code: 'rangeOrder' }]);
    expect(checkFilters({ from: '2026-11-01', to: '2026-11-01' })).toEqual([]);
  });

  it('links the chosen cases to the CSV export', () => {
    expect(exportHref(['12', 'a b'])).toBe('/api/v1/cases/export.csv?ids=12,a%20b');
    expect(exportHref(['12'], true)).toBe('/api/v1/cases/export.csv?ids=12&unmasked=1');
  });

  it('counts pages of 20', () => {
    expect([0, 1, 20, 21, 40, 41].map((n) => pageCount(n))).toEqual([1, 1, 1, 2, 2, 3]);
  });
});

describe('the applicant', () => {
  it('takes a mobile or a landline and a name of at most 40 characters', () => {
    expect(checkApplicant({ name: '欧阳小明', phone: '13812345678' })).toEqual([]);
    expect(checkApplicant({ name: '', phone: '0391-2345678' })).toEqual([]);
    expect(checkApplicant({ name: '', phone: '１３８１２３４５６７８' })).toEqual([]);
    expect(checkApplicant({ name: '张'.repeat(41), phone: '12345' }).map((p) => p.path)).toEqual([
      'applicant.name',
      'applicant.phone',
    ]);
    expect(checkApplicant({ name: '', phone: '1381234567' }).map((p) => p.key)).toEqual(['errors.phone']);
  });

  it('sends nothing empty', () => {
    expect(applicantBody({ name: ' ', phone: '' })).toBeUndefined();
    expect(applicantBody({ name: ' 张三 ', phone: '' })).toEqual({ name: '张三' });
    expect(applicantBody({ name: '', phone: '１３８１２３４５６７８' })).toEqual({ phone: '13812345678' });
  });
});

describe('masking in lists', () => {
  it('keeps what the API masked and masks what it did not, as the API does', () => {
    expect(maskId('4108**********002X')).toBe('4108**********002X');
    expect(maskId('41082319480815002X')).toBe('4108**********002X');
    expect(maskName('张三')).toBe('张*');
    expect(maskName('欧阳小明')).toBe('欧***');
    expect(maskName('张*')).toBe('张*');
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskPhone(undefined)).toBe('');
  });
});

describe('small readers', () => {
  it('reads Retry-After as seconds or as a date', () => {
    expect(retryAfterSeconds('600')).toBe(600);
    expect(retryAfterSeconds(new Date(1_000_000 + 90_000).toUTCString(), 1_000_000)).toBe(90);
    expect(retryAfterSeconds(null)).toBeUndefined();
  });

  it('reads an amount as a number, a text or a result amount', () => {
    expect(amountOf(600)).toBe(600);
    expect(amountOf({ value: 600, text: '每月约 600 元' })).toBe('每月约 600 元');
    expect(amountOf(undefined)).toBeUndefined();
  });
});

describe('staff strings', () => {
  it('has every key in zh-CN and in English', () => {
    expect(new Set(keys(en))).toEqual(new Set(keys(zh)));
  });

  it('has every key the page asks for', () => {
    const dir = join(ROOT, 'web', 'src', 'staff');
    const used = new Set<string>();
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      const text = readFileSync(join(dir, file), 'utf8');
      for (const m of text.matchAll(/\bst\(\s*'([^']+)'/g)) used.add(m[1]);
      for (const m of text.matchAll(/'staff:([\w.]+)'/g)) used.add(m[1]);
    }
    expect(used.size).toBeGreaterThan(100);
    const missing = [...used].filter((k) => !keys(zh).includes(k) || !keys(en).includes(k));
    expect(missing).toEqual([]);
  });
});

describe('the API client', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('ends the session on a 401, and on a 403 for the CSRF token (another sign-in took over); not on other refusals', async () => {
    const ended: string[] = [];
    const api = createApi({
      lang: () => 'zh-CN',
      csrf: () => 'token',
      onUnauthenticated: () => ended.push('ended'),
      networkMessage: () => 'network',
    });
    const answer = (status: number, code: string) =>
      vi.stubGlobal('fetch', async () => new Response(JSON.stringify({ error: { code, message: code } }), { status }));
    answer(403, 'csrf');
    expect(await api.request('POST', '/cases', {})).toMatchObject({ ok: false, status: 403, code: 'csrf' });
    expect(ended).toEqual(['ended']);
    answer(403, 'forbidden');
    await api.request('POST', '/cases', {});
    expect(ended).toEqual(['ended']);
    answer(401, 'unauthenticated');
    await api.request('GET', '/cases');
    expect(ended).toEqual(['ended', 'ended']);
    // A wrong password is not an ended session.
    await api.request('POST', '/auth/sign-in', {});
    expect(ended).toEqual(['ended', 'ended']);
  });
});
