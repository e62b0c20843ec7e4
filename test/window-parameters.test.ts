/**
 * The parameters suite (test/suites/parameters.ts) on Node, and what only Node has: values written
 * into the database before the window existed, and `npm run params -- set`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runParams } from '../src/cli/params.js';
import { BAD, ID, parametersSuite } from './suites/parameters.js';
import { type Session, windowApp } from './window-helpers.js';

const t = windowApp();
afterAll(() => t.store.close());
let staff: Session;
beforeAll(async () => {
  staff = await t.session('staff');
});

parametersSuite(t);

describe('values written before the window', () => {
  it('are read with their note as the source', async () => {
    t.store.sqlite
      .prepare(
        'INSERT INTO parameter_overrides (parameter_id, from_date, value, note, created_at) VALUES (?, ?, ?, ?, ?)',
      )
      .run(ID, '2023-01-01', '640', 'old note', '2025-01-01T00:00:00.000Z');
    t.store.overridesWritten();
    try {
      const { parameters } = await (await t.call(staff, 'GET', '/api/v1/parameters')).json();
      const v = parameters
        .find((x: { id: string }) => x.id === ID)
        .values.find((x: { from: string }) => x.from === '2023-01-01');
      expect(v).toMatchObject({ value: 640, source: 'old note', origin: 'staff' });
      expect(v.by).toBeUndefined();
    } finally {
      t.store.sqlite.prepare('DELETE FROM parameter_overrides').run();
      t.store.overridesWritten();
    }
  });
});

describe('npm run params -- set', () => {
  it('refuses the same five inputs with field messages, and takes a good one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jz-params-'));
    const out: string[] = [];
    const io = {
      env: { DATABASE_PATH: join(dir, 'db.sqlite'), LANG: 'en_US.UTF-8' },
      out: (l: string) => out.push(l),
      err: (l: string) => out.push(l),
    };
    try {
      for (const [field, body] of BAD) {
        out.length = 0;
        expect(await runParams(['set', ID, body.from, body.value, body.source], io), JSON.stringify(body)).toBe(2);
        expect(out.join('\n')).toMatch(new RegExp(`^${field}: `));
      }
      out.length = 0;
      expect(await runParams(['set', ID, '2025-01-01', '650', 'notice', '2025'], io)).toBe(0);
      expect(out).toEqual([`set ${ID} = 650 from 2025-01-01`]);
      const t2 = windowApp({ path: io.env.DATABASE_PATH });
      try {
        const s = await t2.session('staff');
        const { parameters } = await (await t2.call(s, 'GET', '/api/v1/parameters')).json();
        const p = parameters.find((x: { id: string }) => x.id === ID);
        expect(p.values.find((v: { from: string }) => v.from === '2025-01-01')).toMatchObject({
          value: 650,
          source: 'notice 2025',
          origin: 'staff',
        });
        expect(
          t2.store.sqlite.prepare("SELECT count(*) FROM audit_log WHERE action = 'parameter.add'").pluck().get(),
        ).toBe(1);
      } finally {
        t2.store.close();
      }
      expect(await runParams(['unset', ID, '2025-01-01'], io)).toBe(0);
      expect(await runParams(['unset', ID, '2025-01-01'], io)).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
