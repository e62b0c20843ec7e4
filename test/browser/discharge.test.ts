/**
 * A veteran who remembers only his discharge year (issue 9): when the month decides whether he
 * was discharged within the "recently discharged" months, the results say so plainly, under the
 * discharge-date question, in both languages; when the year alone settles it, nothing is asked.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { createCore } from '../../src/core.js';
import { RECENT_DISCHARGE_MONTHS } from '../../src/engine/facts.js';
import { wholeMonthsBetween } from '../../src/model/dates.js';
import type { Answers } from '../../web/src/model.js';
import { phoneContext, shot, useBrowser } from './browser.js';
import { seed } from './fixtures.js';
import { resultGroups } from './flow.js';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

/**
 * The screening date, fixed: the page sends none (the server would take today), so the request is
 * given this one on its way, and the year whose month decides does not move with the calendar.
 */
const AS_OF = '2026-06-15';
const months = createCore().catalogue.params.number(RECENT_DISCHARGE_MONTHS, AS_OF);
const PROGRAM = 'veteran-adaptive-training';
const YEARS_LOOKED_BACK = 3;
/** Long enough ago that every day of the year is past the "recently discharged" months. */
const LONG_AGO_YEARS = 20;
const thisYear = Number(AS_OF.slice(0, 4));

/** Whether the month decides for a discharge given as this year: its first and last day disagree. */
function monthDecides(year: number): boolean {
  const upTo = (d: string) => (d > AS_OF ? AS_OF : d);
  const fewest = wholeMonthsBetween(upTo(`${year}-12-31`), AS_OF);
  const most = wholeMonthsBetween(upTo(`${year}-01-01`), AS_OF);
  return fewest < months && most >= months;
}

/** The one year where the month decides. */
const decidingYear = Array.from({ length: YEARS_LOOKED_BACK + 1 }, (_, k) => thisYear - k).find(monthDecides);
const settledYear = thisYear - LONG_AGO_YEARS;
const EXPECTED = {
  'zh-CN': `只填了年份：退役是否满${months}个月要看月份，请补上月份（记不清可以问退役军人服务站）`,
  en: `Only the year was given: whether the discharge was ${months} months ago or more depends on the month. Please add the month`,
} as const;

/** A 40-year-old veteran in work who does not ask for training: only "recently discharged" can open the program. */
function veteran(dischargeYear: number): Answers {
  return {
    household: {
      hukouInJiaozuo: 'true',
      residesInJiaozuo: 'true',
      hukouType: 'urban',
      county: '410802',
      monthlyIncomeTotal: '6000',
      holdsDibao: 'false',
      _tekun: 'false',
      holdsLowIncome: 'false',
      ownsHomeInJiaozuo: 'true',
      _disability: 'false',
      _military: 'true',
    },
    members: [
      {
        uid: 'veteran',
        values: {
          birthDate: { y: String(thisYear - 40), m: '5', d: '10' },
          sex: 'male',
          hasDisabilityCertificate: 'false',
          isVeteran: 'true',
          survivorOf: 'none',
          dischargeDate: { y: String(dischargeYear), m: '', d: '' },
          hukouAtEnlistment: 'urban',
          isCombatVeteran: 'false',
          isDisabledServiceman: 'false',
          wantsSkillsTraining: 'false',
          seekingWork: 'false',
          startingBusiness: 'false',
          employment: 'employed',
        },
      },
    ],
  };
}

/** Opens the results for these answers in a language; returns the page. */
async function results(answers: Answers, lang: 'zh-CN' | 'en'): Promise<Page> {
  const context = await phoneContext(browser());
  const page = await context.newPage();
  await page.route('**/api/v1/screenings*', (route) =>
    route.continue({ postData: JSON.stringify({ ...route.request().postDataJSON(), asOf: AS_OF }) }),
  );
  const screened: string[] = [];
  page.on('response', async (r) => {
    if (r.request().method() === 'POST' && r.url().includes('/api/v1/screenings')) screened.push((await r.json()).asOf);
  });
  await seed(page, baseUrl, answers, '#/results', { lang, large: false });
  await page.waitForSelector('article.card', { timeout: 20_000 });
  // Screened on the fixed date, not today.
  await expect.poll(() => screened.at(-1)).toBe(AS_OF);
  return page;
}

/** The texts under the program's open questions (its card opened) and under "the answers that settle the most". */
async function hints(page: Page): Promise<{ card: string[]; settle: string[] }> {
  const selector = `article[data-program="${PROGRAM}"]`;
  await page.$$eval(`${selector} details`, (ds) => {
    for (const d of ds) (d as HTMLDetailsElement).open = true;
  });
  return {
    card: await page.$$eval(`${selector} .questions li .partial-hint`, (xs) => xs.map((x) => x.textContent ?? '')),
    settle: await page.$$eval('.settle li .partial-hint', (xs) => xs.map((x) => x.textContent ?? '')),
  };
}

describe('a discharge year whose month decides "recently discharged"', () => {
  it('there is such a year on the screening date', () => {
    expect(decidingYear, `no year straddles ${months} months before ${AS_OF}`).toBeDefined();
  });

  it.each(['zh-CN', 'en'] as const)(
    '%s: says plainly that the month decides, under the discharge-date question',
    async (lang) => {
      const page = await results(veteran(decidingYear as number), lang);
      expect((await resultGroups(page)).needs_info).toContain(PROGRAM);
      const { card, settle } = await hints(page);
      expect(card).toHaveLength(1);
      expect(card[0]).toContain(EXPECTED[lang]);
      // The question leads the answers that would settle the rest, and carries the same reason there.
      expect(settle).toEqual(card);
      await page.$eval('.settle', (el) => el.scrollIntoView());
      await shot(page, `discharge/month-decides-${lang}`, false);
      await page.context().close();
    },
  );

  it('a discharge long ago: the year alone settles it, so nothing is asked and nothing explained', async () => {
    const page = await results(veteran(settledYear), 'zh-CN');
    const groups = await resultGroups(page);
    expect(groups.needs_info ?? []).not.toContain(PROGRAM);
    expect(groups.eligible ?? []).not.toContain(PROGRAM);
    expect(await page.locator('.partial-hint').count()).toBe(0);
    await page.context().close();
  });
});
