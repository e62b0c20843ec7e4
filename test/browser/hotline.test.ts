/**
 * The 12345 hotline's page (/hotline) in real Chromium against the real API: an operator signs in,
 * takes a call from the first question to the end with the keyboard alone (number keys, Enter, a
 * date typed as eight digits, one undo, one 不清楚), watches the entitled list fill in, reads the
 * summary, saves the call as a case (readable through the API), starts a new call and signs out
 * (nothing of the caller left on the page or in storage); axe at zero serious or critical in
 * zh-CN and English; two operators in two browser contexts keep their callers apart.
 * Screenshots in test/artifacts/hotline/ (phone and desktop).
 */
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { todayInChina } from '../../src/model/dates.js';
import type { Json } from '../../src/questions/catalogue.js';
import { browserHouseholds } from '../interview/households.js';
import { oracleAnswer } from '../interview/oracle.js';
import {
  pageErrors,
  phoneContext,
  seriousViolations,
  shot,
  trackErrors,
  useBrowser,
  violationLine,
} from './browser.js';
import type { TestAccount } from './global-setup.js';

const baseUrl = inject('baseUrl');
const accounts = inject('accounts');
const browser = useBrowser();

const DESKTOP = { width: 1280, height: 900 };
/** A 1280 px window zoomed to 200%: 640 CSS px at device pixel ratio 2. */
const ZOOM_200 = { width: 640, height: 450 };
const ZOOM_200_RATIO = 2;
/** Waits on a busy two-core machine: generous. */
const SLOW = { timeout: 60_000 };
/** More questions than any household needs: a call that goes on longer is a loop. */
const MAX_QUESTIONS = 80;
/** The 不清楚 key. */
const UNKNOWN_KEY = '0';

type Value = Json | null;

/**
 * The resident tests' household a (an elderly woman living alone in Shanyang on 450 yuan a month)
 * as a caller who knows it answers (test/interview/oracle.ts): a field it leaves out is 不清楚.
 */
const ELDER = browserHouseholds(todayInChina()).a;
const ELDER_BIRTH_DATE = '1950-03-01';
/** Her dibao: the program every run must find. */
const DIBAO = 'dibao';
const CALLER_NAME = '欧阳秀英';
/** Her county (410811), as its offices are named. */
const SHANYANG = '山阳区';
const FULL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

interface Shown {
  path: string;
  asked: number;
  typed: boolean;
  /** The options' keys by their value (JSON). */
  keys: Record<string, string>;
}

async function open(account: TestAccount, query = '', viewport = DESKTOP, deviceScaleFactor = 1): Promise<Page> {
  const context = await phoneContext(browser(), { viewport, deviceScaleFactor });
  context.setDefaultTimeout(30_000);
  const page = await context.newPage();
  trackErrors(page);
  await page.goto(`${baseUrl}/hotline${query}`);
  await page.waitForSelector('#sign-in-form', SLOW);
  await page.fill('#username', account.username);
  await page.fill('#password', account.password);
  await page.keyboard.press('Enter');
  await page.waitForSelector('#start-call', SLOW);
  return page;
}

/** The question on screen, or undefined at the summary. */
async function shown(page: Page): Promise<Shown | undefined> {
  await page.waitForSelector('#question, #summary', SLOW);
  return page.evaluate(() => {
    const card = document.getElementById('question');
    const call = document.querySelector<HTMLElement>('.hl-call');
    if (!card || !call) return undefined;
    const keys: Record<string, string> = {};
    for (const r of document.querySelectorAll<HTMLInputElement>('.hl-option input'))
      keys[r.dataset.value ?? ''] = r.value;
    return {
      path: card.dataset.path ?? '',
      asked: Number(call.dataset.asked),
      typed: !!document.getElementById('answer-input'),
      keys,
    };
  });
}

/** Waits until the call has `asked` answers (a new question or the summary). */
async function waitAsked(page: Page, asked: number) {
  await page.waitForSelector(`.hl-call[data-asked="${asked}"]`, SLOW);
}

/** Where the keyboard is: the page never loses it (an element inside the page's main region). */
async function focusInMain(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const el = document.activeElement;
    return !!el && el !== document.body && !!document.getElementById('main')?.contains(el);
  });
}

