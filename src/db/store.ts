/**
 * The data layer: one Kysely<Database> for both platforms (better-sqlite3 on Node, src/db/sqlite.ts;
 * D1 on Workers, src/db/d1.ts), repositories written once against it (src/db/*.ts), and the Store
 * the app is built with. Everything is async because D1 is.
 *
 * Multi-statement writes (a case, its screening, its ID hashes and the audit record) go through
 * `atomic`: one transaction on SQLite, one `batch()` on D1 (which has no interactive transactions),
 * so the queries are compiled first and cannot read each other's results; ids are made by the app.
 */
import {
  type CompiledQuery,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type Kysely,
  type QueryResult,
  sql,
} from 'kysely';
import type { ParameterOverride } from '../params/parameters.js';
import type { Database } from './schema.js';

export interface Store {
  /** The query builder, shared by the repositories. */
  db: Kysely<Database>;
  /** Runs compiled writes all or nothing. */
  atomic(queries: readonly CompiledQuery[]): Promise<void>;
  /** Checks the database answers; used by the health check. */
  ping(): Promise<boolean>;
  listParameterOverrides(): Promise<ParameterOverride[]>;
  /**
   * Changes whenever the overrides may have changed (in this process or another): cheap enough to
   * ask on every request, so the overrides themselves are read only after a change.
   */
  overridesStamp(): Promise<string>;
  /** Tells the store this process wrote overrides through `atomic` (SQLite's stamp counts own writes). */
  overridesWritten(): void;
  setParameterOverride(o: ParameterOverride): Promise<void>;
  deleteParameterOverride(id: string, from: string): Promise<boolean>;
}

/**
 * A failure of the database itself (closed, unreachable, disk full): the staff routes answer 503
 * `unavailable`. `constraint` marks a refused write (a unique key taken), which callers may treat as
 * a conflict instead.
 */
export class DatabaseError extends Error {
  readonly constraint: boolean;
  constructor(cause: unknown) {
    const message = cause instanceof Error ? cause.message : String(cause);
    super(`database: ${message}`, { cause });
    this.name = 'DatabaseError';
    this.constraint = /constraint/i.test(message);
  }
}

async function guard<T>(p: Promise<T> | T): Promise<T> {
  try {
    return await p;
  } catch (e) {
    throw e instanceof DatabaseError ? e : new DatabaseError(e);
  }
}

/** Wraps a dialect so that every failure of its driver surfaces as a DatabaseError. */
export function guardedDialect(dialect: Dialect): Dialect {
  return {
    createAdapter: () => dialect.createAdapter(),
    createQueryCompiler: () => dialect.createQueryCompiler(),
    createIntrospector: (db) => dialect.createIntrospector(db),
    createDriver(): Driver {
      const driver = dialect.createDriver();
      const originals = new WeakMap<DatabaseConnection, DatabaseConnection>();
      const unwrap = (c: DatabaseConnection) => originals.get(c) ?? c;
      return {
        init: () => guard(driver.init()),
        async acquireConnection(options) {
          const conn = await guard(driver.acquireConnection(options));
          const wrapped: DatabaseConnection = {
            executeQuery: <R>(q: CompiledQuery, o?: Parameters<DatabaseConnection['executeQuery']>[1]) =>
              guard(conn.executeQuery(q, o) as Promise<QueryResult<R>>),
            streamQuery: (q, chunk, o) => conn.streamQuery(q, chunk, o),
          };
          originals.set(wrapped, conn);
          return wrapped;
        },
        beginTransaction: (c, s) => guard(driver.beginTransaction(unwrap(c), s)),
        commitTransaction: (c) => guard(driver.commitTransaction(unwrap(c))),
        rollbackTransaction: (c) => guard(driver.rollbackTransaction(unwrap(c))),
        releaseConnection: (c, o) => driver.releaseConnection(unwrap(c), o),
        destroy: () => driver.destroy(),
      };
    },
  };
}

/** Staff values of parameters, as stored (see 0001 and 0002): the note is the source of old rows. */
export async function readOverrides(db: Kysely<Database>): Promise<ParameterOverride[]> {
  const rows = await db
    .selectFrom('parameter_overrides')
    .select(['parameter_id', 'from_date', 'value', 'note', 'source', 'created_by', 'created_at'])
    .orderBy('parameter_id')
    .orderBy('from_date')
    .execute();
  return rows.map((r) => ({
    id: r.parameter_id,
    from: r.from_date,
    value: JSON.parse(r.value) as number | string,
    source: r.source ?? r.note,
    by: r.created_by ?? undefined,
    at: r.created_at,
  }));
}

/** The upsert of a staff value, compiled (for `atomic`). */
export function upsertOverride(db: Kysely<Database>, o: ParameterOverride, at: string) {
  const row = {
    parameter_id: o.id,
    from_date: o.from,
    value: JSON.stringify(o.value),
    note: o.source,
    source: o.source,
    created_by: o.by ?? null,
    created_at: at,
  };
  return db
    .insertInto('parameter_overrides')
    .values(row)
    .onConflict((oc) =>
      oc.columns(['parameter_id', 'from_date']).doUpdateSet({
        value: row.value,
        note: row.note,
        source: row.source,
        created_by: row.created_by,
        created_at: row.created_at,
      }),
    )
    .compile();
}

export function deleteOverride(db: Kysely<Database>, id: string, from: string) {
  return db.deleteFrom('parameter_overrides').where('parameter_id', '=', id).where('from_date', '=', from).compile();
}

/** The platform-independent part of a Store, given the Kysely instance, `atomic` and the stamp. */
export function kyselyStore(
  db: Kysely<Database>,
  atomic: Store['atomic'],
  stamp: () => Promise<string>,
  overridesWritten: () => void = () => {},
): Store {
  return {
    db,
    atomic,
    overridesStamp: stamp,
    overridesWritten,
    async ping() {
      const { rows } = await sql<{ ok: number }>`SELECT 1 AS ok`.execute(db);
      return rows[0]?.ok === 1;
    },
    listParameterOverrides: () => readOverrides(db),
    async setParameterOverride(o) {
      await atomic([upsertOverride(db, o, new Date().toISOString())]);
      overridesWritten();
    },
    async deleteParameterOverride(id, from) {
      const result = await db
        .deleteFrom('parameter_overrides')
        .where('parameter_id', '=', id)
        .where('from_date', '=', from)
        .executeTakeFirst();
      overridesWritten();
      return Number(result.numDeletedRows) > 0;
    },
  };
}

/** The stamp of D1 (and of any connection that cannot see data_version): count and newest write. */
export const OVERRIDES_STAMP_SQL =
  "SELECT count(*) || '/' || coalesce(max(created_at), '') AS stamp FROM parameter_overrides";
