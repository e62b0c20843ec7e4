/**
 * Debian's chromium via playwright-core (never a browser download). playwright's launch() gives
 * every run a fresh temporary --user-data-dir and removes it on close.
 */
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, type BrowserContext, type BrowserContextOptions, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const ARTIFACTS = join(ROOT, 'test', 'artifacts');
export const AXE = join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export const PHONE = { width: 360, height: 740 };

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** One chromium for a test file: launched before its tests, closed after them. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('chromium is not running');
    return browser;
  };
}

/** A phone-sized context; CSP is bypassed only so that axe-core can be injected. */
export async function phoneContext(browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  const context = await browser.newContext({
    viewport: PHONE,
    deviceScaleFactor: 1,
    isMobile: false,
    hasTouch: false,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    bypassCSP: true,
    ...options,
  });
  context.setDefaultTimeout(10_000);
  return context;
}

export async function shot(page: Page, name: string, fullPage = true) {
  const path = join(ARTIFACTS, `${name}.png`);
  mkdirSync(dirname(path), { recursive: true });
  // A long page on a busy 2-core machine can take more than the default 10 s to capture.
  await page.screenshot({ path, fullPage, timeout: 60_000 });
  return path;
}

/** An axe-core violation: its rule, impact and help, and the first few nodes it was found on. */
export interface Violation {
  id: string;
  impact: string;
  help: string;
  nodes: string[];
}

/**
 * The serious and critical axe-core violations of the page as it is, each rule's id prefixed with
 * `where` (axe is injected once per page; AXE_DEBUG=1 prints every violation).
 */
export async function seriousViolations(page: Page, where: string): Promise<Violation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  const violations = (await page.evaluate(async () => {
    // biome-ignore lint/suspicious/noExplicitAny: axe is injected at run time
    const result = await (window as any).axe.run(document, { resultTypes: ['violations'] });
    // biome-ignore lint/suspicious/noExplicitAny: axe's result shape
    return result.violations.map((v: any) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      // biome-ignore lint/suspicious/noExplicitAny: axe's node shape
      nodes: v.nodes.slice(0, 3).map((n: any) => n.target.join(' ')),
    }));
  })) as Violation[];
  if (process.env.AXE_DEBUG) console.log(where, JSON.stringify(violations));
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ ...v, id: `${where}: ${v.id}` }));
}

/** A violation in one line: where, the rule and the nodes. */
export const violationLine = (v: Violation) => `${v.id} ${v.nodes.join(' | ')}`;

const ERRORS = new WeakMap<Page, string[]>();

/** Starts recording the page's uncaught errors (read with `pageErrors`). */
export function trackErrors(page: Page): void {
  const errors: string[] = [];
  ERRORS.set(page, errors);
  page.on('pageerror', (e) => errors.push(e.message));
}

/** The page's uncaught errors since `trackErrors`. */
export function pageErrors(page: Page): string[] {
  const errors = ERRORS.get(page);
  if (!errors) throw new Error('trackErrors was not called for this page');
  return errors;
}
