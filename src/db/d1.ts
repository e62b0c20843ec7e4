/** D1 implementation of the Store (Workers). Migrations are applied by `wrangler d1 migrations apply`. */
import type { ParameterOverride } from '../params/parameters.js';
import { type OverrideRow, rowToOverride, SQL, type Store } from './store.js';

/** The part of D1's binding this store uses (wrangler types generates the full one). */
export interface D1Like {
  prepare(sql: string): {
    bind(...values: unknown[]): { run(): Promise<{ meta: { changes: number } }>; all<T>(): Promise<{ results: T[] }> };
    all<T>(): Promise<{ results: T[] }>;
    first<T>(): Promise<T | null>;
  };
}

export function d1Store(db: D1Like): Store {
  return {
    async ping() {
      return (await db.prepare(SQL.ping).first<{ ok: number }>())?.ok === 1;
    },
    async overridesStamp() {
      return (await db.prepare(SQL.stamp).first<{ stamp: string }>())?.stamp ?? '';
    },
    async listParameterOverrides() {
      return (await db.prepare(SQL.list).all<OverrideRow>()).results.map(rowToOverride);
    },
    async setParameterOverride(o: ParameterOverride) {
      await db.prepare(SQL.upsert).bind(o.id, o.from, JSON.stringify(o.value), o.note, new Date().toISOString()).run();
    },
    async deleteParameterOverride(id: string, from: string) {
      return (await db.prepare(SQL.delete).bind(id, from).run()).meta.changes > 0;
    },
  };
}
