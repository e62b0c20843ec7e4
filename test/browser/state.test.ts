/**
 * Answers belong to the resident's browser: they survive reloads, back and forward and the
 * language switch, and nothing is sent before results are asked for. The ID number speaks at once;
 * the API's field errors land at their fields; needs-information items lead back to the question.
 */
import type { Page, Request } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import type { Answers } from '../../web/src/model.js';
import { phoneContext, shot, useBrowser } from './browser.js';
import { everyStep, seed } from './fixtures.js';
import { choose, cid, currentStep, fill, next, radio, residentId, resultGroups, waitForResults } from './flow.js';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

const ELDER_ID = residentId('41081119500301002');

/** Household (a) as saved answers. */
const elder: Answers = {
  household: {
    hukouInJiaozuo: 'true',
    residesInJiaozuo: 'true',
    hukouType: 'urban',
    monthlyIncomeTotal: '450',
    holdsDibao: 'false',
    _tekun: 'false',
    holdsLowIncome: 'false',
    ownsHomeInJiaozuo: 'false',
    _disability: 'false',
    _military: 'false',
  },
  members: [
    {
      uid: 'elder',
      values: {
        idNumber: ELDER_ID,
        birthDate: { y: '1950', m: '3', d: '1' },
        sex: 'female',
        hasCapableSupporter: 'false',
      },
    },
  ],
};

async function newPage(): Promise<{ page: Page; api: Request[] }> {
  const context = await phoneContext(browser());
  const page = await context.newPage();
  const api: Request[] = [];
  // Every API request but the ages the questions matter at (GET /api/v1/questions/ages, at start):
  // it carries no answer.
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.startsWith('/api/') && !path.startsWith('/api/v1/questions/')) api.push(r);
  });
  return { page, api };
}

/** This tab's stored household (web/src/store.ts), or null. */
const saved = (page: Page) =>
  page.evaluate(() => {
    const tab = sessionStorage.getItem('jz-tab');
    return tab ? localStorage.getItem(`jz-household-v2:${JSON.parse(tab)}`) : null;
  });
const storedKeys = (page: Page) =>
  page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('jz-household') || k === 'jz-answers-v1'));

