/** better-sqlite3 implementation of the Store (Node only). Migrations run at open, in order, once. */
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import type { ParameterOverride } from '../params/parameters.js';
import { type OverrideRow, rowToOverride, SQL, type Store } from './store.js';

const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));

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

export function openSqliteStore(path: string): Store & { close(): void } {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  migrate(db);
  const list = db.prepare(SQL.list);
  const upsert = db.prepare(SQL.upsert);
  const del = db.prepare(SQL.delete);
  const ping = db.prepare(SQL.ping);
  // data_version moves when another connection (the params command) commits; own writes are counted.
  const dataVersion = db.prepare('PRAGMA data_version').pluck();
  let writes = 0;
  return {
    async overridesStamp() {
      return `${dataVersion.get() as number}/${writes}`;
    },
    async ping() {
      return (ping.get() as { ok: number }).ok === 1;
    },
    async listParameterOverrides() {
      return (list.all() as OverrideRow[]).map(rowToOverride);
    },
    async setParameterOverride(o: ParameterOverride) {
      upsert.run(o.id, o.from, JSON.stringify(o.value), o.note, new Date().toISOString());
      writes += 1;
    },
    async deleteParameterOverride(id: string, from: string) {
      writes += 1;
      return del.run(id, from).changes > 0;
    },
    close() {
      db.close();
    },
  };
}
