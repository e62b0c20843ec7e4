/**
 * The window's staff page (/staff) in real Chromium against the real API: sign in (a wrong password
 * first), screen a household and save it, find it by ID number (masked in the list), open it,
 * re-screen it as of another date and see what changed, print it (at most two A4 pages), sign out
 * (nothing left on the page or in storage, the case unreachable); an administrator checks a
 * parameter value's impact on the saved cases before saving it; axe and the layout rules on every
 * page in zh-CN, in English and in large-text mode; sign-in and search by keyboard alone; the
 * hotline role's limits; the sign-in rate limit. Screenshots in test/artifacts/window/.
 */
import { join } from 'node:path';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { todayInChina } from '../../src/model/dates.js';
import {
  ARTIFACTS,
  PHONE,
  pageErrors,
  phoneContext,
  seriousViolations,
  shot,
  trackErrors,
  useBrowser,
  violationLine,
} from './browser.js';
import { choose, fill, residentId } from './flow.js';
import { TEST_CLIENT_HEADER, type TestAccount } from './global-setup.js';

const baseUrl = inject('baseUrl');
const accounts = inject('accounts');
const browser = useBrowser();

const DESKTOP = { width: 1280, height: 900 };
/** Waits on a busy two-core machine: generous. */
const SLOW = { timeout: 60_000 };

async function open(options: BrowserContextOptions & { query?: string } = {}): Promise<Page> {
  const { query = '', ...rest } = options;
  const context = await phoneContext(browser(), rest);
  context.setDefaultTimeout(30_000);
  const page = await context.newPage();
  trackErrors(page);
  await page.goto(`${baseUrl}/staff${query}`);
  await page.waitForSelector('#sign-in-form', SLOW);
  return page;
}

async function signIn(page: Page, account: TestAccount) {
  await page.fill('#username', account.username);
  await page.fill('#password', account.password);
  await page.click('#sign-in-submit');
  await page.waitForSelector('#who-text', SLOW);
}

/** Opens a route of the page as a link would (again, if it is open: read afresh), and waits for what shows it is there. */
async function go(page: Page, hash: string, ready: string) {
  await page.evaluate((h) => {
    if (location.hash === h) window.dispatchEvent(new HashChangeEvent('hashchange'));
    else location.hash = h;
  }, hash);
  await page.waitForSelector(ready, SLOW);
}

/** An elderly woman living alone in Shanyang on 450 yuan a month (the resident tests' household a). */
function elder(idNumber: string) {
  return {
    hukouInJiaozuo: true,
    hukouType: 'urban',
    county: '410811',
    residesInJiaozuo: true,
    monthlyIncomeTotal: 450,
    holdsDibao: false,
    holdsLowIncome: false,
    ownsHomeInJiaozuo: false,
    members: [
      {
        relation: 'self',
        idNumber,
        birthDate: '1950-03-01',
        sex: 'female',
        hasCapableSupporter: false,
        holdsTekun: false,
        hasDisabilityCertificate: false,
        isVeteran: false,
      },
    ],
  };
}

/** Saves a case through the API as the signed-in account (the page's cookie and CSRF token). */
async function saveCaseByApi(page: Page, household: object): Promise<{ id: string; number: string }> {
  return page.evaluate(
    async (body) => {
      const me = await (await fetch('/api/v1/auth/me')).json();
      const res = await fetch('/api/v1/cases', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
        body: JSON.stringify(body),
      });
      if (res.status !== 201) throw new Error(`POST /cases ${res.status} ${await res.text()}`);
      const { case: c } = await res.json();
      return { id: c.id as string, number: c.number as string };
    },
    { household, applicant: { name: '欧阳秀英', phone: '13912345678' } },
  );
}

