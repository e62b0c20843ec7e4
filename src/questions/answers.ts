/**
 * Answers as a log: the hotline's interview (and any page that asks one question at a time) keeps the
 * answers in the order given, `{ path, value }`, and builds the household from them here. Undo is
 * dropping the last entry. A value of `null` is "不清楚": nothing is recorded and the question is not
 * asked again. Paths: `members` (how many people), a household field (`hukouType`), a group question
 * (`_military`) or a member field (`members.1.employment`).
 *
 * Applying an answer also applies what it implies (src/questions/catalogue.ts): a group "no" answers
 * its member fields for every member, an answer's `implies` answers fields of the same member. An
 * implied answer never overrides one given.
 */
import type { Household, Member } from '../model/household.js';
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

/** The question and member a path names; undefined for `members` and for an unknown path. */
export function locatePath(path: string): Located | undefined {
  const parts = path.split('.');
  if (parts.length === 3 && parts[0] === 'members' && /^\d+$/.test(parts[1])) {
    const question = QUESTION.get(parts[2]);
    return question?.scope === 'member' ? { question, member: Number(parts[1]) } : undefined;
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

export type ApplyProblem = 'path' | 'value' | 'member' | 'order';

/**
 * Builds the interview from the log. Returns the first problem (by entry index) instead when an
 * entry names no question, a member beyond the household, or a value the question does not take.
 */
export function replay(log: readonly Answer[]): Interview | { index: number; problem: ApplyProblem } {
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
    applyValue(household, at, a.value);
  }
  return { household, asked, groupsYes };
}

/** Records a value and what it implies (a group question's "no": its fields for every member). */
function applyValue(household: Household, { question: q, member }: Located, value: Json) {
  if (q.group) {
    if (value === false) for (const m of household.members) setIfAbsent(m as Record<string, unknown>, q.group.no);
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
  applyValue(copy, at, value);
  return copy;
}