describe('answers stay with the resident', () => {
  it('survive reload, back and forward and the language switch; nothing is sent before results', async () => {
    const { page, api } = await newPage();
    await page.goto(`${baseUrl}/`);
    await page.click('#start');
    await choose(page, 'hukouInJiaozuo', 'true');
    await choose(page, 'hukouType', 'urban');
    expect(await next(page)).toBe('members');
    await fill(page, 'members.0.idNumber', ELDER_ID);

    // Reload: same step, same answers.
    await page.reload();
    await page.waitForSelector('form.step[data-step="members"]');
    expect(await page.inputValue('#q-members-0-idNumber')).toBe(ELDER_ID);
    expect(await page.inputValue('#q-members-0-birthDate')).toBe('1950');

    // Back and forward (the browser's own buttons).
    await page.goBack();
    await page.waitForSelector('form.step[data-step="place"]');
    expect(await page.isChecked(radio('hukouType', 'urban'))).toBe(true);
    await page.goForward();
    await page.waitForSelector('form.step[data-step="members"]');
    expect(await page.inputValue('#q-members-0-idNumber')).toBe(ELDER_ID);
    // 上一步 too.
    await page.click('button.back');
    await page.waitForSelector('form.step[data-step="place"]');
    expect(await page.isChecked(radio('hukouInJiaozuo', 'true'))).toBe(true);

    // English and back: the answers stay, the words change.
    await page.click('#lang-switch');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    expect(await page.textContent('h1')).toBe('Hukou and where you live');
    expect(await page.textContent(`label:has(${radio('hukouType', 'urban')})`)).toContain('Urban hukou');
    expect(await page.isChecked(radio('hukouType', 'urban'))).toBe(true);
    expect(await page.textContent('button.next')).toBe('Next');
    await shot(page, 'state/place-en');
    await page.click('#lang-switch');
    await page.waitForFunction(() => document.documentElement.lang === 'zh-CN');
    expect(await page.isChecked(radio('hukouInJiaozuo', 'true'))).toBe(true);
    expect(api).toEqual([]);
    expect(await saved(page)).toContain(ELDER_ID);
    await page.context().close();
  });

  it('switches the results to English and back without losing answers', async () => {
    const { page, api } = await newPage();
    await seed(page, baseUrl, elder, '#/results');
    await waitForResults(page);
    const before = await saved(page);
    expect(await page.textContent('article[data-program="dibao"] h3')).toBe('城乡最低生活保障（低保）');
    await page.click('#lang-switch');
    await page.waitForFunction(
      () =>
        document.querySelector('article[data-program="dibao"] h3')?.textContent === 'minimum living allowance (dibao)',
    );
    expect(await page.textContent('section[data-group="eligible"] h2')).toContain('You can apply');
    expect(await page.textContent('article[data-program="dibao"] .tbc')).toBe('to be confirmed at the window');
    await shot(page, 'state/results-en');
    expect(await saved(page)).toBe(before);
    // One request per language, each asking for its locale; nothing else.
    const bodies = api.map((r) => r.postDataJSON());
    expect(bodies.map((b) => b.locale)).toEqual(['zh-CN', 'en']);
    expect(bodies[0].household).toMatchObject({
      hukouType: 'urban',
      monthlyIncomeTotal: 450,
      holdsDibao: false,
      members: [{ relation: 'self', idNumber: ELDER_ID, birthDate: '1950-03-01', hasCapableSupporter: false }],
    });
    expect(JSON.stringify(bodies[0].household)).not.toContain('_disability');
    await page.click('#lang-switch');
    await page.waitForFunction(
      () => document.querySelector('article[data-program="dibao"] h3')?.textContent === '城乡最低生活保障（低保）',
    );
    expect(api).toHaveLength(2); // the zh-CN results were kept
    await page.context().close();
  });

  it("loads the reasons' legal basis when a card is first opened, and says when it cannot", async () => {
    const { page, api } = await newPage();
    let fail = true;
    await page.route('**/api/v1/program-texts*', (r) => (fail ? r.abort() : r.continue()));
    await seed(page, baseUrl, elder, '#/results');
    await waitForResults(page);
    const why = 'article[data-program="dibao"] details.why';
    await page.click('article[data-program="dibao"] details.card-open > summary');
    // Nothing fetched before anything is opened; no basis in the screening itself.
    expect(api.map((r) => new URL(r.url()).pathname)).toEqual(['/api/v1/screenings']);
    expect(await page.$$('article[data-program="dibao"] .basis')).toHaveLength(0);
    await page.click(`${why} > summary`);
    await page.waitForFunction(
      (sel) => document.querySelector(`${sel} > .texts-status`)?.textContent?.includes('暂时无法载入'),
      why,
    );
    // Closed and opened again once the network is back: the texts arrive, in every card.
    fail = false;
    await page.click(`${why} > summary`);
    await page.click(`${why} > summary`);
    await page.waitForSelector('main[data-texts="done"]');
    expect(await page.textContent(`${why} > .texts-status`)).toBe('');
    const bases = await page.$$eval('article[data-program="dibao"] .reasons .basis', (b) =>
      b.map((x) => x.textContent),
    );
    expect(bases.length).toBeGreaterThan(0);
    expect(bases.join()).toContain('社会救助暂行办法');
    expect(await page.textContent('article[data-program="dibao"] blockquote')).toContain('低保');
    expect(await page.$$('section[data-group="not_eligible"] .reasons .basis')).not.toHaveLength(0);
    await page.context().close();
  });

  it('clears the answers on request, and the large-text mode survives a reload', async () => {
    const { page } = await newPage();
    await seed(page, baseUrl, elder, '#/results');
    await waitForResults(page);
    page.once('dialog', (d) => d.accept());
    await page.click('[data-action="clear"]');
    await page.waitForSelector('#start');
    expect(await saved(page)).toBeNull();

    await page.click('#large-toggle');
    expect(await page.getAttribute('#large-toggle', 'aria-pressed')).toBe('true');
    const size = () => page.evaluate(() => Number.parseFloat(getComputedStyle(document.documentElement).fontSize));
    expect(await size()).toBeGreaterThanOrEqual(24);
    await page.reload();
    await page.waitForSelector('#start');
    expect(await size()).toBeGreaterThanOrEqual(24);
    await page.click('#large-toggle');
    expect(await size()).toBeGreaterThanOrEqual(18);
    expect(await size()).toBeLessThan(24);
    await page.context().close();
  });
});