/** Fills the one-page questionnaire for household a, as window staff would with the resident. */
async function screenElder(page: Page, idNumber: string) {
  await choose(page, 'hukouInJiaozuo', 'true');
  await choose(page, 'hukouType', 'urban');
  await page.selectOption('#q-county', '410811');
  await choose(page, 'residesInJiaozuo', 'true');
  await fill(page, 'members.0.idNumber', idNumber);
  // The ID number fills birth date and sex, as on the resident page.
  await expect.poll(() => page.inputValue('#q-members-0-birthDate'), SLOW).toBe('1950');
  await fill(page, 'monthlyIncomeTotal', '450');
  await choose(page, 'holdsDibao', 'false');
  await choose(page, '_tekun', 'false');
  await choose(page, 'holdsLowIncome', 'false');
  await choose(page, '_medical', 'false');
  await choose(page, '_legal', 'false');
  await choose(page, 'hardshipEvent', 'false');
  await choose(page, 'ownsHomeInJiaozuo', 'false');
  await choose(page, '_disability', 'false');
  await choose(page, '_military', 'false');
  await choose(page, 'members.0.hasCapableSupporter', 'false');
}

async function storage(page: Page) {
  return page.evaluate(() => ({ local: localStorage.length, session: sessionStorage.length }));
}

