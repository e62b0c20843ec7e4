/**
 * The hotline page's logic without a DOM or i18next: the interview's types (POST
 * /api/v1/interview/next), reading a typed date or number, choosing an option by its number keys,
 * and the summary read back at the end (programs, combined documents, where to go). Tested in
 * test/browser/hotline-logic.test.ts.
 */
import type { InterviewOption, InterviewQuestion, InterviewStep as StepBody } from '../../../src/api/interview.js';
import { dateSpan, isCalendarDate } from '../../../src/model/dates.js';
import { type Kind, UNKNOWN_KEY } from '../../../src/questions/catalogue.js';
import type { FullProgramResult, Screening } from '../api.js';
import { type HouseholdBody, halfWidth } from '../model.js';

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** Kinds answered by typing in a box; the others by an option's number key. */
export const TYPED_KINDS: readonly Kind[] = ['number', 'date', 'id'];

export type { InterviewOption, InterviewQuestion };
export { UNKNOWN_KEY };

/** A step of the interview, as POST /api/v1/interview/next answers it, its household as the page sends it back. */
export type InterviewStep = Omit<StepBody, 'household'> & { household: HouseholdBody };
export type Entitled = InterviewStep['entitled'][number];

/** One answer of the call: the question's path and the value (null: 不清楚). */
export interface Answer {
  path: string;
  value: Json;
}

export const isTyped = (q: InterviewQuestion) => TYPED_KINDS.includes(q.kind);

/** A typed answer read: the value to send, or the key of the message to show by the box. */
export type Parsed = { ok: true; value: Json } | { ok: false; key: string; opts?: Record<string, unknown> };

const DIGITS_FULL_DATE = /^(\d{4})(\d{2})(\d{2})$/;
const DIGITS_YEAR_MONTH = /^(\d{4})(\d{2})$/;
const SEPARATED_DATE = /^(\d{4})(?:[-/.年](\d{1,2})(?:[-/.月](\d{1,2})日?)?月?)?年?$/;

const pad2 = (s: string) => s.padStart(2, '0');

/**
 * A date as typed on the phone: `YYYY-MM-DD`, or eight digits `19500301`; with `partial` also
 * `YYYY` and `YYYY-MM` (or six digits `195003`). Slashes, dots and 年/月/日 are taken as dashes;
 * full-width digits and signs as typed with a Chinese input method.
 */
export function parseDate(text: string, partial = false): Parsed {
  const s = halfWidth(text);
  let iso: string | undefined;
  const eight = DIGITS_FULL_DATE.exec(s);
  const six = DIGITS_YEAR_MONTH.exec(s);
  const separated = SEPARATED_DATE.exec(s);
  if (eight) iso = `${eight[1]}-${eight[2]}-${eight[3]}`;
  else if (six) iso = `${six[1]}-${six[2]}`;
  else if (separated) {
    const [, y, m, d] = separated;
    iso = [y, m && pad2(m), d && pad2(d)].filter(Boolean).join('-');
  }
  if (!iso) return { ok: false, key: partial ? 'errors.partialDate' : 'errors.date' };
  if (partial ? dateSpan(iso) : isCalendarDate(iso)) return { ok: true, value: iso };
  return { ok: false, key: partial ? 'errors.partialDate' : 'errors.date' };
}

/** A number within the question's bounds (whole when it asks for one); full-width digits and commas are taken. */
export function parseNumber(text: string, q: Pick<InterviewQuestion, 'min' | 'max' | 'integer'>): Parsed {
  const s = halfWidth(text).replace(/[,，]/g, '');
  if (!/^-?\d+(\.\d+)?$/.test(s)) return { ok: false, key: 'errors.number' };
  const n = Number(s);
  if (q.integer && !Number.isInteger(n)) return { ok: false, key: 'errors.integer' };
  if ((q.min !== undefined && n < q.min) || (q.max !== undefined && n > q.max))
    return { ok: false, key: 'errors.range', opts: { min: q.min ?? '', max: q.max ?? '' } };
  return { ok: true, value: n };
}

/** A typed answer: an empty box is 不清楚 (null). */
export function parseTyped(text: string, q: InterviewQuestion): Parsed {
  if (!text.trim()) return { ok: true, value: null };
  if (q.kind === 'number') return parseNumber(text, q);
  if (q.kind === 'date') return parseDate(text, q.partial);
  return { ok: true, value: text.trim() };
}

/**
 * The option chosen by a key: the API names options 1–9, then a, b, c… (0 is 不清楚); a key of
 * several characters is typed one after another, so the keys typed so far (`buffer`) are kept
 * while they begin some option's key, and a key that begins none starts again. Case does not
 * matter. Returns the keys kept and the option they name, if any.
 */
export function pressOptionKey(
  buffer: string,
  pressed: string,
  options: readonly InterviewOption[],
): { buffer: string; option?: InterviewOption } {
  const key = pressed.toLowerCase();
  const begins = (b: string) => b !== '' && options.some((o) => o.key.toLowerCase().startsWith(b));
  const next = begins(buffer + key) ? buffer + key : begins(key) ? key : '';
  return { buffer: next, option: options.find((o) => o.key.toLowerCase() === next) };
}

/** Whether a key names an option (or begins one's key): it chooses, before any other use of the key. */
export function isOptionKey(pressed: string, options: readonly InterviewOption[]): boolean {
  const key = pressed.toLowerCase();
  return key.length === 1 && options.some((o) => o.key.toLowerCase().startsWith(key));
}

/** A document to bring and the programs (names) that need it. */
export interface SummaryDocument {
  text: string;
  programs: string[];
}

/** A department to go to: its name, the county office when known, where, and for which programs. */
export interface SummaryPlace {
  name: string;
  office?: string;
  where: string;
  programs: string[];
}

export interface CallSummary {
  /** Eligible programs to apply for: name and amount text (if any). */
  programs: { programId: string; name: string; amount?: string; onceGranted?: string[] }[];
  /** Statuses the household already holds (已享受): not to apply for again. */
  held: string[];
  documents: SummaryDocument[];
  places: SummaryPlace[];
  /** Programs only the window can settle. */
  refer: string[];
}

const isFull = (r: Screening['results'][number]): r is FullProgramResult => r.detail === 'full';

/** The summary read back to the caller: from the screening in the interview's last response. */
export function summarize(screening: Screening): CallSummary {
  const full = screening.results.filter(isFull);
  const apply = full.filter((r) => r.outcome === 'eligible' && !r.held);
  const documents = new Map<string, SummaryDocument>();
  const places = new Map<string, SummaryPlace>();
  for (const r of apply) {
    for (const d of r.documents) {
      const doc = documents.get(d.key) ?? { text: d.text, programs: [] };
      doc.programs.push(r.name);
      documents.set(d.key, doc);
    }
    const key = `${r.department.key}|${r.department.office ?? ''}`;
    const place = places.get(key) ?? {
      name: r.department.name,
      office: r.department.office,
      where: r.department.where,
      programs: [],
    };
    place.programs.push(r.name);
    places.set(key, place);
  }
  return {
    programs: apply.map((r) => ({
      programId: r.programId,
      name: r.name,
      amount: r.amount?.text,
      onceGranted: r.onceGranted?.length ? r.onceGranted.map((g) => g.label) : undefined,
    })),
    held: full.filter((r) => r.held).map((r) => r.name),
    documents: [...documents.values()],
    places: [...places.values()],
    refer: full.filter((r) => r.outcome === 'refer').map((r) => r.name),
  };
}
