/**
 * The database fails under a running app: residents keep screening, the page and the programs are
 * served, health answers 503 in the user's language, staff routes answer 503 `unavailable`, never
 * an empty 500. And nothing the window handles (ID number, name, phone) reaches a log.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { createApp } from '../src/api/app.js';
import { mountWeb } from '../src/api/web.js';
import { seededPrograms } from '../src/core.js';
import { elder, ID_NUMBER, NAME, PHONE, saveCase, windowApp } from './window-helpers.js';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('when the database fails', () => {
  it('screening, the page and the programs go on; health and the staff routes answer 503, localized', async () => {
    const root = mkdtempSync(join(tmpdir(), 'jz-page-'));
    dirs.push(root);
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>page</title>');
    const t = windowApp();
    const app = createApp({ store: t.store, web: (a) => mountWeb(a, root) });
    const staff = await t.session('admin');
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      t.store.close();
      const screening = await app.request('/api/v1/screenings', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ household: elder, asOf: '2021-06-01' }),
      });
      expect(screening.status).toBe(200);
      expect((await screening.json()).results).toHaveLength(
        seededPrograms.filter((p) => p.effective.from <= '2021-06-01').length,
      );
      expect((await app.request('/')).status).toBe(200);
      expect((await app.request('/api/v1/programs')).status).toBe(200);
      expect((await app.request('/api/v1/programs/dibao')).status).toBe(200);

      const health = await app.request('/api/v1/health?lang=en');
      expect(health.status).toBe(503);
      expect(await health.json()).toMatchObject({
        status: 'degraded',
        database: false,
        message: expect.stringContaining('does not answer'),
      });
      const zh = await (await app.request('/api/v1/health')).json();
      expect(zh.message).toContain('数据库');

      const calls: [string, string, unknown?][] = [
        ['GET', '/api/v1/cases'],
        ['GET', '/api/v1/auth/me'],
        ['POST', '/api/v1/cases', { household: elder }],
        ['GET', '/api/v1/parameters'],
        ['POST', '/api/v1/auth/sign-in', { username: 'admin1', password: 'whatever-password' }],
      ];
      for (const [method, path, body] of calls) {
        for (const [lang, text] of [
          ['en', 'not available'],
          ['zh-CN', '暂时不可用'],
        ]) {
          const res = await app.request(`${path}?lang=${lang}`, {
            method,
            headers: { cookie: staff.cookie, 'x-csrf-token': staff.csrf, 'content-type': 'application/json' },
            ...(body ? { body: JSON.stringify(body) } : {}),
          });
          expect(res.status, `${method} ${path}`).toBe(503);
          const json = await res.json();
          expect(json.error.code).toBe('unavailable');
          expect(json.error.message).toContain(text);
        }
      }
    } finally {
      errors.mockRestore();
    }
  });
});

describe('logs', () => {
  it('never show an ID number, a name or a phone number, whatever the window does or fails at', async () => {
    const output: string[] = [];
    const record = (...args: unknown[]) => {
      output.push(args.map((a) => (a instanceof Error ? `${a.message}\n${a.stack}` : String(a))).join(' '));
    };
    const spies = (['log', 'info', 'warn', 'error', 'debug', 'trace'] as const).map((m) =>
      vi.spyOn(console, m).mockImplementation(record),
    );
    const writes = [process.stdout, process.stderr].map((stream) =>
      vi.spyOn(stream, 'write').mockImplementation((chunk: unknown) => {
        record(chunk);
        return true;
      }),
    );
    const dir = mkdtempSync(join(tmpdir(), 'jz-logs-'));
    dirs.push(dir);
    const t = windowApp({ path: join(dir, 'db.sqlite') });
    try {
      const admin = await t.session('admin');
      const body = { household: elder, asOf: '2021-06-01', applicant: { name: NAME, phone: PHONE } };
      const saved = await saveCase(t, admin, body);
      expect((await t.call(admin, 'GET', `/api/v1/cases?idNumber=${ID_NUMBER}`)).status).toBe(200);
      expect((await t.call(admin, 'GET', `/api/v1/cases/${saved.id}`)).status).toBe(200);
      expect((await t.call(admin, 'GET', `/api/v1/cases/export.csv?unmasked=1`)).status).toBe(200);
      expect((await t.call(admin, 'POST', `/api/v1/cases/${saved.id}/rescreen`, { asOf: '2022-06-01' })).status).toBe(
        200,
      );
      // Errors: broken JSON holding the data, a validation error, then the database gone.
      const broken = await t.app.request('/api/v1/cases', {
        method: 'POST',
        headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrf, 'content-type': 'application/json' },
        body: `{"household":{"members":[{"idNumber":"${ID_NUMBER}"}]},"applicant":{"name":"${NAME}","phone":"${PHONE}"`,
      });
      expect(broken.status).toBe(400);
      const invalid = await t.call(admin, 'POST', '/api/v1/cases', {
        ...body,
        applicant: { name: NAME, phone: `${PHONE}0` },
      });
      expect(invalid.status).toBe(400);
      t.store.close();
      expect((await t.call(admin, 'POST', '/api/v1/cases', body)).status).toBe(503);
      expect((await t.call(admin, 'GET', `/api/v1/cases?idNumber=${ID_NUMBER}`)).status).toBe(503);
      const screening = await t.app.request('/api/v1/screenings', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ household: elder }),
      });
      expect(screening.status).toBe(200);
    } finally {
      for (const s of [...spies, ...writes]) s.mockRestore();
    }
    // Something was logged (the database failure), and none of it is personal.
    expect(output.join('\n')).toContain('database');
    for (const secret of [ID_NUMBER, ID_NUMBER.slice(0, 17), NAME, PHONE]) {
      expect(output.join('\n')).not.toContain(secret);
    }
  });
});
