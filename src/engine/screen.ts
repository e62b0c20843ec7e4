/**
 * Screening: a household in, a language-neutral result per program out (texts are added by
 * src/engine/explain.ts). The steps are shared by the compiled evaluator (the default, synchronous)
 * and the json-rules-engine reference (src/engine/reference.ts), which differ only in how a
 * condition tree is evaluated:
 *   1. fact rows: one for the household, one per member (src/engine/facts.ts);
 *   2. the first pass: every program in force, every subject in its scope;
 *   3. "once granted" hypotheses (src/engine/hypotheses.ts): the programs that read a status the
 *      household screens eligible for, re-evaluated as if it were held;
 *   4. explanation structure and amounts for the decisive subjects (src/engine/detail.ts).
 */
import type { Household } from '../model/household.js';
import { memberSex } from '../model/resident-id.js';
import { ParameterError } from '../params/parameters.js';
import { computeAmount } from './amounts.js';
import type { Catalogue, CompiledProgram, DateContext } from './catalogue.js';
import type { FactRow } from './compile.js';
import { dedupe, explainTree, type SubjectRef } from './detail.js';
import { documentsFor } from './documents.js';
import { answerOf, computeRows, type ParamReader } from './facts.js';
import { applyHypotheses, planHypotheses } from './hypotheses.js';
import type { LogicNode, Truth } from './logic.js';
import type { Leaf } from './program.js';
import type { Amount, Detail, Outcome, ProgramResult, Screening, SubjectResult } from './types.js';

export type { Outcome, ProgramResult, Screening } from './types.js';

const OUTCOME: Record<Truth, Outcome> = { T: 'eligible', F: 'not_eligible', U: 'needs_info', W: 'refer' };
/** Window key (texts.*.window.amount_review) shown when an eligible subject's estimate comes to nothing. */
export const AMOUNT_REVIEW = 'amount_review';

/** Which member's outcome speaks for a member-scope program: the best one. */
export const RANK: readonly Outcome[] = ['eligible', 'needs_info', 'refer', 'not_eligible'];

export class ScreeningError extends Error {
  constructor(readonly cause: ParameterError) {
    super(cause.message);
  }
}

/** Evaluates a compiled program on one subject's row: the fast truth, or the full tree. */
export interface Evaluator {
  truth(p: CompiledProgram, row: FactRow): Truth;
  tree(p: CompiledProgram, row: FactRow): LogicNode<Leaf>;
}

/** Rows: index 0 is the household, index i + 1 is member i. */
export type Rows = readonly FactRow[];

export interface Prepared {
  catalogue: Catalogue;
  household: Household;
  date: DateContext;
  reader: ParamReader;
  rows: Rows;
}

/** The state of one program between the passes. */
export interface ProgramState {
  program: CompiledProgram;
  outcome: Outcome;
  /** Per subject of the program's scope, in order (member-scope: one per member). */
  outcomes: Outcome[];
  /** The rows this outcome was evaluated on (the declared answers, or a hypothesis). */
  rows: Rows;
  onceGranted?: string[];
  /** Questions that come first (what would settle a status that might still be granted), on demand. */
  extraQuestions?: () => ProgramResult['questions'];
  /** The outcome was raised to needs_info by a status that might still be granted; the trees say otherwise. */
  forced?: boolean;
}

function withParameters<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof ParameterError) throw new ScreeningError(e);
    throw e;
  }
}

export function prepare(catalogue: Catalogue, household: Household, asOf: string): Prepared {
  return withParameters(() => {
    const date = catalogue.at(asOf);
    const reader = date.reader;
    return { catalogue, household, date, reader, rows: computeRows(reader, household, date.rows) };
  });
}

/** Subject indexes of a program's scope within the rows. */
export function scopeOf(p: CompiledProgram, rows: Rows): number[] {
  return p.file.scope === 'household' ? [0] : rows.map((_, i) => i).slice(1);
}

export function bestOutcome(outcomes: readonly Outcome[]): Outcome {
  let best = RANK.length - 1;
  for (const o of outcomes) {
    const r = RANK.indexOf(o);
    if (r < best) best = r;
  }
  return RANK[best];
}

export function evaluateProgram(ev: Evaluator, p: CompiledProgram, rows: Rows): ProgramState {
  const outcomes: Outcome[] = [];
  if (p.file.scope === 'household') outcomes.push(OUTCOME[ev.truth(p, rows[0])]);
  else for (let i = 1; i < rows.length; i++) outcomes.push(OUTCOME[ev.truth(p, rows[i])]);
  return { program: p, outcome: bestOutcome(outcomes), outcomes, rows };
}

export function firstPass(prep: Prepared, ev: Evaluator): ProgramState[] {
  return prep.date.programs.map((p) => evaluateProgram(ev, p, prep.rows));
}