describe.each([
  { name: 'phone', viewport: PHONE, seq: '012' },
  { name: 'desktop', viewport: DESKTOP, seq: '022' },
])('window staff at $name width', ({ name, viewport, seq }) => {
  it('sign in, screen and save a household, find it, re-screen it, print it, sign out', async () => {
    const staff = accounts.staff;
    const idNumber = residentId(`41081119500301${seq}`);
    const page = await open({ viewport });
    const dir = `window/${name}`;

    // Signed out, any address of the page leads to sign-in.
    expect(await page.evaluate(() => location.hash)).toBe('#/sign-in');
    await shot(page, `${dir}-01-sign-in`);

    // A wrong password first: the API's message, in the page's language, as an alert.
    await page.fill('#username', staff.username);
    await page.fill('#password', 'not-the-password');
    await page.click('#sign-in-submit');
    await page.waitForSelector('#sign-in-errors:not([hidden])', SLOW);
    expect(await page.textContent('#sign-in-errors')).toContain('用户名或密码错误');
    expect(await page.getAttribute('#sign-in-errors', 'role')).toBe('alert');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('sign-in-errors');
    expect(await page.getAttribute('#password', 'aria-invalid')).toBe('true');
    expect(await page.inputValue('#password')).toBe('');
    await shot(page, `${dir}-02-wrong-password`);

    // Signed in: name, role and window in the header, with a sign-out button.
    await signIn(page, staff);
    const who = await page.textContent('#who-text');
    expect(who).toContain(staff.displayName);
    expect(who).toContain('窗口工作人员');
    expect(who).toContain(staff.window);
    expect(await page.isVisible('#sign-out')).toBe(true);
    await page.waitForSelector('#case-search');
    // Staff see no administrator pages.
    expect(await page.$('a[href="#/parameters"]')).toBeNull();

    // A new case: the whole questionnaire on one page, the applicant, the date.
    await page.click('a[href="#/new"]');
    await page.waitForSelector('#save-case', SLOW);
    expect(await page.$$eval('form.step.embedded', (f) => f.length)).toBeGreaterThanOrEqual(8);
    await page.fill('#applicant-name', '欧阳秀英');
    await page.fill('#applicant-phone', '12345');
    await screenElder(page, idNumber);
    expect(await page.inputValue('#case-asOf')).toBe(todayInChina());
    await page.fill('#case-note', '本人来窗口咨询');
    // A wrong phone number: the error at the field and in the summary, nothing saved.
    await page.click('#save-case');
    await page.waitForSelector('#new-case-errors:not([hidden])');
    expect(await page.textContent('#applicant-phone-error')).toContain('手机号码');
    expect(await page.getAttribute('#applicant-phone', 'aria-invalid')).toBe('true');
    expect(await page.evaluate(() => location.hash)).toBe('#/new');
    await shot(page, `${dir}-03-new-case-error`);
    await page.fill('#applicant-phone', '13912345678');
    await page.click('#save-case');

    // Saved: the case opens with its number, the applicant in full, the results.
    await page.waitForSelector('#case-results article.card', SLOW);
    const title = (await page.textContent('#page-title')) ?? '';
    const number = title.match(/JZ-\d{4}-\d{6}/)?.[0] ?? '';
    expect(number).toMatch(/^JZ-\d{4}-\d{6}$/);
    const caseHash = await page.evaluate(() => location.hash);
    expect(caseHash).toMatch(/^#\/cases\/.+/);
    const caseId = decodeURIComponent(caseHash.slice('#/cases/'.length));
    const main = (await page.textContent('main')) ?? '';
    expect(main).toContain('欧阳秀英');
    expect(main).toContain('13912345678');
    expect(main).toContain('本人来窗口咨询');
    expect(await page.$eval('section[data-group="eligible"]', (s) => s.textContent)).toContain('最低生活保障');
    await shot(page, `${dir}-04-case`);

    // Found by ID number: the list shows it masked.
    await page.click('.staff-nav a[href="#/cases"]');
    await page.waitForSelector('#case-search', SLOW);
    await page.fill('#f-idNumber', idNumber.toLowerCase());
    await page.click('#search');
    await page.waitForSelector('#results-heading:focus', SLOW);
    const rows = await page.$$eval('#case-results tbody tr', (trs) => trs.map((tr) => tr.textContent ?? ''));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain(number);
    expect(rows[0]).toContain(`${idNumber.slice(0, 4)}**********${idNumber.slice(-4)}`);
    expect(rows[0]).toContain('欧***');
    expect(rows[0]).toContain('139****5678');
    expect(rows[0]).not.toContain(idNumber);
    expect(rows[0]).not.toContain('欧阳秀英');
    expect(rows[0]).not.toContain('13912345678');
    await shot(page, `${dir}-05-found`);

    // Chosen for export: the link asks for the masked CSV of that case.
    await page.click(`label[for="pick-${caseId}"]`);
    const href = (await page.getAttribute('#export', 'href')) ?? '';
    expect(href).toBe(`/api/v1/cases/export.csv?ids=${encodeURIComponent(caseId)}`);
    const csv = await page.request.get(`${baseUrl}${href}`);
    expect(csv.status()).toBe(200);
    expect(csv.headers()['content-type']).toContain('text/csv');
    const text = await csv.text();
    expect(text).toContain(number);
    expect(text).not.toContain(idNumber);

    // Opened from the list, re-screened as of another date: what changed, program by program.
    await page.click(`a.case-link[href="${caseHash}"]`);
    await page.waitForSelector('#rescreen', SLOW);
    await page.fill('#rescreen-asOf', '2021-06-01');
    expect(await page.textContent('#rescreen')).toContain('2021-06-01');
    await page.click('#rescreen');
    await page.waitForSelector('#changes-title:focus', SLOW);
    const dibao = await page.$eval('#rescreen-result tr[data-program="dibao"]', (tr) =>
      [...tr.querySelectorAll('td')].map((td) => td.textContent ?? ''),
    );
    // The urban dibao standard was 600 yuan on 2021-06-01 and is 630 now: 180 → 150 a month.
    expect(dibao[1]).toContain('180');
    expect(dibao[2]).toContain('150');
    expect(await page.textContent('#results-title')).toContain('2021-06-01');
    const history = await page.$$eval('section[aria-labelledby="history-title"] tbody tr', (trs) => trs.length);
    expect(history).toBe(2);
    await shot(page, `${dir}-06-rescreened`);

    // The printout: the results, the case number, the window, the staff member and the date, in two pages.
    await page.emulateMedia({ media: 'print' });
    const printed = (await page.textContent('#print-staff')) ?? '';
    expect(printed).toContain(staff.window);
    expect(printed).toContain(staff.displayName);
    expect(printed).toContain(todayInChina());
    expect(await page.isVisible('#print-staff')).toBe(true);
    expect(await page.isVisible('#rescreen-form')).toBe(false);
    await shot(page, `${dir}-07-print`);
    const pdf = await page.pdf({ format: 'A4', path: join(ARTIFACTS, `${dir}-case.pdf`) });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
    await page.emulateMedia({ media: 'screen' });

    // Signed out: back to sign-in, nothing of the case on the page or in storage, the case unreachable.
    await page.click('#sign-out');
    await page.waitForSelector('#sign-in-form', SLOW);
    expect(await page.evaluate(() => location.hash)).toBe('#/sign-in');
    const after = (await page.textContent('body')) ?? '';
    for (const gone of [number, '欧阳秀英', staff.displayName, idNumber]) expect(after).not.toContain(gone);
    expect(await storage(page)).toEqual({ local: 0, session: 0 });
    await page.goto(`${baseUrl}/staff${caseHash}`);
    await page.waitForSelector('#sign-in-form', SLOW);
    expect(await page.evaluate(() => location.hash)).toBe('#/sign-in');
    expect((await page.request.get(`${baseUrl}/api/v1/cases/${encodeURIComponent(caseId)}`)).status()).toBe(401);
    // Back in the browser's history does not bring the case back either.
    await page.goBack();
    await page.waitForSelector('#sign-in-form', SLOW);
    expect((await page.textContent('body')) ?? '').not.toContain(number);
    expect(await storage(page)).toEqual({ local: 0, session: 0 });
    await shot(page, `${dir}-08-signed-out`);
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  });
});

describe.each([
  { name: 'phone', viewport: PHONE, seq: '032' },
  { name: 'desktop', viewport: DESKTOP, seq: '072' },
])('parameters (administrator) at $name width', ({ name, viewport, seq }) => {
  it('shows placeholders, refuses a bad value at its field, lists the affected case before saving', async () => {
    const page = await open({ viewport });
    await signIn(page, accounts.admin);
    const saved = await saveCaseByApi(page, elder(residentId(`41081119500301${seq}`)));

    await go(page, '#/parameters', '#parameter-table table');
    // Placeholders (UNVERIFIED) are marked as such.
    const urban = await page.$eval('tr[data-parameter="dibao.standard.urban"]', (tr) => ({
      unverified: tr.getAttribute('data-unverified'),
      text: tr.textContent ?? '',
    }));
    expect(urban.unverified).toBe('true');
    expect(urban.text).toContain('暂定值');
    expect(urban.text).toContain('630');
    await page.check('#only-unverified');
    const shown = await page.$$eval('#parameter-table tbody tr', (trs) =>
      trs.map((tr) => tr.getAttribute('data-unverified')),
    );
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.every((u) => u === 'true')).toBe(true);
    await shot(page, `window/parameters-${name}-01-list`);

    await page.click('a.param-link[href="#/parameters/dibao.standard.urban"]');
    await page.waitForSelector('#value-form', SLOW);
    const today = todayInChina();
    expect(await page.inputValue('#value-from')).toBe(today);
    // A value that is no number: the server's message at the field.
    await page.fill('#value-value', '八百');
    await page.fill('#value-source', '焦民〔2026〕12号 第三条');
    await page.click('#check-impact');
    await page.waitForSelector('#value-errors:not([hidden])', SLOW);
    expect(await page.isVisible('#value-value-error')).toBe(true);
    expect(await page.getAttribute('#value-value', 'aria-invalid')).toBe('true');
    expect(await page.isVisible('#save-value')).toBe(false);
    await shot(page, `window/parameters-${name}-02-error`);

    // The impact first: the saved case whose dibao amount would change is listed before saving.
    await page.fill('#value-value', '800');
    await page.click('#check-impact');
    await page.waitForSelector('#impact-title:focus', SLOW);
    const row = await page.$eval(`#impact tr[data-case="${saved.id}"][data-program="dibao"]`, (tr) =>
      [...tr.querySelectorAll('td')].map((td) => td.textContent ?? ''),
    );
    expect(row[0]).toBe(saved.number);
    expect(row[2]).toContain('180');
    expect(row[3]).toContain('350');
    expect(await page.isVisible('#save-value')).toBe(true);
    await shot(page, `window/parameters-${name}-03-impact`);
    // Editing the value asks for a new check before saving.
    await page.fill('#value-value', '801');
    expect(await page.isVisible('#save-value')).toBe(false);
    await page.fill('#value-value', '800');
    await page.click('#check-impact');
    await page.waitForSelector('#save-value:visible', SLOW);

    await page.click('#save-value');
    await page.waitForSelector('.staff-notice.ok', SLOW);
    const inForce = (await page.textContent('dl.case-meta')) ?? '';
    expect(inForce).toContain('800');
    expect(inForce).not.toContain('暂定值');
    expect(await page.textContent('tbody')).toContain(accounts.admin.displayName);
    await shot(page, `window/parameters-${name}-04-saved`);

    // Removed again (a staff value only), so the other tests screen with the seeds.
    page.once('dialog', (d) => void d.accept());
    await page.click(`button[data-remove="${today}"]`);
    // The page is drawn again with the value list read afresh, under a notice that says so.
    await expect.poll(() => page.textContent('.staff-notice.ok'), SLOW).toContain('已删除');
    expect(await page.textContent('.staff-notice.ok')).toContain(today);
    expect(await page.textContent('dl.case-meta')).toContain('630');
    expect(await page.$(`button[data-remove="${today}"]`)).toBeNull();
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  });
});

