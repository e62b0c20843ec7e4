/**
 * The HTTP API on Node, called in process with app.request() and an in-memory SQLite store: the
 * shared suite (test/suites/screenings.ts, also run inside workerd) and what only Node has: gzip,
 * parameter overrides written straight into the database, a database that fails.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { createApp } from '../src/api/app.js';
import { seededPrograms } from '../src/core.js';
import { openSqliteStore } from '../src/db/sqlite.js';
import { elderAlone, screeningPoster, screeningSuite } from './suites/screenings.js';

const gzipAsync = promisify(gzip);
const store = openSqliteStore(':memory:');
const app = createApp({ store });
afterAll(() => store.close());
const post = screeningPoster(app);

screeningSuite(app);

describe('screenings on Node', () => {
  it('names the versions of the rules and of the parameter values that produced the result', async () => {
    const res = await (await post({ household: elderAlone, asOf: '2025-06-01' })).json();
    expect(res.version.rules).toMatch(/^[0-9a-f]{16}$/);
    expect(res.version.parameters).toMatch(/^[0-9a-f]{16}$/);
    await store.setParameterOverride({ id: 'dibao.standard.urban', from: '2025-01-01', value: 700, source: 'test' });
    try {
      const changed = await (await post({ household: elderAlone, asOf: '2025-06-01' })).json();
      expect(changed.version.rules).toBe(res.version.rules);
      expect(changed.version.parameters).not.toBe(res.version.parameters);
    } finally {
      await store.deleteParameterOverride('dibao.standard.urban', '2025-01-01');
    }
  });

  it('compresses responses when the client accepts it', async () => {
    const zipped = createApp({ store, gzip: (data) => gzipAsync(data, { level: 4 }) });
    const res = await zipped.request('/api/v1/screenings', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-encoding': 'gzip' },
      body: JSON.stringify({ household: elderAlone, asOf: '2021-06-01' }),
    });
    expect(res.headers.get('content-encoding')).toBe('gzip');
    const text = await new Response(res.body?.pipeThrough(new DecompressionStream('gzip'))).text();
    expect(JSON.parse(text).results.length).toBeGreaterThan(0);
    expect(res.headers.get('vary')).toMatch(/Accept-Encoding/);
    // Refused with q=0, not asked for, or too small to gain: sent as it is, and still says it varies.
    for (const accept of ['gzip;q=0', 'identity', undefined]) {
      const plain = await zipped.request('/api/v1/screenings', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(accept ? { 'accept-encoding': accept } : {}) },
        body: JSON.stringify({ household: elderAlone, asOf: '2021-06-01' }),
      });
      expect(plain.headers.get('content-encoding'), accept).toBeNull();
      expect((await plain.json()).results.length).toBeGreaterThan(0);
      expect(plain.headers.get('vary')).toMatch(/Accept-Encoding/);
    }
    const small = await zipped.request('/api/v1/health', { headers: { 'accept-encoding': 'gzip, br' } });
    expect(small.headers.get('content-encoding')).toBeNull();
    expect((await small.json()).status).toBeDefined();
  });

  it('uses a staff override from the database', async () => {
    await store.setParameterOverride({
      id: 'dibao.standard.urban',
      from: '2025-01-01',
      value: 700,
      source: 'test notice',
    });
    try {
      const res = await post({ household: elderAlone, asOf: '2025-06-01', locale: 'en' });
      const dibao = (await res.json()).results.find((r: { programId: string }) => r.programId === 'dibao');
      expect(dibao.amount.value).toBe(250);
    } finally {
      await store.deleteParameterOverride('dibao.standard.urban', '2025-01-01');
    }
  });

  it('reads the overrides again only after they changed, also when another process wrote them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jz-stamp-'));
    const path = join(dir, 'db.sqlite');
    const served = openSqliteStore(path);
    const other = openSqliteStore(path); // as `npm run params` would, from another connection
    try {
      const reads = vi.spyOn(served, 'listParameterOverrides');
      const local = createApp({ store: served });
      const amount = async () => {
        const res = await local.request('/api/v1/screenings', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ household: elderAlone, asOf: '2025-06-01', locale: 'en' }),
        });
        return (await res.json()).results.find((r: { programId: string }) => r.programId === 'dibao').amount.value;
      };
      const before = await amount();
      await amount();
      await local.request('/api/v1/health');
      expect(reads).toHaveBeenCalledTimes(1);
      await other.setParameterOverride({ id: 'dibao.standard.urban', from: '2025-01-01', value: 700, source: 'n' });
      expect(await amount()).toBe(250);
      expect(reads).toHaveBeenCalledTimes(2);
      await other.deleteParameterOverride('dibao.standard.urban', '2025-01-01');
      expect(await amount()).toBe(before);
    } finally {
      served.close();
      other.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('keeps screening with the last overrides read when the database fails', async () => {
    const failing = openSqliteStore(':memory:');
    const local = createApp({ store: failing });
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      failing.close();
      const res = await local.request('/api/v1/screenings', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ household: elderAlone, asOf: '2025-06-01' }),
      });
      expect(res.status).toBe(200);
      expect((await res.json()).results.length).toBe(seededPrograms.length);
      expect(errors.mock.calls.join()).toContain('parameter overrides unavailable');
      // What is logged is the database's failure, never the household (its ID number).
      expect(errors.mock.calls.join()).not.toContain(elderAlone.members[0].idNumber);
    } finally {
      errors.mockRestore();
    }
  });
});