/**
 * Answers the question on screen with the keyboard alone: the option's key, or the text typed (a
 * full date as eight digits, as an operator types it); then Enter. null is 不清楚: key 0, or an
 * empty box.
 */
async function answerWith(page: Page, q: Shown, value: Value) {
  expect(await focusInMain(page)).toBe(true);
  if (q.typed) {
    if (value !== null) await page.keyboard.type(String(value).replace(FULL_DATE, '$1$2$3'));
  } else {
    const key = value === null ? UNKNOWN_KEY : q.keys[JSON.stringify(value)];
    expect(key, `${q.path}: no option ${JSON.stringify(value)}`).toBeDefined();
    for (const digit of key) await page.keyboard.press(digit);
  }
  await page.keyboard.press('Enter');
  await waitAsked(page, q.asked + 1);
}

const axe = async (page: Page, where: string) => (await seriousViolations(page, where)).map(violationLine);

/** What the browser keeps: nothing in web storage, the caller nowhere on the page. */
async function traces(page: Page, words: string[]): Promise<{ storage: number; found: string[] }> {
  return page.evaluate((list) => {
    const text = `${document.body.textContent ?? ''} ${document.body.innerHTML}`;
    return {
      storage: localStorage.length + sessionStorage.length,
      found: list.filter((w) => text.includes(w)),
    };
  }, words);
}