// --- accessibility and layout -----------------------------------------------------------------

const axe = async (page: Page, where: string) => (await seriousViolations(page, where)).map(violationLine);

const MIN_TARGET = 44;

/** Sideways scrolling, the body text size and controls smaller than 44 × 44 px. */
function layoutProblems(page: Page, where: string, minFont: number): Promise<string[]> {
  return page.evaluate(
    ({ where, min, minFont }) => {
      const problems: string[] = [];
      const overflow = document.documentElement.scrollWidth - document.documentElement.clientWidth;
      if (overflow > 0) problems.push(`${where}: scrolls sideways by ${overflow}px`);
      const font = Number.parseFloat(getComputedStyle(document.body).fontSize);
      if (font < minFont) problems.push(`${where}: body text ${font}px`);
      const targets = document.querySelectorAll<HTMLElement>(
        'button, a.button, .option, input[type="text"], input[type="password"], input[type="date"], input[type="tel"], select, textarea, summary, .pick, .staff-nav a, table.data a',
      );
      for (const el of targets) {
        if (el.closest('[hidden]') || el.classList.contains('skip-link')) continue;
        if (el.closest('details:not([open])') && el.tagName !== 'SUMMARY') continue;
        const r = el.getBoundingClientRect();
        if (r.width === 0 && r.height === 0) continue;
        if (r.height < min || r.width < min)
          problems.push(
            `${where}: small target ${el.tagName}#${el.id}.${el.className} ${Math.round(r.width)}x${Math.round(r.height)}`,
          );
      }
      return problems;
    },
    { where, min: MIN_TARGET, minFont },
  );
}

