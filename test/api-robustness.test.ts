/**
 * "Bad input gets a 4xx, never a 500": seeded random corruptions of a valid request (wrong types,
 * nulls, huge or negative numbers, unknown keys, odd strings, broken JSON) must all be answered
 * with 200 or a 4xx carrying the error shape.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/api/app.js';
import { openSqliteStore } from '../src/db/sqlite.js';
import { rng } from './random.js';

const CASES = 300;
const store = openSqliteStore(':memory:');
const app = createApp({ store });
afterAll(() => store.close());

const valid = {
  household: {
    hukouType: 'rural',
    hukouInJiaozuo: true,
    monthlyIncomeTotal: 900,
    holdsDibao: false,
    houseSafety: 'C',
    members: [
      { relation: 'self', idNumber: '410802198001010016', isVeteran: true, dischargeDate: '2020-01-01' },
      { relation: 'child', birthDate: '2015-06-01', schoolStage: 'primary', boarding: true },
    ],
  },
  asOf: '2025-06-01',
  locale: 'zh-CN',
};

const ODD_VALUES: unknown[] = [
  null,
  -1,
  1e308,
  Number.MAX_SAFE_INTEGER,
  0.5,
  '',
  'x'.repeat(300),
  '2025-02-30',
  '9999-12-31',
  '０',
  true,
  [],
  {},
  [1, 2],
  { nested: { deeper: [null] } },
  '<script>alert(1)</script>',
  '__proto__',
];

/** Replaces one random value somewhere in the document, or adds an unknown key. */
function corrupt(doc: unknown, r: () => number): unknown {
  const copy = structuredClone(doc) as Record<string, unknown>;
  const paths: (string | number)[][] = [];
  const walk = (node: unknown, path: (string | number)[]) => {
    paths.push(path);
    if (Array.isArray(node)) {
      for (const [i, v] of node.entries()) walk(v, [...path, i]);
    } else if (node && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) walk(v, [...path, k]);
    }
  };
  walk(copy, []);
  const path = paths[1 + Math.floor(r() * (paths.length - 1))];
  let parent: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1];
  if (r() < 0.15 && typeof parent === 'object' && !Array.isArray(parent)) parent[`extra${Math.floor(r() * 9)}`] = 1;
  else parent[last] = ODD_VALUES[Math.floor(r() * ODD_VALUES.length)];
  return copy;
}

describe('robustness of POST /api/v1/screenings', () => {
  it(`answers ${CASES} corrupted requests with 200 or a 4xx, never a 500`, async () => {
    const statuses = new Map<number, number>();
    for (let seed = 1; seed <= CASES; seed++) {
      const r = rng(seed);
      let body = JSON.stringify(corrupt(valid, r));
      if (r() < 0.1) body = body.slice(0, Math.floor(r() * body.length));
      const res = await app.request('/api/v1/screenings', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      expect(res.status === 200 || (res.status >= 400 && res.status < 500), `seed ${seed}: ${res.status}`).toBe(true);
      const json = await res.json();
      if (res.status !== 200) expect(json.error.message, `seed ${seed}`).toBeTruthy();
    }
    // Both kinds of answer occurred: the corruptions are not all rejected, nor all accepted.
    expect(statuses.get(200)).toBeGreaterThan(0);
    expect(statuses.get(400)).toBeGreaterThan(0);
  });
});