describe('changing an answer from the results', () => {
  it('lists the answers, links each to its question and comes straight back with new results', async () => {
    const { page, api } = await newPage();
    await seed(page, baseUrl, elder, '#/results');
    await waitForResults(page);
    const amount = () => page.textContent('article[data-program="dibao"] .amount');
    const before = await amount();
    await page.click('details.answers > summary');
    const rows = await page.$$eval('details.answers li', (lis) => lis.map((li) => li.textContent ?? ''));
    // The ID number is shown masked, never whole.
    expect(rows.join()).toContain(`${ELDER_ID.slice(0, 4)}**********${ELDER_ID.slice(-4)}`);
    expect(rows.join()).not.toContain(ELDER_ID);
    expect(rows.some((r) => r.includes('450'))).toBe(true);
    await page.click('details.answers a[href$="/monthlyIncomeTotal"]');
    await page.waitForSelector('form.step[data-step="income"]');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('q-monthlyIncomeTotal');
    await fill(page, 'monthlyIncomeTotal', '300');
    // One click back to the results, computed again for the changed answer.
    await page.click('button.return');
    await waitForResults(page);
    await page.waitForFunction(
      (b) => document.querySelector('article[data-program="dibao"] .amount')?.textContent !== b,
      before,
    );
    expect(await amount()).not.toBe(before);
    expect(api.filter((r) => r.url().endsWith('/api/v1/screenings'))).toHaveLength(2);
    // The printout carries the answers in one paragraph, the ID number masked.
    await page.emulateMedia({ media: 'print' });
    const printed = await page.textContent('.answers-print');
    expect(printed).toContain('您填写的情况');
    expect(printed).toContain('300');
    expect(printed).not.toContain(ELDER_ID);
    await page.context().close();
  });
});

describe('shared devices', () => {
  it('keeps nothing on a public computer: answers are gone after a reload, and stored ones are removed', async () => {
    const { page } = await newPage();
    await page.goto(`${baseUrl}/`);
    await page.click('#start');
    await choose(page, 'hukouInJiaozuo', 'true');
    expect(await storedKeys(page)).toHaveLength(1);
    await page.click('#shared-toggle');
    expect(await page.getAttribute('#shared-toggle', 'aria-pressed')).toBe('true');
    expect(await storedKeys(page)).toEqual([]);
    await choose(page, 'hukouType', 'urban');
    expect(await next(page)).toBe('members');
    await fill(page, 'members.0.idNumber', ELDER_ID);
    expect(await storedKeys(page)).toEqual([]);
    expect(JSON.stringify(await page.evaluate(() => ({ ...localStorage, ...sessionStorage })))).not.toContain(ELDER_ID);
    await page.reload();
    await page.waitForSelector('form.step[data-step="members"]');
    expect(await page.inputValue('#q-members-0-idNumber')).toBe('');
    // Still a public computer after the reload (a preference, not an answer).
    expect(await page.getAttribute('#shared-toggle', 'aria-pressed')).toBe('true');
    await page.context().close();
  });

  it('forgets answers a day after their last change', async () => {
    const { page } = await newPage();
    await seed(page, baseUrl, elder, '#/');
    await page.waitForSelector('#start');
    expect(await saved(page)).toContain(ELDER_ID);
    // Pretend the answers were last changed 25 hours ago.
    await page.evaluate(() => {
      const key = `jz-household-v2:${JSON.parse(sessionStorage.getItem('jz-tab') ?? '""')}`;
      const stored = JSON.parse(localStorage.getItem(key) ?? '{}');
      localStorage.setItem(key, JSON.stringify({ ...stored, savedAt: Date.now() - 25 * 3600 * 1000 }));
    });
    await page.reload();
    await page.waitForSelector('#start');
    expect(await storedKeys(page)).toEqual([]);
    expect(await page.$('#restart')).toBeNull();
    await page.context().close();
  });

  it('keeps two tabs apart: each changes its own household', async () => {
    const { page } = await newPage();
    await seed(page, baseUrl, elder, '#/step/income');
    await page.waitForSelector('form.step[data-step="income"]');
    const other = await page.context().newPage();
    await other.goto(`${baseUrl}/#/step/income`);
    await other.waitForSelector('form.step[data-step="income"]');
    // The new tab starts from a copy of the latest household…
    expect(await other.inputValue('#q-monthlyIncomeTotal')).toBe('450');
    // …and from then on the two change separately.
    await fill(other, 'monthlyIncomeTotal', '900');
    await fill(page, 'monthlyIncomeTotal', '300');
    await page.reload();
    await other.reload();
    await page.waitForSelector('#q-monthlyIncomeTotal');
    await other.waitForSelector('#q-monthlyIncomeTotal');
    expect(await page.inputValue('#q-monthlyIncomeTotal')).toBe('300');
    expect(await other.inputValue('#q-monthlyIncomeTotal')).toBe('900');
    expect(await storedKeys(page)).toHaveLength(2);
    await page.context().close();
  });
});

