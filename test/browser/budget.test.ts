/**
 * The first load of the questionnaire stays light: the JS and CSS that index.html loads weigh at
 * most 100 KB gzipped (measured on the built files), and the Node server sends them compressed,
 * cacheable, and the page with a strict content security policy.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { BUDGET_BYTES, DIST } from '../../web/build.js';

const baseUrl = inject('baseUrl');

function assetsOf(html: string): string[] {
  return [...html.matchAll(/(?:src|href)="\/assets\/([^"]+)"/g)].map((m) => m[1]);
}

describe('first-load budget', () => {
  it('loads at most 100 KB of JS+CSS gzipped', () => {
    const html = readFileSync(join(DIST, 'index.html'), 'utf8');
    const assets = assetsOf(html);
    expect(assets.some((a) => a.endsWith('.js'))).toBe(true);
    expect(assets.some((a) => a.endsWith('.css'))).toBe(true);
    const sizes = assets.map((a) => gzipSync(readFileSync(join(DIST, 'assets', a)), { level: 9 }).length);
    const total = sizes.reduce((x, y) => x + y, 0);
    console.log(`first load JS+CSS gzipped: ${(total / 1024).toFixed(1)} KB of ${BUDGET_BYTES / 1024} KB`);
    expect(total).toBeLessThanOrEqual(BUDGET_BYTES);
  });

  it('is served by the Node app: page, compressed immutable assets, and the API alongside', async () => {
    const page = await fetch(`${baseUrl}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await page.text();
    expect(html).toContain('<html lang="zh-CN">');
    for (const asset of assetsOf(html)) {
      const res = await fetch(`${baseUrl}/assets/${asset}`, { headers: { 'accept-encoding': 'gzip' } });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-encoding')).toBe('gzip');
      expect(res.headers.get('cache-control')).toContain('immutable');
      expect((await res.text()).length).toBeGreaterThan(1000);
    }
    expect((await fetch(`${baseUrl}/assets/nothing.js`)).status).toBe(404);
    expect((await fetch(`${baseUrl}/api/v1/health`)).status).toBe(200);
  });

  it.each([
    ['staff', '工作人员登录'],
    ['hotline', '来电问答'],
  ])(
    'keeps the %s page apart: its own bundles, none of them in the resident first load, same CSP',
    async (name, text) => {
      const resident = assetsOf(readFileSync(join(DIST, 'index.html'), 'utf8'));
      const own = assetsOf(readFileSync(join(DIST, `${name}.html`), 'utf8'));
      expect(own.length).toBe(2);
      for (const asset of own) expect(resident).not.toContain(asset);
      // The page's code and strings are not in the resident bundle.
      const residentJs = resident
        .filter((a) => a.endsWith('.js'))
        .map((a) => readFileSync(join(DIST, 'assets', a), 'utf8'));
      for (const js of residentJs) {
        expect(js).not.toContain('/api/v1/auth/');
        expect(js).not.toContain(text);
      }
      const res = await fetch(`${baseUrl}/${name}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
      expect(res.headers.get('content-security-policy')).not.toContain('unsafe-inline');
      const html = await res.text();
      expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
      expect(html).not.toContain('style=');
      for (const asset of own) expect((await fetch(`${baseUrl}/assets/${asset}`)).status).toBe(200);
      const slash = await fetch(`${baseUrl}/${name}/`, { redirect: 'manual' });
      expect(slash.status).toBe(301);
      expect(slash.headers.get('location')).toBe(`/${name}`);
    },
  );
});
