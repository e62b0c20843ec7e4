/** The window's tests on Node: the app on a fresh better-sqlite3 database, with an injected clock. */
import { createApp } from '../src/api/app.js';
import { createAccount } from '../src/auth/accounts.js';
import { openSqliteStore, type SqliteStore } from '../src/db/sqlite.js';
import { type TestApp, testApp } from './harness.js';

export { elder, ID_NUMBER, NAME, PASSWORD, PHONE, type Session, saveCase } from './harness.js';

export interface WindowTestApp extends TestApp {
  app: ReturnType<typeof createApp>;
  store: SqliteStore;
  /** Moves the injected clock. */
  advance(ms: number): void;
}

/** An app on a fresh database (in memory unless `path`); the client address from X-Test-Address. */
export function windowApp(options: { path?: string } = {}): WindowTestApp {
  const store = openSqliteStore(options.path ?? ':memory:');
  let now = Date.now();
  const app = createApp({
    store,
    now: () => now,
    idHashKey: 'test-id-hash-key',
    clientAddress: (c) => c.req.header('x-test-address') ?? '192.0.2.1',
  });
  const t = testApp({
    request: async (path, init) => app.request(path, init),
    createAccount: (input) => createAccount(store, input, { now: () => now }),
    rows: async <T>(sql: string, ...params: unknown[]) => store.sqlite.prepare(sql).all(...params) as T[],
    exec: async (sql) => {
      store.sqlite.prepare(sql).run();
    },
  });
  return Object.assign(t, {
    app,
    store,
    advance(ms: number) {
      now += ms;
    },
  });
}
