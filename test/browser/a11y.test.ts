/**
 * axe-core on every step, on an error state and on the results page, in zh-CN and in English:
 * no serious or critical violation. Screenshots of each in test/artifacts/a11y/.
 */
import { describe, expect, inject, it } from 'vitest';
import { STEPS, visibleSteps } from '../../web/src/model.js';
import { seriousViolations as axe, phoneContext, shot, useBrowser, type Violation } from './browser.js';
import { everyStep, route, seed } from './fixtures.js';
import { residentId } from './flow.js';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

describe.each(['zh-CN', 'en'] as const)('accessibility in %s', (lang) => {
  it('every step, an error state and the results have no serious or critical axe violation', async () => {
    expect(visibleSteps(everyStep).map((s) => s.id)).toEqual(STEPS.map((s) => s.id));
    const context = await phoneContext(browser(), { locale: lang });
    const page = await context.newPage();
    const found: Violation[] = [];

    await seed(page, baseUrl, everyStep, '#/', { lang, large: false });
    await page.waitForSelector('#start');
    // The check itself works: a button without a name is a critical violation.
    await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<button id="axe-probe"></button>'));
    expect((await axe(page, 'probe')).map((v) => v.id)).toContain('probe: button-name');
    await page.evaluate(() => document.getElementById('axe-probe')?.remove());
    found.push(...(await axe(page, 'intro')));
    await shot(page, `a11y/${lang}-00-intro`);

    for (const [i, step] of STEPS.entries()) {
      await route(page, `#/step/${step.id}`);
      found.push(...(await axe(page, step.id)));
      await shot(page, `a11y/${lang}-${String(i + 1).padStart(2, '0')}-${step.id}`);
    }

    // Errors tied to their fields: a wrong check digit, then 下一步 with an impossible date.
    await route(page, '#/step/members');
    const id = residentId('41082319480815002');
    const wrong = id.slice(0, 17) + (id[17] === '1' ? '2' : '1');
    await page.fill('#q-members-0-idNumber', wrong);
    await page.fill('#q-members-1-birthDate-d', '31');
    await page.fill('#q-members-1-birthDate-m', '2');
    await page.click('button.next');
    await page.waitForSelector('#error-summary:not([hidden])');
    expect(await page.getAttribute('#q-members-0-idNumber', 'aria-invalid')).toBe('true');
    expect(await page.getAttribute('#q-members-0-idNumber', 'aria-describedby')).toContain(
      'q-members-0-idNumber-error',
    );
    expect(await page.getAttribute('#q-members-1-birthDate', 'aria-describedby')).toContain(
      'q-members-1-birthDate-error',
    );
    found.push(...(await axe(page, 'errors')));
    await shot(page, `a11y/${lang}-12-errors`);
    await page.fill('#q-members-0-idNumber', id);
    await page.fill('#q-members-1-birthDate-m', '2');
    await page.fill('#q-members-1-birthDate-d', '10');

    await route(page, '#/results');
    // Open every fold so axe sees all of it.
    await page.$$eval('details', (ds) => {
      for (const d of ds) (d as HTMLDetailsElement).open = true;
    });
    found.push(...(await axe(page, 'results')));
    await shot(page, `a11y/${lang}-13-results`);
    expect(found).toEqual([]);
    await context.close();
  });

  it('the API reference page has no serious or critical axe violation', async () => {
    const context = await phoneContext(browser(), { locale: lang });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/api/v1/reference?lang=${lang}`);
    expect(await page.getAttribute('html', 'lang')).toBe(lang);
    await page.$$eval('details', (ds) => {
      for (const d of ds) (d as HTMLDetailsElement).open = true;
    });
    expect(await axe(page, 'reference')).toEqual([]);
    await shot(page, `a11y/${lang}-reference`);
    await context.close();
  });
});
