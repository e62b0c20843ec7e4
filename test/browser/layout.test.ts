/**
 * The page on a 360 px phone, in large-text mode (适老化), and at 200% zoom (a 1280 px window
 * zoomed to 200% is 640 CSS px at device pixel ratio 2): nothing scrolls sideways, text is at
 * least 18 px (24 px in large-text mode), and every control is at least 44 px tall and wide.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { STEPS } from '../../web/src/model.js';
import { PHONE, phoneContext, shot, useBrowser } from './browser.js';
import { everyStep, route, seed } from './fixtures.js';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

const MIN_TARGET = 44;

interface Check {
  overflow: number;
  fontSize: number;
  small: string[];
}

function measure(page: Page): Promise<Check> {
  return page.evaluate((min) => {
    const targets = document.querySelectorAll<HTMLElement>(
      'button, a.button, .option, input[type="text"], select, summary, a.answer-link',
    );
    const small: string[] = [];
    for (const el of targets) {
      if (el.closest('[hidden]') || el.classList.contains('skip-link')) continue;
      if (el.closest('details:not([open])') && el.tagName !== 'SUMMARY') continue;
      const r = el.getBoundingClientRect();
      if (r.height < min || r.width < min) {
        small.push(`${el.tagName}#${el.id}.${el.className} ${Math.round(r.width)}x${Math.round(r.height)}`);
      }
    }
    return {
      overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      fontSize: Number.parseFloat(getComputedStyle(document.body).fontSize),
      small,
    };
  }, MIN_TARGET);
}

const CONFIGS = [
  { name: 'phone', viewport: PHONE, deviceScaleFactor: 1, large: false, minFont: 18, lang: 'zh-CN' },
  { name: 'large-text', viewport: PHONE, deviceScaleFactor: 1, large: true, minFont: 24, lang: 'zh-CN' },
  { name: 'large-text-en', viewport: PHONE, deviceScaleFactor: 1, large: true, minFont: 24, lang: 'en' },
  {
    name: 'zoom-200',
    viewport: { width: 640, height: 400 },
    deviceScaleFactor: 2,
    large: false,
    minFont: 18,
    lang: 'zh-CN',
  },
];

describe.each(CONFIGS)('layout: $name', ({ name, viewport, deviceScaleFactor, large, minFont, lang }) => {
  it('fits every step and the results without sideways scrolling, with large text and targets', async () => {
    const context = await phoneContext(browser(), { viewport, deviceScaleFactor });
    const page = await context.newPage();
    await seed(page, baseUrl, everyStep, '#/', { lang, large });
    await page.waitForSelector('#start');
    const problems: string[] = [];
    const check = async (where: string) => {
      const m = await measure(page);
      if (m.overflow > 0) problems.push(`${where}: scrolls sideways by ${m.overflow}px`);
      if (m.fontSize < minFont) problems.push(`${where}: body text ${m.fontSize}px`);
      for (const s of m.small) problems.push(`${where}: small target ${s}`);
    };
    await check('intro');
    await shot(page, `layout/${name}-00-intro`);
    for (const [i, step] of STEPS.entries()) {
      await route(page, `#/step/${step.id}`);
      await check(step.id);
      await shot(page, `layout/${name}-${String(i + 1).padStart(2, '0')}-${step.id}`);
    }
    await route(page, '#/results');
    await page.$$eval('details', (ds) => {
      for (const d of ds) (d as HTMLDetailsElement).open = true;
    });
    await check('results');
    await shot(page, `layout/${name}-12-results`);
    expect(problems).toEqual([]);
    await context.close();
  });
});
