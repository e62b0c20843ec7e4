/**
 * Every staff and admin route, walked from app.routes: 401 without a session, 403 for a signed-in
 * account of a role it does not allow, 403 `csrf` for a state-changing request without the CSRF
 * header; private headers on case data; the reference page's CSP.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/api/app.js';
import { CSP } from '../src/api/headers.js';
import { mountWeb } from '../src/api/web.js';
import type { Role } from '../src/db/schema.js';
import { elder, NAME, PHONE, type Session, saveCase, windowApp } from './window-helpers.js';

const t = windowApp();
afterAll(() => t.store.close());

const ALL: Role[] = ['staff', 'hotline', 'admin'];
/** The contract's roles per route; undefined: any signed-in account. */
const ROLES: Record<string, Role[] | undefined> = {
  'POST /api/v1/auth/sign-out': undefined,
  'GET /api/v1/auth/me': undefined,
  'GET /api/v1/cases': ALL,
  'POST /api/v1/cases': ALL,
  'GET /api/v1/cases/export.csv': ['staff', 'admin'],
  'GET /api/v1/cases/:id': ALL,
  'POST /api/v1/cases/:id/rescreen': ['staff', 'admin'],
  'GET /api/v1/audit': ['admin'],
  'GET /api/v1/accounts': ['admin'],
  'POST /api/v1/accounts': ['admin'],
  'PATCH /api/v1/accounts/:id': ['admin'],
  'POST /api/v1/accounts/:id/password': ['admin'],
  'GET /api/v1/parameters': undefined,
  'POST /api/v1/parameters/:id/impact': ['admin'],
  'POST /api/v1/parameters/:id/values': ['admin'],
  'DELETE /api/v1/parameters/:id/values/:from': ['admin'],
};
const STAFF_PATH = /^\/api\/v1\/(auth|cases|accounts|audit|parameters)(\/|$)/;
const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

const sessions = {} as Record<Role, Session>;
let caseId = '';

beforeAll(async () => {
  for (const role of ALL) sessions[role] = await t.session(role);
  caseId = (
    await saveCase(t, sessions.staff, { household: elder, asOf: '2021-06-01', applicant: { name: NAME, phone: PHONE } })
  ).id;
});

function staffRoutes() {
  const seen = new Map<string, { method: string; path: string }>();
  for (const r of t.app.routes) {
    if (r.method === 'ALL' || !STAFF_PATH.test(r.path) || r.path === '/api/v1/auth/sign-in') continue;
    seen.set(`${r.method} ${r.path}`, r);
  }
  return [...seen.values()];
}

const concrete = (path: string) => path.replace(':id', 'dibao.standard.urban').replace(':from', '2025-01-01');

describe('the staff routes', () => {
  it('are exactly the contract routes', () => {
    expect(
      staffRoutes()
        .map((r) => `${r.method} ${r.path}`)
        .sort(),
    ).toEqual(Object.keys(ROLES).sort());
  });

  it('answer 401 without a session, in the request language', async () => {
    for (const r of staffRoutes()) {
      const res = await t.call(undefined, r.method, `${concrete(r.path)}?lang=en`, SAFE.has(r.method) ? undefined : {});
      expect(res.status, `${r.method} ${r.path}`).toBe(401);
      expect(await res.json()).toEqual({ error: { code: 'unauthenticated', message: 'Please sign in' } });
    }
  });

  it('answer 401 to a forged or unknown session cookie', async () => {
    const forged = { ...sessions.admin, cookie: 'jz_session=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' };
    expect((await t.call(forged, 'GET', '/api/v1/auth/me')).status).toBe(401);
  });

  it('answer 403 to a signed-in account of a role they do not allow', async () => {
    let checked = 0;
    for (const r of staffRoutes()) {
      const allowed = ROLES[`${r.method} ${r.path}`] ?? ALL;
      for (const role of ALL.filter((x) => !allowed.includes(x))) {
        const res = await t.call(sessions[role], r.method, concrete(r.path), SAFE.has(r.method) ? undefined : {});
        expect(res.status, `${role} ${r.method} ${r.path}`).toBe(403);
        expect((await res.json()).error.code).toBe('forbidden');
        checked += 1;
      }
    }
    // Hotline: export and re-screen; staff and hotline: the eight admin routes.
    expect(checked).toBe(18);
  });

  it('answer 403 csrf to a state-changing request without the CSRF header, or with another session’s', async () => {
    for (const r of staffRoutes().filter((x) => !SAFE.has(x.method))) {
      const role = (ROLES[`${r.method} ${r.path}`] ?? ALL)[0];
      const s = sessions[role];
      const without = await t.app.request(concrete(r.path), {
        method: r.method,
        headers: { cookie: s.cookie, 'content-type': 'application/json' },
        body: '{}',
      });
      expect(without.status, `${r.method} ${r.path}`).toBe(403);
      expect((await without.json()).error.code).toBe('csrf');
      const other = await t.call({ ...s, csrf: sessions.hotline.csrf }, r.method, concrete(r.path), {});
      expect(other.status, `${r.method} ${r.path} with another token`).toBe(403);
    }
  });

  it('refuse a cross-site sign-in', async () => {
    const admin = sessions.admin.user.username;
    const res = await t.signIn(admin, undefined, { origin: 'https://evil.example' });
    expect(res.status).toBe(403);
    expect(res.headers.get('set-cookie')).toBeNull();
    expect((await t.signIn(admin, undefined, { origin: 'http://localhost' })).status).toBe(200);
  });
});