/** Explanation structure and amounts for the decisive subjects of each program. */
export function finish(prep: Prepared, states: ProgramState[], ev: Evaluator, detail: Detail): Screening {
  const results = states.map((s) => explainState(prep, s, ev, detail === 'brief' && s.outcome === 'not_eligible'));
  const members = prep.household.members.map((m) => ({ relation: m.relation, sex: memberSex(m) }));
  return { asOf: prep.date.asOf, county: prep.household.county, members, results };
}

export function explainState(prep: Prepared, s: ProgramState, ev: Evaluator, brief: boolean): ProgramResult {
  const { household, reader } = prep;
  const p = s.program.file;
  const indexes = scopeOf(s.program, s.rows);
  const treeOutcome = s.forced ? bestOutcome(s.outcomes) : s.outcome;
  const decisive = indexes.filter((_, k) => s.outcomes[k] === treeOutcome);
  const shown = brief ? decisive.slice(0, 1) : decisive;
  const subjects: SubjectResult[] = shown.map((i) => {
    const member = i === 0 ? undefined : i - 1;
    const ref: SubjectRef = { household, statuses: prep.catalogue.statusKeys, member, row: s.rows[i] };
    const tree = ev.tree(s.program, s.rows[i]);
    const { conditions, changes, questions } = explainTree(reader, tree, ref, brief);
    // Under "once granted", conditions on the status assumed are met only as if it were granted.
    if (s.onceGranted) {
      const assumed = new Set(s.onceGranted);
      for (const c of conditions) {
        if (prep.catalogue.statusesOf(c.fact).some((k) => assumed.has(k))) c.hypothetical = true;
      }
    }
    const eligible = treeOutcome === 'eligible';
    const amount = eligible && p.amount ? computeAmount(reader, p.amount.formula, p.amount.period, ref) : undefined;
    // An estimate of nothing (a status held although the income stated is above the line, or the
    // people concerned supported otherwise): the window decides the amount; no "0 yuan" is shown.
    const amountReview = amount !== undefined && amount.value <= 0;
    const held = eligible && p.grantsStatus !== undefined && answerOf(household, p.grantsStatus, member) === true;
    return {
      member,
      ref: member === undefined ? undefined : household.members[member].ref,
      outcome: treeOutcome,
      held: held || undefined,
      amountReview: amountReview || undefined,
      conditions,
      changes,
      questions,
      amount: amountReview ? undefined : amount,
    };
  });
  const questions = dedupe([...(s.extraQuestions?.() ?? []), ...subjects.flatMap((d) => d.questions)]);
  const unverified = new Set<string>();
  for (const d of subjects) {
    for (const c of d.conditions) for (const u of c.unverified) unverified.add(u);
    for (const u of d.amount?.unverified ?? []) unverified.add(u);
  }
  const amounts = subjects.map((d) => d.amount).filter((a): a is Amount => a !== undefined);
  const reviews = subjects.filter((d) => d.amountReview).length;
  const amount: Amount | undefined =
    s.outcome === 'eligible' && amounts.length > 0 && p.amount
      ? {
          value: amounts.reduce((sum, a) => sum + a.value, 0),
          period: p.amount.period,
          partial: amounts.length + reviews < subjects.length,
          unverified: [...new Set(amounts.flatMap((a) => a.unverified))],
        }
      : undefined;
  const held = p.grantsStatus !== undefined && subjects.length > 0 && subjects.every((d) => d.held);
  return {
    id: p.id,
    outcome: s.outcome,
    onceGranted: s.onceGranted,
    held: held || undefined,
    full: !brief,
    subjects,
    questions: s.outcome === 'needs_info' ? questions : [],
    amount,
    unverified: [...unverified],
    window: reviews > 0 ? [...(p.verifiedAtWindow ?? []), AMOUNT_REVIEW] : (p.verifiedAtWindow ?? []),
    documents: brief ? [] : documentsFor(p.documents, household, new Set(s.onceGranted)),
  };
}

/** The compiled evaluator: closures built once per rule, with the date's parameter values. */
export function compiledFor(prep: Prepared): Evaluator {
  const params = prep.date.params;
  return { truth: (p, row) => p.truth(row, params), tree: (p, row) => p.tree(row, params) };
}

/** The first pass and the "once granted" hypotheses, evaluated by the compiled closures. */
export function compiledStates(prep: Prepared, ev: Evaluator): ProgramState[] {
  const first = firstPass(prep, ev);
  const plan = planHypotheses(prep, first, ev);
  return plan ? applyHypotheses(first, plan, ev) : first;
}

/** Outcomes only, with the hypotheses, and no explanation: for the hotline's many evaluations. */
export function screenOutcomes(catalogue: Catalogue, household: Household, asOf: string): ProgramState[] {
  const prep = prepare(catalogue, household, asOf);
  return compiledStates(prep, compiledFor(prep));
}

/** The default screening: compiled evaluation, explanation structure for what is shown. */
export function screen(catalogue: Catalogue, household: Household, asOf: string, detail: Detail = 'full'): Screening {
  const prep = prepare(catalogue, household, asOf);
  const ev = compiledFor(prep);
  const states = compiledStates(prep, ev);
  return withParameters(() => finish(prep, states, ev, detail));
}
