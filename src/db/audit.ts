/**
 * The audit log: one append-only record per action on cases, accounts, sessions and parameter
 * values (triggers refuse UPDATE and DELETE). `detail` is JSON and never holds an ID number, a name
 * or a phone number: callers pass ids, counts, dates, codes.
 */
import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

export type AuditAction =
  | 'sign_in'
  | 'sign_in_failed'
  | 'sign_out'
  | 'case.create'
  | 'case.read'
  | 'case.rescreen'
  | 'case.export'
  | 'account.create'
  | 'account.update'
  | 'account.password'
  | 'parameter.add'
  | 'parameter.delete';

export type AuditDetail = Record<string, string | number | boolean | null | string[]>;

export interface AuditEntry {
  at: string;
  userId?: string | null;
  action: AuditAction;
  caseId?: string | null;
  detail?: AuditDetail;
}

/** The insert of one record, compiled (for `atomic`, beside the write it records). */
export function auditInsert(db: Kysely<Database>, e: AuditEntry) {
  return db
    .insertInto('audit_log')
    .values({
      at: e.at,
      user_id: e.userId ?? null,
      action: e.action,
      case_id: e.caseId ?? null,
      detail: JSON.stringify(e.detail ?? {}),
    })
    .compile();
}

export interface AuditFilter {
  caseId?: string;
  /** A user id or a username. */
  user?: string;
  /** Dates (YYYY-MM-DD, compared with the record's UTC timestamp), inclusive. */
  from?: string;
  to?: string;
}

export interface AuditRecord {
  id: number;
  at: string;
  user?: { id: string; username: string; displayName: string };
  action: string;
  caseId?: string;
  detail: Record<string, unknown>;
}

export async function listAudit(
  db: Kysely<Database>,
  filter: AuditFilter,
  page: number,
  pageSize: number,
): Promise<{ records: AuditRecord[]; total: number }> {
  let q = db.selectFrom('audit_log as a').leftJoin('users as u', 'u.id', 'a.user_id');
  if (filter.caseId) q = q.where('a.case_id', '=', filter.caseId);
  if (filter.user) {
    const user = filter.user;
    q = q.where((eb) => eb.or([eb('a.user_id', '=', user), eb('u.username', '=', user)]));
  }
  if (filter.from) q = q.where('a.at', '>=', filter.from);
  // The whole day `to`: every timestamp of that day sorts before the next character after the date.
  if (filter.to) q = q.where('a.at', '<', `${filter.to}\uffff`);
  const total = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await q
    .select(['a.id', 'a.at', 'a.action', 'a.case_id', 'a.detail', 'a.user_id', 'u.username', 'u.display_name'])
    .orderBy('a.id', 'desc')
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .execute();
  return {
    total: Number(total.n),
    records: rows.map((r) => ({
      id: r.id,
      at: r.at,
      ...(r.user_id && r.username
        ? { user: { id: r.user_id, username: r.username, displayName: r.display_name ?? '' } }
        : {}),
      action: r.action,
      ...(r.case_id ? { caseId: r.case_id } : {}),
      detail: JSON.parse(r.detail) as Record<string, unknown>,
    })),
  };
}