describe('the published document', () => {
  it('lists every staff route and the reference page shows them, with their errors', async () => {
    const doc = await (await t.app.request('/api/v1/openapi.json')).json();
    const html = await (await t.app.request('/api/v1/reference?lang=en')).text();
    for (const r of [...staffRoutes(), { method: 'POST', path: '/api/v1/auth/sign-in' }]) {
      const path = r.path.replace(/:([a-z]+)/g, '{$1}');
      const op = doc.paths[path]?.[r.method.toLowerCase()];
      expect(op, `${r.method} ${path}`).toBeDefined();
      expect(op.operationId).toBeTruthy();
      expect(html).toContain(`<code>${path}</code>`);
      if (r.path !== '/api/v1/auth/sign-in') expect(Object.keys(op.responses)).toContain('401');
    }
    expect(doc.components.schemas.CaseDetail.properties.applicantFull).toBeDefined();
    const zh = await (await t.app.request('/api/v1/reference')).text();
    expect(zh).toContain('评估一个家庭并保存为案件');
  });
});

describe('headers', () => {
  it('case data is never cached nor sniffed', async () => {
    const s = sessions.admin;
    for (const [method, path, body] of [
      ['GET', '/api/v1/cases'],
      ['GET', `/api/v1/cases/${caseId}`],
      ['POST', `/api/v1/cases/${caseId}/rescreen`, { asOf: '2022-06-01' }],
      ['GET', '/api/v1/cases/export.csv'],
      ['POST', '/api/v1/cases', { household: elder, asOf: '2021-06-01' }],
      ['GET', '/api/v1/auth/me'],
      ['GET', '/api/v1/audit'],
      ['GET', '/api/v1/cases/no-such-case'],
    ] as const) {
      const res = await t.call(s, method, path, body);
      expect(res.status, `${method} ${path}`).toBeLessThan(500);
      expect(res.headers.get('cache-control'), `${method} ${path}`).toBe('no-store');
      expect(res.headers.get('x-content-type-options'), `${method} ${path}`).toBe('nosniff');
    }
    const denied = await t.call(undefined, 'GET', '/api/v1/cases');
    expect(denied.headers.get('cache-control')).toBe('no-store');
  });

  it('the API reference carries the page CSP', async () => {
    const res = await t.app.request('/api/v1/reference');
    expect(res.headers.get('content-security-policy')).toBe(CSP);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const html = await res.text();
    expect(html).not.toMatch(/<script|<style|style=/);
    const css = await t.app.request('/api/v1/reference.css');
    expect(css.headers.get('content-type')).toMatch(/^text\/css/);
    expect(await css.text()).toContain('font');
  });

  it('the pages carry the CSP; the hashed bundles are cached for good; a missing one is a 404', async () => {
    const root = mkdtempSync(join(tmpdir(), 'jz-pages-'));
    try {
      mkdirSync(join(root, 'assets'));
      for (const file of ['index.html', 'staff.html']) writeFileSync(join(root, file), `<!doctype html><p>${file}`);
      writeFileSync(join(root, 'assets/app-0123.js'), 'void 0');
      const app = createApp({ store: t.store, web: (a) => mountWeb(a, root) });
      for (const path of ['/', '/staff']) {
        const res = await app.request(path);
        expect(await res.text(), path).toContain(path === '/' ? 'index.html' : 'staff.html');
        expect(res.headers.get('content-security-policy'), path).toBe(CSP);
        expect(res.headers.get('cache-control'), path).toBe('no-cache');
        expect(res.headers.get('referrer-policy'), path).toBe('no-referrer');
      }
      const bundle = await app.request('/assets/app-0123.js');
      expect(bundle.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(bundle.headers.get('x-content-type-options')).toBe('nosniff');
      expect((await app.request('/assets/no-such.js')).status).toBe(404);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
