/**
 * The window's API (/api/v1, docs: /work/brief/window-api.md) from the staff page. The session is
 * an HttpOnly cookie the page never sees; the CSRF token comes with sign-in and GET /auth/me and
 * is kept in memory only (never in storage), sent as X-CSRF-Token on every change.
 */
import type { Screening } from '../api.js';
import type { Lang } from '../i18n.js';
import type { HouseholdBody } from '../model.js';

export type Role = 'staff' | 'hotline' | 'admin';
export const ROLES: Role[] = ['staff', 'hotline', 'admin'];
export const OUTCOMES = ['eligible', 'not_eligible', 'needs_info', 'refer'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export interface User {
  id: string | number;
  username: string;
  displayName: string;
  role: Role;
  window?: string;
  disabled: boolean;
  createdAt: string;
}

export interface CaseSummary {
  id: string | number;
  number: string;
  createdAt: string;
  createdBy: string;
  county?: string;
  asOf: string;
  members: number;
  applicant: { name?: string; idNumber?: string; phone?: string };
  eligible: string[];
  counts: Record<string, number>;
}

export interface HistoryEntry {
  at: string;
  by: string;
  asOf: string;
  counts: Record<string, number>;
}

export interface CaseDetail extends CaseSummary {
  note?: string;
  applicantFull: { name?: string; phone?: string };
  household: HouseholdBody;
  screening: Screening;
  rulesVersion?: string;
  parametersVersion?: string;
  screenedAt: string;
  screenedBy: string;
  history: HistoryEntry[];
}

/** A program's outcome and amount before or after a change (the amount as the API gives it). */
export interface Standing {
  /** An outcome, or `not_in_force` for a program not in force on that date. */
  outcome: string;
  amount?: unknown;
  period?: 'month' | 'year' | 'once';
}

export interface Change {
  programId: string;
  program: string;
  before: Standing;
  after: Standing;
}

export interface ParameterValue {
  from: string;
  value: number | string;
  source: string;
  unverified: boolean;
  origin: 'seed' | 'staff';
  by?: string;
  at?: string;
}

export interface Parameter {
  id: string;
  label: string;
  unit: string;
  min?: number;
  max?: number;
  integer?: boolean;
  firstFrom: string;
  /** The value in force today; absent before the first value. */
  inForce?: { value: number | string; from: string; source: string; unverified: boolean };
  values: ParameterValue[];
}

export interface Affected extends Change {
  caseId: string | number;
  number: string;
}

export interface AuditRecord {
  id: string | number;
  at: string;
  /** The account that acted (none for a failed sign-in of an unknown name). */
  user?: { id: string; username: string; displayName: string };
  action: string;
  caseId?: string | number;
  detail: unknown;
}

export interface ProgramName {
  id: string;
  name: string;
}

export interface FieldError {
  path: string;
  message: string;
}

export type Reply<T> =
  | { ok: true; status: number; data: T }
  | {
      ok: false;
      /** 0 when the server could not be reached. */
      status: number;
      code: string;
      message: string;
      fields: FieldError[];
      /** Seconds to wait, from Retry-After (a 429). */
      retryAfter?: number;
    };

export interface ApiOptions {
  lang(): Lang;
  csrf(): string | undefined;
  /**
   * A 401 on anything but sign-in: the session ended (signed out elsewhere, expired, disabled); or a
   * 403 for the CSRF token: another sign-in on this browser took the session over.
   */
  onUnauthenticated(): void;
  /** Text for a server that cannot be reached, in the page's language. */
  networkMessage(): string;
}

/** Seconds from a Retry-After header: a number of seconds or an HTTP date. */
export function retryAfterSeconds(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const n = Number(header.trim());
  if (Number.isFinite(n) && n >= 0) return Math.ceil(n);
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - now) / 1000));
}

