/**
 * Answers as a log: the hotline's interview (and any page that asks one question at a time) keeps the
 * answers in the order given, `{ path, value }`, and builds the household from them here. Undo is
 * dropping the last entry. A value of `null` is "不清楚": nothing is recorded and the question is not
 * asked again. Paths: `members` (how many people), a household field (`hukouType`), a group question
 * (`_military`) or a member field (`members.1.employment`).
 *
 * Applying an answer also applies what it implies (src/questions/catalogue.ts): a group "no" answers
 * its member fields for every member and its household fields, an answer's `implies` answers fields
 * of the same member. An implied answer never overrides one given.
 */
import { wholeYearsBetween } from '../model/dates.js';
import type { Household, Member } from '../model/household.js';
import { memberBirthDate } from '../model/resident-id.js';
import { MAX_MEMBERS } from '../model/vocabulary.js';
import { type Json, QUESTION, type QuestionDef } from './catalogue.js';

export const MEMBERS_PATH = 'members';

export interface Answer {
  path: string;
  value: Json | null;
}

export interface Interview {
  household: Household;
  /** Paths answered (a value, or "不清楚"), group questions included. */
  asked: Set<string>;
  /** Group questions answered "yes" (someone in the household…): ask each member. */
  groupsYes: Set<string>;
}

export interface Located {
  question: QuestionDef;
  member?: number;
}

/** Paths located so far (at most the catalogue's fields times MAX_MEMBERS). */
const LOCATED = new Map<string, Located | undefined>();

/** The question and member a path names; undefined for `members` and for an unknown path. */
export function locatePath(path: string): Located | undefined {
  if (LOCATED.has(path)) return LOCATED.get(path);
  const at = locate(path);
  // Only well-formed paths are kept, so that no request can grow the map without bound.
  if (at) LOCATED.set(path, at);
  return at;
}

function locate(path: string): Located | undefined {
  const parts = path.split('.');
  if (parts.length === 3 && parts[0] === 'members' && /^(0|[1-9]\d?)$/.test(parts[1])) {
    const question = QUESTION.get(parts[2]);
    const member = Number(parts[1]);
    return question?.scope === 'member' && member < MAX_MEMBERS ? { question, member } : undefined;
  }
  if (parts.length !== 1) return undefined;
  const question = QUESTION.get(path);
  return question?.scope === 'household' ? { question } : undefined;
}

export const memberPath = (member: number, field: string) => `members.${member}.${field}`;

/** Whether a value is one the question accepts (an option, a number within bounds, a date string). */
export function acceptable(q: QuestionDef, value: Json): boolean {
  switch (q.kind) {
    case 'yesno':
      return typeof value === 'boolean';
    case 'choice':
    case 'select':
      return q.numeric
        ? typeof value === 'number' && (q.options ?? []).includes(String(value))
        : typeof value === 'string' && (q.options ?? []).includes(value);
    case 'number':
      return (
        typeof value === 'number' &&
        Number.isFinite(value) &&
        (q.min === undefined || value >= q.min) &&
        (q.max === undefined || value <= q.max) &&
        (!q.integer || Number.isInteger(value))
      );
    case 'id':
    case 'date':
      // The household model checks the date or ID number itself.
      return typeof value === 'string';
  }
}

function setIfAbsent(target: Record<string, unknown>, fields: Record<string, Json>) {
  for (const [k, v] of Object.entries(fields)) if (target[k] === undefined) target[k] = v;
}

/** A household of `n` members: the first is the applicant (`self`); existing members are kept. */
function resize(household: Household, n: number): Household {
  const members: Member[] = Array.from({ length: n }, (_, i) => household.members[i] ?? {});
  members[0] = { ...members[0], relation: 'self' };
  return { ...household, members };
}

/**
 * Ages at which someone may be at kindergarten, school or college. Wide on purpose: it only spares an
 * 80-year-old the school questions; the rules apply the dated ages.
 */
export const SCHOOL_AGE = { min: 2, max: 25 } as const;

/** A member's age on a date, from the birth date or the ID number; undefined when neither is known. */
export function ageOn(m: Member, asOf: string): number | undefined {
  const birth = memberBirthDate(m);
  return birth === undefined || birth > asOf ? undefined : wholeYearsBetween(birth, asOf);
}

/**
 * Answers inferred from others, in place (never over an answer given): a member whose age is known
 * and far outside school age is not at school, so that nobody is asked about an 80-year-old's school.
 */
export function inferAnswers(household: Household, asOf: string): Household {
  for (const m of household.members) {
    if (m.schoolStage !== undefined) continue;
    const age = ageOn(m, asOf);
    if (age !== undefined && (age < SCHOOL_AGE.min || age > SCHOOL_AGE.max)) m.schoolStage = 'none';
  }
  return household;
}

export type ApplyProblem = 'path' | 'value' | 'member' | 'order';

/**
 * Builds the interview from the log, with what the answers imply on the date (`inferAnswers`).
 * Returns the first problem (by entry index) instead when an entry names no question, a member
 * beyond the household, a value the question does not take, or the household size after others.
 */
export function replay(log: readonly Answer[], asOf: string): Interview | { index: number; problem: ApplyProblem } {
  let household: Household = { members: [{ relation: 'self' }] };
  const asked = new Set<string>();
  const groupsYes = new Set<string>();
  for (const [index, a] of log.entries()) {
    if (a.path === MEMBERS_PATH) {
      if (a.value === null) return { index, problem: 'value' };
      if (typeof a.value !== 'number' || !Number.isInteger(a.value) || a.value < 1 || a.value > MAX_MEMBERS)
        return { index, problem: 'value' };
      // The size comes first: member answers are given for the members it names.
      if (asked.size > 0) return { index, problem: 'order' };
      household = resize(household, a.value);
      asked.add(a.path);
      continue;
    }
    const at = locatePath(a.path);
    if (!at) return { index, problem: 'path' };
    const { question: q, member } = at;
    if (member !== undefined && member >= household.members.length) return { index, problem: 'member' };
    if (member === 0 && q.field === 'relation') return { index, problem: 'path' };
    asked.add(a.path);
    if (a.value === null) continue;
    if (!acceptable(q, a.value)) return { index, problem: 'value' };
    if (q.group && a.value === true) groupsYes.add(q.field);
    applyAnswer(household, at, a.value);
  }
  return { household: inferAnswers(household, asOf), asked, groupsYes };
}

/** Records a value and what it implies (a group question's "no": its fields, every member's and the household's). */
export function applyAnswer(household: Household, { question: q, member }: Located, value: Json) {
  if (q.group) {
    if (value !== false) return;
    for (const m of household.members) setIfAbsent(m as Record<string, unknown>, q.group.no);
    if (q.group.household) setIfAbsent(household as Record<string, unknown>, q.group.household);
    return;
  }
  const target = (member === undefined ? household : household.members[member]) as Record<string, unknown>;
  target[q.field] = value;
  const implied = q.implies?.[String(value)];
  if (implied) setIfAbsent(target, implied);
}

/** The household with one more answer (to score a hypothetical answer); the input is not changed. */
export function withAnswer(household: Household, at: Located, value: Json): Household {
  const copy: Household = { ...household, members: household.members.map((m) => ({ ...m })) };
  applyAnswer(copy, at, value);
  return copy;
}
