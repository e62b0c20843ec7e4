/**
 * Smoke test of the Worker build: `wrangler dev` (workerd with a local D1, migrations applied, the
 * platform's own compatibility flags: the vitest pool of test/workerd adds nodejs_compat_v2) serves
 * the same app: the pages with the same headers as on Node, a screening, the window's staff API
 * (sign-in, a case saved through D1's batch, read back). Stopped by its PID.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/api/app.js';
import { mountWeb, WEB_DIST } from '../src/api/web.js';
import { runAdminCreate } from '../src/cli/admin.js';
import { openSqliteStore } from '../src/db/sqlite.js';
import { buildWeb } from '../web/build.js';
import { STARTUP_MS, startWranglerDev, type WranglerDev, wrangler } from './wrangler-dev.js';

const PASSWORD = 'worker-admin-password';

let dev: WranglerDev | undefined;
let base = '';

beforeAll(async () => {
  // wrangler.toml's [assets] serves web/dist: built unless `npm test` built it already.
  if (!existsSync(join(WEB_DIST, 'index.html'))) await buildWeb({ quiet: true });
  dev = await startWranglerDev([], async (state) => {
    // The first account as the README says: `npm run admin:create -- --d1 <file>`, then the file
    // through `wrangler d1 execute`.
    const sql = join(state, 'admin.sql');
    const io = { env: { ADMIN_PASSWORD: PASSWORD }, stdin: async () => '', out: () => {}, err: () => {} };
    const args = ['--username', 'worker.admin', '--display-name', 'Worker admin', '--d1', sql];
    const made = await runAdminCreate(args, io);
    if (made !== 0) throw new Error(`admin:create --d1 answered ${made}`);
    wrangler(state, ['d1', 'execute', 'DB', '--file', sql]);
  });
  base = dev.base;
}, STARTUP_MS + 30_000);

afterAll(() => dev?.stop());

/** The headers a page or bundle must carry alike on both platforms. */
const SAME_HEADERS = [
  'content-type',
  'cache-control',
  'content-security-policy',
  'x-content-type-options',
  'referrer-policy',
  'content-language',
];

describe('the pages on the Worker (ASSETS binding)', () => {
  it('serves /, /staff and /hotline and their bundles with the headers Node gives them', async () => {
    const store = openSqliteStore(':memory:');
    const node = createApp({ store, web: mountWeb });
    try {
      const page = await (await fetch(`${base}/`)).text();
      const bundles = [...page.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1]);
      expect(bundles.some((b) => b.endsWith('.js'))).toBe(true);
      expect(bundles.some((b) => b.endsWith('.css'))).toBe(true);
      for (const path of ['/', '/staff', '/hotline', ...bundles]) {
        const [worker, local] = [await fetch(`${base}${path}`), await node.request(path)];
        expect(worker.status, path).toBe(200);
        expect(local.status, path).toBe(200);
        for (const h of SAME_HEADERS) expect(worker.headers.get(h), `${path} ${h}`).toBe(local.headers.get(h));
        expect(await worker.text(), path).toBe(await local.text());
      }
      expect((await fetch(`${base}/staff`)).headers.get('content-security-policy')).toContain("script-src 'self'");
      for (const name of ['staff', 'hotline']) {
        const slash = await fetch(`${base}/${name}/`, { redirect: 'manual' });
        expect([slash.status, slash.headers.get('location')]).toEqual([301, `/${name}`]);
      }
      expect((await fetch(`${base}/assets/no-such.js`)).status).toBe(404);
    } finally {
      store.close();
    }
  });
});

describe('the Worker (wrangler dev, local D1)', () => {
  it('reports health with the D1 database', async () => {
    const res = await fetch(`${base}/api/v1/health`);
    expect(await res.json()).toMatchObject({ status: 'ok', database: true });
  });

  it('answers a screening in zh-CN and in en', async () => {
    const household = {
      hukouType: 'urban',
      hukouInJiaozuo: true,
      residesInJiaozuo: true,
      monthlyIncomeTotal: 450,
      members: [{ birthDate: '1950-03-01' }],
    };
    for (const locale of ['zh-CN', 'en']) {
      const res = await fetch(`${base}/api/v1/screenings`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ household, asOf: '2021-06-01', locale }),
      });
      expect(res.status).toBe(200);
      const body = await res.json();
      expect(body.locale).toBe(locale);
      expect(body.results.find((r: { programId: string }) => r.programId === 'elder-health-check').outcome).toBe(
        'eligible',
      );
    }
  });

  it('returns a localized 400 for bad input', async () => {
    const res = await fetch(`${base}/api/v1/screenings?lang=en`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"household":',
    });
    expect(res.status).toBe(400);
    expect((await res.json()).error.code).toBe('malformed_json');
    // Field errors are worded by the app's own i18n: the bundle's zod (no locale files) is enough.
    const field = await fetch(`${base}/api/v1/screenings?lang=en`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ household: { members: [{ birthDate: '1899-12-31', sex: 'x' }] } }),
    });
    expect(field.status).toBe(400);
    const { fields } = (await field.json()).error;
    expect(fields.map((f: { path: string }) => f.path).sort()).toEqual([
      'household.members.0.birthDate',
      'household.members.0.sex',
    ]);
    expect(fields.find((f: { path: string }) => f.path.endsWith('birthDate')).message).toContain('1900-01-01');
  });
});

describe('the window on the Worker (D1)', () => {
  it('signs in, saves a case through one D1 batch, finds it by ID number and reads it back', async () => {
    const signIn = await fetch(`${base}/api/v1/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'cf-connecting-ip': '192.0.2.50' },
      body: JSON.stringify({ username: 'worker.admin', password: PASSWORD }),
    });
    expect(signIn.status).toBe(200);
    const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0];
    const { csrfToken } = await signIn.json();
    const headers = { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' };
    const household = {
      hukouType: 'urban',
      hukouInJiaozuo: true,
      monthlyIncomeTotal: 450,
      members: [{ relation: 'self', idNumber: '11010519491231002X' }],
    };
    const saved = await fetch(`${base}/api/v1/cases?lang=en`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ household, asOf: '2021-06-01', applicant: { name: '张三', phone: '13812345678' } }),
    });
    expect(saved.status).toBe(201);
    const { case: c } = await saved.json();
    expect(c.number).toMatch(/^JZ-\d{4}-000001$/);
    const found = await (await fetch(`${base}/api/v1/cases?idNumber=11010519491231002X`, { headers })).json();
    expect(found.cases.map((x: { id: string }) => x.id)).toEqual([c.id]);
    expect(found.cases[0].applicant.name).toBe('张*');
    const read = await fetch(`${base}/api/v1/cases/${c.id}`, { headers });
    expect(read.status).toBe(200);
    expect(read.headers.get('cache-control')).toBe('no-store');
    const rescreen = await fetch(`${base}/api/v1/cases/${c.id}/rescreen`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ asOf: '2022-06-01' }),
    });
    const { changes } = await rescreen.json();
    expect(changes.find((x: { programId: string }) => x.programId === 'dibao').after.amount).toBe(180);
  });
});
