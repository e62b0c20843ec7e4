/**
 * The suites' platform inside workerd: requests go to the Worker itself (SELF: src/worker.ts as
 * wrangler.toml builds it, on the D1 binding with the migrations applied by setup.ts); accounts
 * are made on the same D1 as admin:create makes them on SQLite, hashed as the Worker hashes.
 */
import { env, SELF } from 'cloudflare:test';
import { createAccount } from '../../src/auth/accounts.js';
import { WORKERS_ITERATIONS } from '../../src/auth/password.js';
import type { D1Like } from '../../src/db/d1.js';
import { d1Store } from '../../src/db/d1.js';
import type { WorkerBindings } from '../../src/worker-app.js';
import { type TestApp, testApp } from '../harness.js';

/** The pool's env: wrangler.toml's bindings and the config's (test/workerd/vitest.config.ts). */
export const bindings = env as WorkerBindings & { DB: D1Like; ID_HASH_KEY: string };

/** The suites' requests are made on this origin, as app.request() makes them on Node. */
const ORIGIN = 'http://localhost';

export function workerdApp(): TestApp {
  const store = d1Store(bindings.DB);
  return testApp({
    request: (path, init) => SELF.fetch(new URL(path, ORIGIN), init),
    createAccount: (input) => createAccount(store, input, { iterations: WORKERS_ITERATIONS }),
    rows: async <T>(sql: string, ...params: unknown[]) =>
      (
        await bindings.DB.prepare(sql)
          .bind(...params)
          .all<T>()
      ).results,
    exec: async (sql) => {
      await bindings.DB.prepare(sql).run();
    },
  });
}