const LOOKS = [
  { name: 'zh-CN', lang: 'zh-CN', query: '', viewport: PHONE, deviceScaleFactor: 1, minFont: 18 },
  { name: 'en', lang: 'en', query: '?lang=en', viewport: PHONE, deviceScaleFactor: 1, minFont: 18 },
  { name: 'large-text', lang: 'zh-CN', query: '?large=1', viewport: PHONE, deviceScaleFactor: 1, minFont: 24 },
  // A 1280 px window zoomed to 200%: 640 CSS px at device pixel ratio 2.
  {
    name: 'zoom-200',
    lang: 'en',
    query: '?lang=en',
    viewport: { width: 640, height: 400 },
    deviceScaleFactor: 2,
    minFont: 18,
  },
];

describe.each(LOOKS)('every staff page: $name', ({ name, lang, query, viewport, deviceScaleFactor, minFont }) => {
  it('has no serious or critical axe violation, no sideways scrolling, large enough text and targets', async () => {
    const page = await open({ viewport, deviceScaleFactor, locale: lang, query });
    const found: string[] = [];
    const check = async (where: string) => {
      await page.$$eval('details', (ds) => {
        for (const d of ds) (d as HTMLDetailsElement).open = true;
      });
      found.push(...(await axe(page, where)), ...(await layoutProblems(page, where, minFont)));
      await shot(page, `window/look-${name}-${where}`);
    };
    expect(await page.getAttribute('html', 'lang')).toBe(lang);
    expect(await page.evaluate(() => document.documentElement.classList.contains('large'))).toBe(name === 'large-text');
    // The check itself works: a button without a name is a critical violation.
    await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<button id="axe-probe"></button>'));
    expect((await axe(page, 'probe')).join()).toContain('button-name');
    await page.evaluate(() => document.getElementById('axe-probe')?.remove());

    await check('sign-in');
    // Nothing filled in: the messages at the fields (no request is made, no failure counted).
    await page.click('#sign-in-submit');
    await page.waitForSelector('#username-error:not([hidden])');
    await check('sign-in-errors');
    await signIn(page, accounts.admin);
    const saved = await saveCaseByApi(
      page,
      elder(residentId(`41081119500301${LOOKS.findIndex((l) => l.name === name) + 4}42`)),
    );

    await go(page, '#/cases', '#case-results table');
    await check('cases');
    await go(page, '#/new', '#save-case');
    await page.fill('#applicant-phone', '12345');
    await page.fill('#q-members-0-idNumber', '410811195003010');
    await page.click('#save-case');
    await page.waitForSelector('#new-case-errors:not([hidden])');
    await check('new-case-errors');
    await go(page, `#/cases/${encodeURIComponent(saved.id)}`, '#case-results article.card');
    await page.fill('#rescreen-asOf', '2021-06-01');
    await page.click('#rescreen');
    await page.waitForSelector('#changes-title', SLOW);
    await check('case');
    await go(page, '#/parameters', '#parameter-table table');
    await check('parameters');
    await go(page, '#/parameters/dibao.standard.urban', '#value-form');
    await page.fill('#value-value', '640');
    await page.fill('#value-source', 'test');
    await page.click('#check-impact');
    await page.waitForSelector('#impact-title', SLOW);
    await check('parameter');
    await go(page, '#/accounts', '#account-form');
    await page.click('#create-account');
    await page.waitForSelector('#account-errors:not([hidden])');
    await check('accounts');
    await go(page, '#/audit', '#audit-results table');
    await check('audit');
    expect(found).toEqual([]);
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  });
});

