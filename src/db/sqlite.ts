/**
 * better-sqlite3 behind Kysely (Node only). Migrations run at open, in order, once. WAL with
 * `synchronous = FULL`: a write acknowledged to a client is on disk (NORMAL may lose the last
 * transactions on power loss, which "acknowledged means durable" does not allow).
 */
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { type CompiledQuery, Kysely, SqliteDialect } from 'kysely';
import type { Database as Schema } from './schema.js';
import { DatabaseError, guardedDialect, kyselyStore, type Store } from './store.js';

const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));
/** How long a write waits for another connection's lock (the `params` command) before failing. */
const BUSY_TIMEOUT_MS = 5_000;

export function migrate(db: Database.Database): string[] {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)');
  const done = new Set(db.prepare('SELECT name FROM schema_migrations').pluck().all() as string[]);
  const applied: string[] = [];
  for (const file of readdirSync(MIGRATIONS_DIR)
    .filter((f) => f.endsWith('.sql'))
    .sort()) {
    if (done.has(file)) continue;
    const sql = readFileSync(MIGRATIONS_DIR + file, 'utf8');
    db.transaction(() => {
      db.exec(sql);
      db.prepare('INSERT INTO schema_migrations (name, applied_at) VALUES (?, ?)').run(file, new Date().toISOString());
    })();
    applied.push(file);
  }
  return applied;
}

export interface SqliteStore extends Store {
  /** The better-sqlite3 connection (tests and the durability check run PRAGMAs on it). */
  sqlite: Database.Database;
  close(): void;
}

/**
 * Opens (and migrates) the database at `path`: everything createApp needs, in one object
 * (`createApp({ store: openSqliteStore(path) })`), and the Kysely instance for the repositories
 * (`store.db`, e.g. `createAccount(store, …)`).
 */
export function openSqliteStore(path: string): SqliteStore {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const sqlite = new Database(path, { timeout: BUSY_TIMEOUT_MS });
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  migrate(sqlite);
  const db = new Kysely<Schema>({ dialect: guardedDialect(new SqliteDialect({ database: sqlite })) });
  // data_version moves when another connection (the params command) commits; own writes are counted.
  const dataVersion = sqlite.prepare('PRAGMA data_version').pluck();
  let writes = 0;
  /**
   * One transaction, run synchronously: no other query can interleave (the connection is this
   * process's only one), and Kysely never opens a transaction of its own on it.
   */
  const atomic = async (queries: readonly CompiledQuery[]) => {
    try {
      sqlite.transaction(() => {
        for (const q of queries) sqlite.prepare(q.sql).run(...(q.parameters as unknown[]));
      })();
    } catch (e) {
      throw new DatabaseError(e);
    }
  };
  const store = kyselyStore(
    db,
    atomic,
    async () => `${dataVersion.get() as number}/${writes}`,
    () => {
      writes += 1;
    },
  );
  return {
    ...store,
    sqlite,
    close() {
      sqlite.close();
    },
  };
}