describe('the hotline page', () => {
  it('takes a call by keyboard to the summary, saves it as a case and leaves nothing behind', async () => {
    const page = await open(accounts.hotline, '', { width: 360, height: 740 });
    const found: string[] = [];
    found.push(...(await axe(page, 'start')));
    await page.keyboard.press('Enter');

    let undone = false;
    let unknowns = 0;
    let seenTyped = false;
    let seenOptions = false;
    // Every program the running list showed beside a question (the summary replaces the list).
    const listed = new Set<string>();
    for (let i = 0; i < MAX_QUESTIONS; i++) {
      const q = await shown(page);
      if (!q) break;
      for (const p of await page.$$eval('#entitled-list li', (items) => items.map((li) => li.dataset.program ?? '')))
        listed.add(p);
      if (q.typed && !seenTyped) {
        seenTyped = true;
        found.push(...(await axe(page, `typed ${q.path}`)));
        await shot(page, 'hotline/phone-question-typed');
      }
      if (!q.typed && !seenOptions) {
        seenOptions = true;
        found.push(...(await axe(page, `options ${q.path}`)));
        await shot(page, 'hotline/phone-question');
      }
      const value = oracleAnswer(ELDER, q.path);
      // The first question with options and a known answer is first answered wrongly, then undone.
      if (!undone && !q.typed && value !== null) {
        const wrong = Object.keys(q.keys).find((v) => v !== JSON.stringify(value) && v !== 'null');
        if (wrong !== undefined) {
          await answerWith(page, q, JSON.parse(wrong) as Value);
          // Esc leaves an answer box (the next question may have one), then Backspace undoes.
          await page.keyboard.press('Escape');
          await page.keyboard.press('Backspace');
          await waitAsked(page, q.asked);
          expect((await shown(page))?.path).toBe(q.path);
          await expect.poll(() => page.textContent('#live'), SLOW).toContain('已撤销');
          undone = true;
        }
      }
      if (value === null) unknowns++;
      await answerWith(page, q, value);
    }
    expect(undone).toBe(true);
    expect(unknowns).toBeGreaterThan(0);

    await page.waitForSelector('#summary', SLOW);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('summary-title');
    const programs = await page.$$eval('#summary-programs li', (items) => items.map((li) => li.dataset.program ?? ''));
    expect(programs).toContain(DIBAO);
    expect(listed.size).toBeGreaterThan(0);
    for (const p of listed) expect(programs).toContain(p);
    expect(await page.locator('#summary-documents li').count()).toBeGreaterThan(0);
    // The interview did not need her county: the offices are the county's once it is chosen.
    if (await page.locator('#caller-county').count()) {
      found.push(...(await axe(page, 'summary with the county to choose')));
      await page.selectOption('#caller-county', ELDER.county ?? '');
      await page.click('#show-places');
      // The county is one more answer: the summary comes back without the choice.
      await page.waitForSelector('#county-block', { state: 'detached', ...SLOW });
    }
    expect(await page.textContent('#summary-places')).toContain(SHANYANG);
    found.push(...(await axe(page, 'summary')));
    await shot(page, 'hotline/phone-summary');

    await page.fill('#caller-name', CALLER_NAME);
    await page.click('#save-call');
    await page.waitForSelector('#saved-case', SLOW);
    const caseId = (await page.getAttribute('#saved-case', 'data-case')) ?? '';
    const saved = await page.evaluate(async (id) => (await (await fetch(`/api/v1/cases/${id}`)).json()).case, caseId);
    expect(saved.household.members[0].birthDate).toBe(ELDER_BIRTH_DATE);
    expect(saved.applicantFull.name).toBe(CALLER_NAME);
    expect(await page.textContent('#saved-case')).toContain(saved.number);

    // New call: the caller is gone from the page; nothing was ever stored.
    const caller = [CALLER_NAME, saved.number, ELDER_BIRTH_DATE, '最低生活保障'];
    await page.click('#discard-call');
    await page.waitForSelector('#start-call', SLOW);
    expect(await traces(page, caller)).toEqual({ storage: 0, found: [] });

    // A call in progress, then sign-out: gone too.
    await page.keyboard.press('Enter');
    const first = await shown(page);
    if (!first) throw new Error('no first question');
    await answerWith(page, first, oracleAnswer(ELDER, first.path));
    await page.click('#sign-out');
    await page.waitForSelector('#sign-in-form', SLOW);
    expect(await traces(page, caller)).toEqual({ storage: 0, found: [] });
    expect(await page.locator('.hl-call').count()).toBe(0);

    expect(found).toEqual([]);
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  });

  it('two operators in two browser contexts keep separate callers; English passes axe; 200% zoom reflows', async () => {
    const pages = await Promise.all([
      open(accounts.hotline, '', ZOOM_200, ZOOM_200_RATIO),
      open(accounts.admin, '?lang=en'),
    ]);
    const [zh, en] = pages;
    const sizes = [1, 3];
    for (const [i, page] of pages.entries()) {
      await page.keyboard.press('Enter');
      const q = await shown(page);
      expect(q?.path).toBe('members');
      if (!q) throw new Error('no first question');
      await answerWith(page, q, sizes[i]);
    }
    const found = [...(await axe(en, 'en question'))];
    // At 200% the question, its options and the entitled list reflow: nothing scrolls sideways.
    expect(await zh.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(
      true,
    );
    await shot(zh, 'hotline/zoom-200-question');
    await shot(en, 'hotline/desktop-question-en');
    const logOf = (page: Page) => page.evaluate(() => document.querySelector('.hl-log li strong')?.textContent ?? '');
    expect(await logOf(zh)).toBe(String(sizes[0]));
    expect(await logOf(en)).toBe(String(sizes[1]));
    // Undo on one never touches the other.
    await en.keyboard.press('Escape');
    await en.keyboard.press('u');
    await waitAsked(en, 0);
    expect(await logOf(zh)).toBe(String(sizes[0]));
    expect(await zh.getAttribute('.hl-call', 'data-asked')).toBe('1');
    found.push(...(await axe(en, 'en first question')));
    expect(found).toEqual([]);
    for (const page of pages) expect(pageErrors(page)).toEqual([]);
    await Promise.all(pages.map((p) => (p.context() as BrowserContext).close()));
  });

  it('refuses window staff, who have their own page', async () => {
    const context = await phoneContext(browser());
    const page = await context.newPage();
    await page.goto(`${baseUrl}/hotline`);
    await page.waitForSelector('#sign-in-form', SLOW);
    await page.fill('#username', accounts.staff.username);
    await page.fill('#password', accounts.staff.password);
    await page.keyboard.press('Enter');
    await page.waitForSelector('a[href="/staff"]', SLOW);
    expect(await page.locator('#start-call').count()).toBe(0);
    await context.close();
  });
});
