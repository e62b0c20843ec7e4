/**
 * The hotline's next question: of the questions that could settle a program still open, the one
 * whose answer settles the most, weighted by what is at stake. Every question is scored by evaluating
 * its possible answers with the compiled evaluator (the programs it concerns, on the household with
 * that answer): never a hand-written order. Ties go to the catalogue's order (src/questions/catalogue.ts),
 * then to the lower member.
 *
 * A question's possible answers: its options (yes/no, the choices), the two ends of a number's range
 * and of a date's (either end settles every comparison a rule makes with it). The score is the mean,
 * over those answers, of the weight of the open programs the answer settles (a result other than
 * "needs information"); a group question ("does anyone…?", "any of these statuses?") is offered when
 * its "no" answers more than one question still unanswered (so to one person only when it covers
 * several of their fields) and is scored by its "no", since its "yes" costs no more than asking one by one would
 * have. Ties go to the question that concerns the most open programs; when no single answer settles
 * anything (a program that waits for two answers), that question comes first. The interview is done
 * when no question is left that concerns an open program.
 */

import { EARLIEST_BIRTH_DATE, EARLIEST_DISCHARGE_DATE } from '../model/dates.js';
import type { Household } from '../model/household.js';
import { type Interview, type Located, locatePath, memberPath, withAnswer } from '../questions/answers.js';
import {
  ANSWERED_BY,
  GROUP_QUESTIONS,
  GROUPS_OF,
  type Json,
  QUESTIONS,
  type QuestionDef,
} from '../questions/catalogue.js';
import type { Catalogue, CompiledProgram } from './catalogue.js';
import { openQuestions, type SubjectRef } from './detail.js';
import { computeRows } from './facts.js';
import {
  compiledFor,
  compiledStates,
  type Evaluator,
  evaluateProgram,
  type Prepared,
  type ProgramState,
  prepare,
  scopeOf,
} from './screen.js';

/** What is at stake in a program: one, and one more when it pays an amount (a cash benefit). */
const WEIGHT = { base: 1, amount: 1 } as const;
const weightOf = (p: CompiledProgram) => WEIGHT.base + (p.file.amount ? WEIGHT.amount : 0);

/** Fields the hotline never asks: the ID number (birth date and sex are asked instead). */
const unspoken = new Set(QUESTIONS.filter((q) => q.spoken === false).map((q) => q.field));
const ORDER = new Map(QUESTIONS.map((q, i) => [q.field, i]));

export interface Candidate {
  path: string;
  at: Located;
  /** The open programs this question concerns. */
  programs: Set<string>;
  /** Their weight. */
  concern: number;
  /** The mean weight of the open programs its answers settle (0 when not on the shortlist). */
  score: number;
}

export interface NextStep {
  states: ProgramState[];
  /** The question to ask; undefined when every open program has asked all it could (done). */
  next?: Candidate;
  /** Every candidate with its score (best first), for tests and the benchmark. */
  candidates: Candidate[];
}

/** The answers a question can take, for scoring. */
function possibleAnswers(q: QuestionDef, asOf: string): Json[] {
  switch (q.kind) {
    case 'yesno':
      return [true, false];
    case 'choice':
    case 'select':
      return (q.options ?? []).map((o) => (q.numeric ? Number(o) : o));
    case 'number':
      return [q.min ?? 0, q.max ?? 0];
    case 'date':
      return [asOf, q.field === 'dischargeDate' ? EARLIEST_DISCHARGE_DATE : EARLIEST_BIRTH_DATE];
    case 'id':
      return [];
  }
}

/** How many still unanswered questions a group question's "no" would answer. */
function groupReach(group: NonNullable<QuestionDef['group']>, household: Household): number {
  const open = (target: object, fields: object) =>
    Object.keys(fields).filter((f) => (target as Record<string, unknown>)[f] === undefined).length;
  return household.members.reduce((n, m) => n + open(m, group.no), open(household, group.household ?? {}));
}

/**
 * The group questions worth asking: not answered "yes" already, and answering more than one question
 * still open (otherwise the group question is that one question in other words).
 */
function groupsWorthAsking(iv: Interview): Set<string> {
  return new Set(
    GROUP_QUESTIONS.filter((g) => g.group && !iv.groupsYes.has(g.field) && groupReach(g.group, iv.household) > 1).map(
      (g) => g.field,
    ),
  );
}