// --- keyboard, roles, rate limit -------------------------------------------------------------------

const MAX_TABS = 80;

async function tabTo(page: Page, selector: string) {
  for (let i = 0; i < MAX_TABS; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

describe('keyboard only', () => {
  it('signs in, searches by ID number and opens the case without a mouse', async () => {
    const staff = accounts.staff;
    const idNumber = residentId('41081119500301052');
    // A case to find, saved by another session.
    const setup = await open({ viewport: DESKTOP });
    await signIn(setup, staff);
    const saved = await saveCaseByApi(setup, elder(idNumber));
    await setup.context().close();

    // With the page's content security policy enforced (the other tests bypass it to inject axe).
    const context = await phoneContext(browser(), { bypassCSP: false });
    await context.addInitScript(() => {
      const seen: string[] = [];
      (window as Window & { cspViolations?: string[] }).cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/staff`);
    await page.waitForSelector('#sign-in-form', SLOW);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('skip-link');
    await tabTo(page, '#username');
    await page.keyboard.type(staff.username);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('password');
    await page.keyboard.type(staff.password);
    await page.keyboard.press('Enter');
    await page.waitForSelector('#case-search', SLOW);
    // The new page's heading has the focus, once the page has loaded (its first results included).
    await expect.poll(() => page.evaluate(() => document.activeElement?.id), SLOW).toBe('page-title');
    await page.waitForSelector('#case-results h2', SLOW);

    await tabTo(page, '#f-idNumber');
    await page.keyboard.type(idNumber);
    await page.keyboard.press('Enter');
    await page.waitForSelector('#results-heading:focus', SLOW);
    expect(await page.$$eval('#case-results tbody tr', (trs) => trs.length)).toBe(1);
    await tabTo(page, 'a.case-link');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#case-results article.card', SLOW);
    expect(await page.textContent('#page-title')).toContain(saved.number);
    await shot(page, 'window/keyboard-case');
    expect(await page.evaluate(() => (window as Window & { cspViolations?: string[] }).cspViolations)).toEqual([]);
    await tabTo(page, '#sign-out');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#sign-in-form', SLOW);
    await page.context().close();
  });
});

describe('roles', () => {
  it('hotline staff open cases but cannot re-screen, export or reach the administrator pages', async () => {
    const page = await open({ viewport: DESKTOP });
    await signIn(page, accounts.hotline);
    expect(await page.textContent('#who-text')).toContain('热线工作人员');
    const saved = await saveCaseByApi(page, elder(residentId('41081119500301062')));
    await go(page, '#/cases', '#case-results table');
    expect(await page.$('#case-results input[type="checkbox"]')).toBeNull();
    expect(await page.$('#export')).toBeNull();
    await go(page, `#/cases/${encodeURIComponent(saved.id)}`, '#case-results article.card');
    expect(await page.$('#rescreen')).toBeNull();
    expect(await page.textContent('main')).toContain('欧阳秀英');
    expect(await page.$('.staff-nav a[href="#/accounts"]')).toBeNull();
    await go(page, '#/accounts', '#page-title');
    expect(await page.textContent('#page-title')).toBe('没有权限');
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  });
});

describe('export', () => {
  it('masks names, ID numbers and phones unless an administrator asks for them in full', async () => {
    const idNumber = residentId('41081119500301082');
    const page = await open({ viewport: DESKTOP });
    await signIn(page, accounts.admin);
    const saved = await saveCaseByApi(page, elder(idNumber));
    await go(page, '#/cases', '#case-search');
    await page.fill('#f-idNumber', idNumber);
    await page.click('#search');
    await page.waitForSelector('#results-heading:focus', SLOW);
    // Nothing chosen, nothing to export.
    expect(await page.isVisible('#export')).toBe(false);
    await page.click(`label[for="pick-${saved.id}"]`);
    expect(await page.textContent('#selected-count')).toContain('1');
    const masked = (await page.getAttribute('#export', 'href')) ?? '';
    expect(masked).not.toContain('unmasked');
    expect(await (await page.request.get(`${baseUrl}${masked}`)).text()).not.toContain(idNumber);
    await page.check('#export-unmasked');
    const full = (await page.getAttribute('#export', 'href')) ?? '';
    expect(full).toContain('unmasked=1');
    expect(await page.textContent('#export')).toContain('不打码');
    const csv = await (await page.request.get(`${baseUrl}${full}`)).text();
    expect(csv).toContain(idNumber);
    expect(csv).toContain('欧阳秀英');
    await page.click('#sign-out');
    await page.waitForSelector('#sign-in-form', SLOW);

    // Window staff have no such choice, and the API refuses them.
    await signIn(page, accounts.staff);
    await go(page, '#/cases', '#case-results table');
    expect(await page.$('#export-unmasked')).toBeNull();
    expect((await page.request.get(`${baseUrl}${full}`)).status()).toBe(403);
    await page.context().close();
  });
});

describe('sign-in rate limit', () => {
  it('after five failures says, in English, when to try again', async () => {
    // This test counts as a client of its own, so that its failures do not lock the others out.
    const page = await open({
      viewport: PHONE,
      locale: 'en',
      query: '?lang=en',
      extraHTTPHeaders: { [TEST_CLIENT_HEADER]: 'rate-limit-test' },
    });
    const attempt = async (password: string) => {
      await page.fill('#username', 'nobody');
      await page.fill('#password', password);
      await Promise.all([
        page.waitForResponse((r) => r.url().includes('/api/v1/auth/sign-in'), SLOW),
        page.click('#sign-in-submit'),
      ]);
      await page.waitForSelector('#sign-in-submit:not([disabled])');
      return (await page.textContent('#sign-in-errors')) ?? '';
    };
    for (let i = 0; i < 5; i++)
      expect(await attempt(`wrong-password-${i}`)).toContain('The username or password is wrong');
    const text = await attempt('wrong-password-5');
    expect(text).toContain('Too many failed sign-ins');
    expect(text).toMatch(/try again in \d+ minutes/);
    expect(text).toMatch(/after \d\d:\d\d/);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('sign-in-errors');
    await shot(page, 'window/rate-limited');
    await page.context().close();
  });
});