export function createApi(opts: ApiOptions) {
  async function call<T>(method: string, path: string, body?: unknown, query?: URLSearchParams): Promise<Reply<T>> {
    const params = new URLSearchParams(query);
    params.set('lang', opts.lang());
    const headers: Record<string, string> = { accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    const csrf = opts.csrf();
    if (method !== 'GET' && csrf) headers['x-csrf-token'] = csrf;
    let res: Response;
    try {
      res = await fetch(`/api/v1${path}?${params}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        credentials: 'same-origin',
        cache: 'no-store',
      });
    } catch {
      return { ok: false, status: 0, code: 'network', message: opts.networkMessage(), fields: [] };
    }
    const data = res.status === 204 ? undefined : await res.json().catch(() => undefined);
    if (res.ok) return { ok: true, status: res.status, data: data as T };
    const err = (data as { error?: { code?: string; message?: string; fields?: FieldError[] } } | undefined)?.error;
    // The session ended, or another sign-in on this browser replaced it (its CSRF token is not ours).
    const ended = res.status === 401 || (res.status === 403 && err?.code === 'csrf');
    if (ended && path !== '/auth/sign-in' && path !== '/auth/me') opts.onUnauthenticated();
    return {
      ok: false,
      status: res.status,
      code: err?.code ?? String(res.status),
      message: err?.message ?? `${res.status} ${res.statusText}`,
      fields: err?.fields ?? [],
      retryAfter: retryAfterSeconds(res.headers.get('retry-after')),
    };
  }

  const id = (v: string | number) => encodeURIComponent(String(v));

  return {
    /** Any other call of the API, with the same language, CSRF token and error shape. */
    request: call,
    signIn: (username: string, password: string) =>
      call<{ user: User; csrfToken: string }>('POST', '/auth/sign-in', { username, password }),
    signOut: () => call<void>('POST', '/auth/sign-out'),
    me: () => call<{ user: User; csrfToken: string }>('GET', '/auth/me'),
    cases: (query: URLSearchParams) =>
      call<{ cases: CaseSummary[]; total: number; page: number }>('GET', '/cases', undefined, query),
    createCase: (body: {
      household: HouseholdBody;
      asOf?: string;
      note?: string;
      applicant?: { name?: string; phone?: string };
    }) => call<{ case: CaseDetail }>('POST', '/cases', body),
    getCase: (caseId: string) => call<{ case: CaseDetail }>('GET', `/cases/${id(caseId)}`),
    rescreen: (caseId: string, asOf: string | undefined) =>
      call<{ case: CaseDetail; changes: Change[] }>('POST', `/cases/${id(caseId)}/rescreen`, asOf ? { asOf } : {}),
    audit: (query: URLSearchParams) =>
      call<{ records: AuditRecord[]; total: number; page: number }>('GET', '/audit', undefined, query),
    accounts: () => call<{ accounts: User[] }>('GET', '/accounts'),
    createAccount: (body: { username: string; displayName: string; role: Role; window?: string; password: string }) =>
      call<{ account: User }>('POST', '/accounts', body),
    updateAccount: (
      accountId: string | number,
      body: { displayName?: string; role?: Role; window?: string; disabled?: boolean },
    ) => call<{ account: User }>('PATCH', `/accounts/${id(accountId)}`, body),
    resetPassword: (accountId: string | number, password: string) =>
      call<void>('POST', `/accounts/${id(accountId)}/password`, { password }),
    parameters: () => call<{ parameters: Parameter[] }>('GET', '/parameters'),
    impact: (paramId: string, body: { from: string; value: string | number; source: string }) =>
      call<{ affected: Affected[]; checked: number }>('POST', `/parameters/${id(paramId)}/impact`, body),
    addValue: (paramId: string, body: { from: string; value: string | number; source: string }) =>
      call<{ parameter: Parameter }>('POST', `/parameters/${id(paramId)}/values`, body),
    deleteValue: (paramId: string, from: string) =>
      call<void>('DELETE', `/parameters/${id(paramId)}/values/${id(from)}`),
    programs: () => call<{ programs: ProgramName[] }>('GET', '/programs'),
  };
}

export type Api = ReturnType<typeof createApi>;