/** The questions (by path) that could settle each open program, as the hotline asks them. */
function candidatesOf(prep: Prepared, ev: Evaluator, iv: Interview, open: ProgramState[]): Map<string, Candidate> {
  const out = new Map<string, Candidate>();
  const groups = groupsWorthAsking(iv);
  const add = (path: string, programId: string) => {
    if (iv.asked.has(path)) return;
    const at = locatePath(path);
    if (!at || (at.member === 0 && at.question.field === 'relation')) return;
    let c = out.get(path);
    if (!c) {
      c = { path, at, programs: new Set(), concern: 0, score: 0 };
      out.set(path, c);
    }
    c.programs.add(programId);
  };
  for (const s of open) {
    const id = s.program.file.id;
    const questions = [...(s.extraQuestions?.() ?? [])];
    for (const [k, i] of scopeOf(s.program, s.rows).entries()) {
      // A subject already settled has nothing to ask (the program waits for another).
      if (s.outcomes[k] !== 'needs_info') continue;
      const member = i === 0 ? undefined : i - 1;
      const ref: SubjectRef = { household: iv.household, statuses: prep.catalogue.statusKeys, member, row: s.rows[i] };
      questions.push(...openQuestions(ev.tree(s.program, s.rows[i]), ref));
    }
    for (const q of questions) {
      if (unspoken.has(q.field)) continue;
      const field = ANSWERED_BY[q.field] ?? q.field;
      const path = q.member === undefined ? field : memberPath(q.member, field);
      add(path, id);
      // "Does anyone in the family…?" settles the field for every member at once (and its other fields).
      for (const group of GROUPS_OF.get(field) ?? []) if (groups.has(group.field)) add(group.field, id);
    }
  }
  return out;
}

/** The weight of the open programs that an answer settles. */
function settledWeight(
  prep: Prepared,
  ev: Evaluator,
  household: Household,
  programs: readonly ProgramState[],
  statusPrograms: ReadonlyMap<string, ProgramState>,
): number {
  const rows = computeRows(prep.reader, household, prep.date.rows);
  const memo = new Map<string, boolean>();
  const settles = (s: ProgramState): boolean => {
    const id = s.program.file.id;
    let v = memo.get(id);
    if (v === undefined) {
      v = evaluateProgram(ev, s.program, rows).outcome !== 'needs_info';
      memo.set(id, v);
    }
    return v;
  };
  let sum = 0;
  for (const s of programs) {
    if (!settles(s)) continue;
    // Open only because a status it reads might still be granted: settled when that status is.
    if (
      s.forced &&
      !s.program.readsStatuses.every((k) => !statusPrograms.has(k) || settles(statusPrograms.get(k) as ProgramState))
    )
      continue;
    sum += weightOf(s.program);
  }
  return sum;
}

/** Catalogue order, then the lower member. */
function byOrder(a: Candidate, b: Candidate): number {
  const oa = ORDER.get(a.at.question.field) ?? 0;
  const ob = ORDER.get(b.at.question.field) ?? 0;
  if (oa !== ob) return oa - ob;
  return (a.at.member ?? -1) - (b.at.member ?? -1);
}

const byConcern = (a: Candidate, b: Candidate) => b.concern - a.concern || byOrder(a, b);
/** The best score, then the question that concerns the most. */
const byScore = (a: Candidate, b: Candidate) => b.score - a.score || byConcern(a, b);

/**
 * How many questions are scored by evaluating their answers: those that concern the most open
 * programs (weighted). Scoring every candidate of a large household (a hundred or more) would cost
 * tens of milliseconds a step; the few that concern the most hold the best one in practice: on 40
 * families the interview needed the same questions (median 27–29) with 6, 8 or 12 scored
 * (`npm run bench:interview`).
 */
const SHORTLIST = 8;
/** When nothing on the shortlist settles anything, this many times as many are scored. */
const LONGLIST_FACTOR = 2;

/** Scores the questions that could settle an open program and picks the next one. */
export function nextQuestion(catalogue: Catalogue, iv: Interview, asOf: string): NextStep {
  const prep = prepare(catalogue, iv.household, asOf);
  const ev = compiledFor(prep);
  const states = compiledStates(prep, ev);
  const open = states.filter((s) => s.outcome === 'needs_info');
  const byId = new Map(open.map((s) => [s.program.file.id, s]));
  const statusPrograms = new Map<string, ProgramState>();
  for (const st of catalogue.statuses) {
    const s = byId.get(st.programId);
    if (s) statusPrograms.set(st.key, s);
  }
  const candidates = [...candidatesOf(prep, ev, iv, open).values()];
  for (const c of candidates) {
    c.concern = [...c.programs].reduce((sum, id) => sum + weightOf((byId.get(id) as ProgramState).program), 0);
  }
  candidates.sort(byConcern);
  const score = (c: Candidate) => {
    const concerned = [...c.programs].map((id) => byId.get(id) as ProgramState);
    // A group question is scored by its "no": a "yes" leads to the question per member, which is
    // what asking each member would have cost anyway.
    const answers = c.at.question.group ? [false] : possibleAnswers(c.at.question, asOf);
    let total = 0;
    for (const value of answers) {
      total += settledWeight(prep, ev, withAnswer(iv.household, c.at, value), concerned, statusPrograms);
    }
    c.score = answers.length > 0 ? total / answers.length : 0;
  };
  candidates.slice(0, SHORTLIST).forEach(score);
  // Nothing on the shortlist settles anything by itself: score further before falling back to concern.
  if (candidates.slice(0, SHORTLIST).every((c) => c.score === 0))
    candidates.slice(SHORTLIST, SHORTLIST * LONGLIST_FACTOR).forEach(score);
  candidates.sort(byScore);
  const next = candidates[0];
  return { states, next, candidates };
}
