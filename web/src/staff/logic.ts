/**
 * The staff page's logic without a DOM or i18next: the one-page questionnaire built from the
 * resident's steps, the case search query, the export link, the applicant's checks, masking and
 * paging. Tested in test/browser/staff-logic.test.ts.
 */
import { maskIdNumber, maskName as maskNameOf, maskPhone as maskPhoneOf } from '../../../src/model/mask.js';
import { halfWidth, type Question, type Step } from '../model.js';

/**
 * The resident's steps for one page: a question asked in several steps (the child's own hukou is
 * asked in the members step and twice in the school step) is kept once, where it first appears,
 * and shown whenever any of its places would show it. Control ids stay unique on the page, and
 * every API path still has one control.
 */
export function compactSteps(steps: readonly Step[]): Step[] {
  const first = new Map<string, Question>();
  const whens = new Map<string, Question['when'][]>();
  const out: Step[] = [];
  for (const step of steps) {
    const questions: Question[] = [];
    for (const q of step.questions) {
      const key = `${q.scope}:${q.field}`;
      const seen = first.get(key);
      if (seen) {
        whens.get(key)?.push(q.when);
        continue;
      }
      const copy: Question = { ...q };
      first.set(key, copy);
      whens.set(key, [q.when]);
      questions.push(copy);
    }
    out.push({ id: step.id, questions });
  }
  for (const [key, q] of first) {
    const all = whens.get(key) ?? [];
    if (all.length < 2) continue;
    // Shown when any place would show it; a place without a condition always shows it.
    q.when = all.includes(undefined) ? undefined : (a, i) => all.some((w) => (w ? w(a, i) : true));
  }
  return out;
}

/** A resident ID number as typed at the window: half-width, no spaces, upper-case X. */
export function normalizeId(text: string): string {
  return halfWidth(text).toUpperCase();
}

export interface CaseFilters {
  idNumber?: string;
  county?: string;
  from?: string;
  to?: string;
  program?: string;
  outcome?: string;
  page?: number;
}

/** The query of GET /cases: only what was filled in; page 1 is the default and not sent. */
export function caseQuery(f: CaseFilters): URLSearchParams {
  const q = new URLSearchParams();
  const id = f.idNumber ? normalizeId(f.idNumber) : '';
  if (id) q.set('idNumber', id);
  for (const key of ['county', 'from', 'to', 'program', 'outcome'] as const) {
    const v = f[key]?.trim();
    if (v) q.set(key, v);
  }
  if (f.page && f.page > 1) q.set('page', String(f.page));
  return q;
}

/** Problems with the search before it is sent: a date range that ends before it starts. */
export function checkFilters(f: CaseFilters): { field: keyof CaseFilters; code: string }[] {
  if (f.from && f.to && f.from > f.to) return [{ field: 'to', code: 'rangeOrder' }];
  return [];
}

/** The CSV of the chosen cases: masked, unless an administrator asks for it in full (`unmasked=1`). */
export function exportHref(ids: readonly (string | number)[], unmasked = false): string {
  const list = ids.map((id) => encodeURIComponent(String(id))).join(',');
  return `/api/v1/cases/export.csv?ids=${list}${unmasked ? '&unmasked=1' : ''}`;
}

export const PAGE_SIZE = 20;

export function pageCount(total: number, size = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / size));
}

export const NAME_MAX = 40;
/** How many characters the name box takes: more than allowed, so that a name too long is said, not cut. */
export const NAME_INPUT_MAX = NAME_MAX + 10;
/** Longest case note the pages take (the API takes more). */
export const NOTE_MAX = 500;
/** Longest phone number typed (with a dash and an area code). */
export const PHONE_MAX = 20;
/** A Chinese mobile number or a landline with its area code (as the API takes them). */
export const PHONE = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/;

export interface ApplicantInput {
  name: string;
  phone: string;
}

/** Problems with the applicant's name and phone, by API path, with a message key of the staff strings. */
export function checkApplicant(a: ApplicantInput): { path: string; key: string; opts?: Record<string, number> }[] {
  const out: { path: string; key: string; opts?: Record<string, number> }[] = [];
  if ([...a.name.trim()].length > NAME_MAX)
    out.push({ path: 'applicant.name', key: 'errors.nameTooLong', opts: { max: NAME_MAX } });
  const phone = halfWidth(a.phone);
  if (phone && !PHONE.test(phone)) out.push({ path: 'applicant.phone', key: 'errors.phone' });
  return out;
}

/** The applicant as sent: trimmed, half-width phone, nothing empty. */
export function applicantBody(a: ApplicantInput): { name?: string; phone?: string } | undefined {
  const name = a.name.trim();
  const phone = halfWidth(a.phone);
  if (!name && !phone) return undefined;
  return { ...(name ? { name } : {}), ...(phone ? { phone } : {}) };
}

// Masking, as the API does it (`4108**********002X`, `张*`, `138****5678`): lists show what the API
// sends; these only make sure a value that arrives unmasked is never shown in full in a list.

/** An absent value stays empty; one the API already masked is shown as it came. */
const unlessMasked = (fn: (v: string) => string) => (v: string | undefined) =>
  !v || v.includes('*') ? (v ?? '') : fn(v);

export const maskId = unlessMasked(maskIdNumber);
export const maskName = unlessMasked(maskNameOf);
export const maskPhone = unlessMasked(maskPhoneOf);

/**
 * An amount as the API gives it in a change (a number of yuan, or a result's amount with its
 * text); undefined when there is none.
 */
export function amountOf(a: unknown): string | number | undefined {
  if (a === undefined || a === null) return undefined;
  if (typeof a === 'number' || typeof a === 'string') return a;
  if (typeof a === 'object') {
    const o = a as { text?: unknown; value?: unknown; monthly?: unknown };
    if (typeof o.text === 'string') return o.text;
    if (typeof o.value === 'number' || typeof o.value === 'string') return o.value;
    if (typeof o.monthly === 'number') return o.monthly;
  }
  return undefined;
}

/** The date of an ISO timestamp in China time (a plain date as it is). */
export function dateOf(iso: string | undefined): string {
  if (!iso) return '';
  return iso.includes('T') ? dateTimeOf(iso).slice(0, 10) : iso.slice(0, 10);
}

/** "2026-11-29 14:05" from an ISO timestamp, in China time. */
export function dateTimeOf(iso: string | undefined): string {
  if (!iso) return '';
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  const d = new Date(t + 8 * 3600 * 1000);
  return d.toISOString().slice(0, 16).replace('T', ' ');
}
