/**
 * Inside workerd, on D1: a screening costs no D1 round trip. Each isolate keeps the core (rules
 * compiled, parameter values layered) and re-checks the overrides' stamp at most every
 * D1_RECHECK_MS; a value set through another isolate is seen after that, one set through this
 * isolate at once. The clock is faked (vi.setSystemTime), so nothing here depends on timing.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createAccount } from '../../src/auth/accounts.js';
import { WORKERS_ITERATIONS } from '../../src/auth/password.js';
import { type D1Like, d1Store } from '../../src/db/d1.js';
import { D1_RECHECK_MS, workerApp } from '../../src/worker-app.js';
import { elder, PASSWORD } from '../harness.js';
import { bindings } from './harness.js';

/** D1 with every statement it is asked to prepare or batch counted. */
function countingD1(db: D1Like) {
  const calls: string[] = [];
  const d1: D1Like = {
    prepare(sql) {
      calls.push(sql);
      return db.prepare(sql);
    },
    batch(statements) {
      calls.push(`batch of ${statements.length}`);
      return db.batch(statements);
    },
  };
  return { d1, calls };
}

const START = new Date('2026-03-01T08:00:00Z');
const { d1, calls } = countingD1(bindings.DB);
/** This isolate's app, and another isolate's (its own cache) on the same database. */
const here = workerApp({ ...bindings, DB: d1 });
const there = workerApp(bindings);

async function dibaoAmount(asOf = '2021-06-01'): Promise<number> {
  const res = await here.request('/api/v1/screenings', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ household: elder, asOf }),
  });
  expect(res.status).toBe(200);
  const body = (await res.json()) as { results: { programId: string; amount?: { value: number } }[] };
  return body.results.find((r) => r.programId === 'dibao')?.amount?.value ?? Number.NaN;
}

beforeAll(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(START);
});
afterAll(() => {
  vi.useRealTimers();
});

describe('the per-isolate cache of rules and parameter values', () => {
  it('reads the overrides once, then screens with no D1 call until the recheck time', async () => {
    expect(await dibaoAmount()).toBe(150);
    expect(calls.length).toBeGreaterThan(0); // the stamp, then the overrides
    calls.length = 0;
    for (const members of [1, 4, 20]) {
      const household = { ...elder, members: Array.from({ length: members }, () => ({ birthDate: '1950-03-01' })) };
      const res = await here.request('/api/v1/screenings', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ household, asOf: '2021-06-01' }),
      });
      expect(res.status).toBe(200);
    }
    expect((await here.request('/api/v1/programs/dibao')).status).toBe(200);
    expect(await dibaoAmount()).toBe(150);
    expect(calls).toEqual([]);
  });

  it('checks only the stamp after the recheck time, and reads the values again only when it moved', async () => {
    vi.setSystemTime(START.getTime() + D1_RECHECK_MS);
    calls.length = 0;
    expect(await dibaoAmount()).toBe(150);
    expect(calls).toHaveLength(1); // the stamp, unchanged

    // Another isolate sets a value: this one sees it at its next check, not before.
    const admin = await createAccount(
      d1Store(bindings.DB),
      { username: 'cache.admin', displayName: 'admin', role: 'admin', password: PASSWORD },
      { iterations: WORKERS_ITERATIONS },
    );
    const signIn = await there.request('/api/v1/auth/sign-in', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: admin.username, password: PASSWORD }),
    });
    const { csrfToken } = (await signIn.json()) as { csrfToken: string };
    const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0];
    const set = await there.request('/api/v1/parameters/dibao.standard.urban/values', {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
      body: JSON.stringify({ from: '2021-01-01', value: '700', source: '焦作市民政局通知' }),
    });
    expect(set.status).toBe(201);
    calls.length = 0;
    expect(await dibaoAmount()).toBe(150);
    expect(calls).toEqual([]);

    vi.setSystemTime(START.getTime() + 2 * D1_RECHECK_MS);
    expect(await dibaoAmount()).toBe(250);
    expect(calls).toHaveLength(2); // the stamp, then the overrides
    calls.length = 0;
    expect(await dibaoAmount()).toBe(250);
    expect(calls).toEqual([]);
  });
});