describe('errors and open questions point at their fields', () => {
  it('says at once that a check digit is wrong, and fills birth date and sex from a right one', async () => {
    const { page } = await newPage();
    await seed(page, baseUrl, { household: {}, members: [{ uid: 'x', values: {} }] }, '#/step/members');
    await page.waitForSelector('#q-members-0-idNumber');
    const wrong = ELDER_ID.slice(0, 17) + (ELDER_ID[17] === '5' ? '6' : '5');
    await page.focus('#q-members-0-idNumber');
    await page.keyboard.type(wrong);
    // No blur, no button: the message is there as the 18th character goes in.
    await page.waitForSelector('#q-members-0-idNumber-error:not([hidden])');
    expect(await page.textContent('#q-members-0-idNumber-error')).toContain('校验位');
    expect(await page.getAttribute('#q-members-0-idNumber', 'aria-invalid')).toBe('true');
    expect(await page.getAttribute('#q-members-0-idNumber', 'aria-describedby')).toContain(
      'q-members-0-idNumber-error',
    );
    await shot(page, 'state/id-check-digit');
    await page.keyboard.press('Backspace');
    await page.keyboard.type(ELDER_ID[17]);
    await page.waitForSelector('#q-members-0-idNumber-error', { state: 'hidden' });
    expect(await page.getAttribute('#q-members-0-idNumber', 'aria-invalid')).toBeNull();
    expect(await page.inputValue('#q-members-0-birthDate-d')).toBe('1');
    expect(await page.isChecked(radio('members.0.sex', 'female'))).toBe(true);
    // A birth date that contradicts the ID number is refused before anything is sent.
    await page.fill('#q-members-0-birthDate', '1951');
    await page.click('button.next');
    await page.waitForSelector('#error-summary:not([hidden])');
    expect(await page.textContent('#q-members-0-birthDate-error')).toContain('不一致');
    expect(await currentStep(page)).toBe('members');
    await page.context().close();
  });

  it("shows the API's field errors at the matching fields", async () => {
    const { page } = await newPage();
    await page.route('**/api/v1/screenings', (r) =>
      r.fulfill({
        status: 400,
        contentType: 'application/json',
        body: JSON.stringify({
          error: {
            code: 'validation',
            message: '输入有误',
            fields: [{ path: 'household.members.0.birthDate', message: '日期不能晚于评估日期' }],
          },
        }),
      }),
    );
    await seed(page, baseUrl, elder, '#/results');
    await page.waitForSelector('form.step[data-step="members"]');
    await page.waitForSelector('#q-members-0-birthDate-error:not([hidden])');
    expect(await page.textContent('#q-members-0-birthDate-error')).toContain('日期不能晚于评估日期');
    expect(await page.getAttribute(`#${cid('members.0.birthDate')}`, 'aria-invalid')).toBe('true');
    expect(await page.textContent('#error-summary')).toContain('日期不能晚于评估日期');
    await shot(page, 'state/server-error');
    await page.context().close();
  });

  it('links a needs-information result to the question that settles it', async () => {
    const { page } = await newPage();
    const unsure = structuredClone(elder);
    unsure.household.holdsLowIncome = 'unknown';
    unsure.household.ownsHomeInJiaozuo = 'unknown';
    await seed(page, baseUrl, unsure, '#/results');
    await waitForResults(page);
    const groups = await resultGroups(page);
    expect(groups.needs_info).toContain('public-rental-housing');
    // The group leads with the answers that settle it; the card, once opened, links the same question.
    const settle = 'section[data-group="needs_info"] ul.settle a.answer-link[href$="/ownsHomeInJiaozuo"]';
    expect(await page.getAttribute(settle, 'href')).toBe('#/step/housing/ownsHomeInJiaozuo');
    await page.click('section[data-group="needs_info"] details.needs-info-fold > summary');
    await page.click('article[data-program="public-rental-housing"] details.card-open > summary');
    const link = 'article[data-program="public-rental-housing"] a.answer-link[href$="/ownsHomeInJiaozuo"]';
    expect(await page.getAttribute(link, 'href')).toBe('#/step/housing/ownsHomeInJiaozuo');
    await page.click(link);
    await page.waitForSelector('form.step[data-step="housing"]');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('q-ownsHomeInJiaozuo');
    await page.click('input[name="q-ownsHomeInJiaozuo"][value="false"]');
    // Straight back to the results from the step.
    await page.click('button.return');
    await waitForResults(page);
    expect((await resultGroups(page)).needs_info ?? []).not.toContain('public-rental-housing');
    await page.context().close();
  });

  it('puts a program only the window can settle under "check at the window"', async () => {
    const { page } = await newPage();
    const unassessed: Answers = { ...everyStep, household: { ...everyStep.household, houseSafety: 'unassessed' } };
    await seed(page, baseUrl, unassessed, '#/results');
    await waitForResults(page);
    const groups = await resultGroups(page);
    expect(groups.refer).toContain('rural-housing-renovation');
    expect(groups.eligible ?? []).not.toContain('rural-housing-renovation');
    await shot(page, 'state/refer-results');
    await page.context().close();
  });

  it('asks about job-hunting and a business only at ages a programme in force can use them', async () => {
    const { page } = await newPage();
    const year = Number(new Date().toISOString().slice(0, 4));
    const person = (age: number): Answers => ({
      household: { hukouInJiaozuo: 'true', residesInJiaozuo: 'true', hukouType: 'urban', _military: 'false' },
      members: [{ uid: 'p', values: { birthDate: { y: String(year - age - 1), m: '6', d: '1' }, sex: 'male' } }],
    });
    // 62: past the working age every programme that reads them ends at (GET /api/v1/questions/ages).
    await seed(page, baseUrl, person(62), '#/step/work');
    await page.waitForSelector('form.step[data-step="work"]');
    await expect.poll(() => page.isVisible(`#${cid('members.0.seekingWork')}`)).toBe(false);
    expect(await page.isVisible(`#${cid('members.0.startingBusiness')}`)).toBe(false);
    // Whether he works still matters (a survivor's or disabled adult's programmes read it).
    expect(await page.isVisible(`#${cid('members.0.employment')}`)).toBe(true);
    // 45: asked.
    await seed(page, baseUrl, person(45), '#/step/work');
    await page.waitForSelector('form.step[data-step="work"]');
    await expect.poll(() => page.isVisible(`#${cid('members.0.seekingWork')}`)).toBe(true);
    expect(await page.isVisible(`#${cid('members.0.startingBusiness')}`)).toBe(true);
    await page.context().close();
  });
});
