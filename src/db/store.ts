/**
 * The data layer: one interface, implemented by better-sqlite3 on Node (src/db/sqlite.ts) and by
 * D1 on Workers (src/db/d1.ts). Everything is async because D1 is.
 */
import type { ParameterOverride } from '../params/parameters.js';

export interface Store {
  /** Checks the database answers; used by the health check. */
  ping(): Promise<boolean>;
  listParameterOverrides(): Promise<ParameterOverride[]>;
  /**
   * Changes whenever the overrides may have changed (in this process or another): cheap enough to
   * ask on every request, so the overrides themselves are read only after a change.
   */
  overridesStamp(): Promise<string>;
  setParameterOverride(o: ParameterOverride): Promise<void>;
  deleteParameterOverride(id: string, from: string): Promise<boolean>;
}

export interface OverrideRow {
  parameter_id: string;
  from_date: string;
  value: string;
  note: string;
}

export function rowToOverride(r: OverrideRow): ParameterOverride {
  return { id: r.parameter_id, from: r.from_date, value: JSON.parse(r.value) as number | string, note: r.note };
}

export const SQL = {
  list: 'SELECT parameter_id, from_date, value, note FROM parameter_overrides ORDER BY parameter_id, from_date',
  upsert:
    'INSERT INTO parameter_overrides (parameter_id, from_date, value, note, created_at) VALUES (?, ?, ?, ?, ?) ' +
    'ON CONFLICT (parameter_id, from_date) DO UPDATE SET value = excluded.value, note = excluded.note, created_at = excluded.created_at',
  delete: 'DELETE FROM parameter_overrides WHERE parameter_id = ? AND from_date = ?',
  ping: 'SELECT 1 AS ok',
  stamp: "SELECT count(*) || '/' || coalesce(max(created_at), '') AS stamp FROM parameter_overrides",
} as const;
