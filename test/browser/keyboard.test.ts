/** Household (a) from the first page to the results with the keyboard alone: Tab, Space, arrows, typing, Enter. */
import type { Page } from 'playwright-core';
import { expect, inject, it } from 'vitest';
import { phoneContext, shot, useBrowser } from './browser.js';
import { currentStep, expectIn, residentId, resultGroups } from './flow.js';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

const MAX_TABS = 60;

/** Presses Tab until the focused element matches the selector (fails if it never does). */
async function tabTo(page: Page, selector: string) {
  for (let i = 0; i < MAX_TABS; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

const focused = (page: Page) => page.evaluate(() => document.activeElement?.id ?? document.activeElement?.tagName);

/** Enter on 下一步, then the new step's heading has the focus. */
async function nextByKeyboard(page: Page, expected: string) {
  await tabTo(page, 'button.next');
  await page.keyboard.press('Enter');
  await page.waitForSelector(`form.step[data-step="${expected}"]`);
  expect(await focused(page)).toBe('step-title');
}

/** Tabs into an option group and answers: Space for the first option (是), an arrow key for the second (否). */
async function answer(page: Page, name: string, second: boolean, expected = second ? 'false' : 'true') {
  await tabTo(page, `input[name="${name}"]`);
  await page.keyboard.press(second ? 'ArrowDown' : 'Space');
  const value = await page.evaluate(
    (n) => document.querySelector<HTMLInputElement>(`input[name="${n}"]:checked`)?.value,
    name,
  );
  expect(value).toBe(expected);
}

it('completes household (a) with the keyboard only', async () => {
  const context = await phoneContext(browser());
  const page = await context.newPage();
  await page.goto(`${baseUrl}/`);
  await page.waitForSelector('#start');
  // The skip link comes first.
  await page.keyboard.press('Tab');
  expect(await focused(page)).toBe('skip-link');
  await tabTo(page, '#start');
  await page.keyboard.press('Enter');
  await page.waitForSelector('form.step[data-step="place"]');
  expect(await focused(page)).toBe('step-title');

  await answer(page, 'q-hukouInJiaozuo', false);
  await answer(page, 'q-hukouType', false, 'urban');
  await answer(page, 'q-residesInJiaozuo', false);
  await nextByKeyboard(page, 'members');

  await tabTo(page, '#q-members-0-idNumber');
  await page.keyboard.type(residentId('41081119500301002'));
  expect(await page.inputValue('#q-members-0-birthDate')).toBe('1950');
  await shot(page, 'keyboard/members');
  await nextByKeyboard(page, 'income');

  await tabTo(page, '#q-monthlyIncomeTotal');
  await page.keyboard.type('450');
  // Enter in a text box moves on as 下一步 does.
  await page.keyboard.press('Enter');
  await page.waitForSelector('form.step[data-step="assistance"]');

  await answer(page, 'q-holdsDibao', true);
  await answer(page, 'q-_tekun', true);
  await answer(page, 'q-holdsLowIncome', true);
  await nextByKeyboard(page, 'housing');
  await answer(page, 'q-ownsHomeInJiaozuo', true);
  await nextByKeyboard(page, 'disability');
  await answer(page, 'q-_disability', true);
  await nextByKeyboard(page, 'military');
  await answer(page, 'q-_military', true);
  await nextByKeyboard(page, 'support');
  await answer(page, 'q-members-0-hasCapableSupporter', true);
  await shot(page, 'keyboard/support');

  await tabTo(page, 'button.next');
  expect(await page.textContent('button.next')).toBe('查看结果');
  await page.keyboard.press('Enter');
  await page.waitForSelector('article.card', { timeout: 20_000 });
  expect(await currentStep(page)).toBeUndefined();
  expect(await focused(page)).toBe('results-title');
  const groups = await resultGroups(page);
  expectIn(groups, 'eligible', ['elder-health-check', 'dibao', 'tekun-support']);

  // The folded not-eligible list opens from the keyboard.
  await tabTo(page, 'section[data-group="not_eligible"] summary');
  await page.keyboard.press('Enter');
  expect(await page.$eval('section[data-group="not_eligible"] details', (d) => (d as HTMLDetailsElement).open)).toBe(
    true,
  );
  await shot(page, 'keyboard/results');
  await context.close();
});
