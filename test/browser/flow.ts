/** Answering the questionnaire the way a resident does: tapping options, typing, pressing 下一步. */

import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { checkCharacter } from '../../src/model/resident-id.js';
import { monthsBefore } from '../interview/households.js';
import { shot } from './browser.js';

/** A valid resident ID number from its first 17 characters. */
export function residentId(first17: string): string {
  return first17 + checkCharacter(first17);
}

/** The id of the control answering an API path (as web/src/model.ts controlId). */
export function cid(path: string): string {
  return `q-${path.replace(/\./g, '-')}`;
}

export const radio = (path: string, value: string) => `input[name="${cid(path)}"][value="${value}"]`;

export async function choose(page: Page, path: string, value: string) {
  await page.check(radio(path, value));
}

export async function fill(page: Page, path: string, value: string) {
  await page.fill(`#${cid(path)}`, value);
}

/** Fills the three boxes from YYYY-MM-DD, or only the year (YYYY) or year and month (YYYY-MM). */
export async function fillDate(page: Page, path: string, iso: string) {
  const [y, m, d] = iso.split('-');
  const id = cid(path);
  await page.fill(`#${id}`, y);
  await page.fill(`#${id}-m`, m === undefined ? '' : String(Number(m)));
  await page.fill(`#${id}-d`, d === undefined ? '' : String(Number(d)));
  // Leave the field as a person would: the date takes effect (questions it decides appear or go)
  // before the next tap, so nothing moves under it.
  await page.press(`#${id}-d`, 'Tab');
}

export async function currentStep(page: Page): Promise<string | undefined> {
  return page.evaluate(() => document.querySelector('form.step')?.getAttribute('data-step') ?? undefined);
}

/** Presses 下一步 (or 查看结果) and waits for the next step or the results. */
export async function next(page: Page): Promise<string> {
  const before = await currentStep(page);
  await page.click('button.next');
  await page.waitForFunction((b) => {
    const form = document.querySelector('form.step');
    return form ? form.getAttribute('data-step') !== b : !!document.querySelector('.card, .error-summary');
  }, before);
  return (await currentStep(page)) ?? 'results';
}

export async function waitForResults(page: Page) {
  await page.waitForSelector('article.card', { timeout: 20_000 });
}

/** Program ids per results group, as shown on the page. */
export async function resultGroups(page: Page): Promise<Record<string, string[]>> {
  return page.$$eval('section[data-group]', (sections) =>
    Object.fromEntries(
      sections.map((s) => [
        s.getAttribute('data-group') ?? '',
        [...s.querySelectorAll('article.card')].map((a) => a.getAttribute('data-program') ?? ''),
      ]),
    ),
  );
}

/**
 * What a card shows once its details are open: the legal basis of each reason and the plan's
 * paragraph arrive then (GET /program-texts); the details are closed again after reading.
 */
export async function card(page: Page, programId: string) {
  const selector = `article[data-program="${programId}"]`;
  const why = await page.$(`${selector} details.why`);
  const wasOpen = why ? await why.evaluate((d) => (d as HTMLDetailsElement).open) : true;
  if (why && !wasOpen) {
    await why.evaluate((d) => {
      (d as HTMLDetailsElement).open = true;
    });
    await page.waitForSelector('main[data-texts="done"]', { timeout: 20_000 });
  }
  const read = await page.$eval(selector, (a) => ({
    text: a.textContent ?? '',
    amount: a.querySelector('.amount')?.textContent ?? null,
    tbcInAmount: !!a.querySelector('.amount .tbc'),
    documents: [...a.querySelectorAll('.documents li')].map((li) => li.textContent),
    department: a.querySelector('.department')?.textContent ?? '',
    citation: a.querySelector('.citation')?.textContent ?? '',
    quote: a.querySelector('blockquote')?.textContent ?? '',
    reasons: [...a.querySelectorAll('.reasons li')].map((li) => li.textContent),
    bases: [...a.querySelectorAll('.reasons .basis')].map((b) => b.textContent),
  }));
  if (why && !wasOpen)
    await why.evaluate((d) => {
      (d as HTMLDetailsElement).open = false;
    });
  return read;
}

export interface Recorder {
  steps: string[];
  /** Screenshot of the current step, named by household, index and step id. */
  snap(page: Page): Promise<void>;
}

export function recorder(prefix: string): Recorder {
  const steps: string[] = [];
  return {
    steps,
    async snap(page) {
      const step = (await currentStep(page)) ?? 'results';
      steps.push(step);
      await shot(page, `${prefix}-${String(steps.length).padStart(2, '0')}-${step}`);
    },
  };
}

/** Shown fields of the current step, by path. */
export async function visiblePaths(page: Page): Promise<string[]> {
  return page.$$eval('[data-path]', (els) =>
    els.filter((e) => !(e as HTMLElement).closest('[hidden]')).map((e) => e.getAttribute('data-path') ?? ''),
  );
}

export function expectIn(groups: Record<string, string[]>, group: string, ids: string[]) {
  for (const id of ids) expect(groups[group] ?? [], `${id} in ${group}: ${JSON.stringify(groups)}`).toContain(id);
}

/** Today minus some months, as YYYY-MM-DD in China time. */
export function monthsAgo(months: number, now = new Date(Date.now() + 8 * 3600 * 1000)): string {
  return monthsBefore(now.toISOString().slice(0, 10), months);
}
