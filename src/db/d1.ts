/**
 * D1 behind Kysely (Workers). Migrations are applied by `wrangler d1 migrations apply`. D1 has no
 * interactive transactions: `atomic` sends the compiled queries as one `batch()`, which D1 runs as
 * a single transaction.
 */
import { type CompiledQuery, Kysely } from 'kysely';
import { D1Dialect } from 'kysely-d1';
import type { Database } from './schema.js';
import { DatabaseError, guardedDialect, kyselyStore, OVERRIDES_STAMP_SQL, type Store } from './store.js';

/** The part of D1's binding this store uses (wrangler types generates the full one). */
export interface D1Like {
  prepare(sql: string): D1StatementLike;
  batch(statements: D1StatementLike[]): Promise<unknown[]>;
}
export interface D1StatementLike {
  bind(...values: unknown[]): D1StatementLike;
  first<T>(): Promise<T | null>;
  all<T>(): Promise<{ results: T[] }>;
  run(): Promise<unknown>;
}

export function d1Store(d1: D1Like): Store {
  const db = new Kysely<Database>({
    // kysely-d1 types its binding with @cloudflare/workers-types' D1Database; D1Like is its subset.
    dialect: guardedDialect(
      new D1Dialect({ database: d1 as unknown as ConstructorParameters<typeof D1Dialect>[0]['database'] }),
    ),
  });
  const atomic = async (queries: readonly CompiledQuery[]) => {
    if (queries.length === 0) return;
    try {
      await d1.batch(queries.map((q) => d1.prepare(q.sql).bind(...(q.parameters as unknown[]))));
    } catch (e) {
      throw new DatabaseError(e);
    }
  };
  return kyselyStore(db, atomic, async () => {
    return (await d1.prepare(OVERRIDES_STAMP_SQL).first<{ stamp: string }>())?.stamp ?? '';
  });
}
