/**
 * Screening: a household in, a language-neutral result per program out. Texts are added later by
 * `explain` (src/engine/explain.ts), so the hotline, the window and the web share one result.
 */
import type { RuleResult } from 'json-rules-engine';
import type { Household } from '../model/household.js';
import { ParameterError, type ValueInForce } from '../params/parameters.js';
import { type Catalogue, type RuleSet, readsStatus } from './catalogue.js';
import { type ComputedFacts, computeFacts, FACTS, type FactValue, STATUS_FACTS, WINDOW } from './facts.js';
import { foldAll, foldAny, foldNot, type LogicNode, nearMisses, relevantLeaves, type Truth } from './logic.js';
import {
  type AmountExpr,
  type ConditionNode,
  factsOf,
  isLeaf,
  type Leaf,
  leaves,
  PARAM_PREFIX,
  type ProgramFile,
  paramsOf,
  type StatusKey,
} from './program.js';

export type Outcome = 'eligible' | 'not_eligible' | 'needs_info' | 'refer';
const OUTCOME: Record<Truth, Outcome> = { T: 'eligible', F: 'not_eligible', U: 'needs_info', W: 'refer' };
/** Which member's outcome speaks for a member-scope program: the best one. */
const RANK: Outcome[] = ['eligible', 'needs_info', 'refer', 'not_eligible'];

export interface Question {
  /** Path in the household document, e.g. `members.0.birthDate` or `hukouType`. */
  path: string;
  field: string;
  member?: number;
}

export interface ConditionOutcome {
  name: string;
  /** The article the condition implements (the rule's `basis`). */
  basis: string;
  status: 'passed' | 'failed' | 'unknown' | 'window';
  fact: string;
  operator: Leaf['operator'];
  value?: FactValue;
  /** What the fact was compared with: a parameter in force, another fact's value, or a category. */
  threshold?: number | string | boolean | string[];
  thresholdFact?: string;
  parameter?: ValueInForce;
  /** Parameters behind this condition that are UNVERIFIED placeholders. */
  unverified: string[];
  gap?: number;
  questions: Question[];
}

export interface Amount {
  value: number;
  period: 'month' | 'year' | 'once';
  /** Some eligible members' amounts could not be estimated (an answer is missing): the sum is a floor. */
  partial?: boolean;
  unverified: string[];
}

export interface SubjectResult {
  member?: number;
  ref?: string;
  outcome: Outcome;
  conditions: ConditionOutcome[];
  changes: ConditionOutcome[];
  questions: Question[];
  amount?: Amount;
  /** The estimate came to nothing although the subject is eligible: the window decides the amount. */
  amountReview?: boolean;
  /** For a status program: this subject already holds the status (已享受), it is not one to apply for. */
  held?: boolean;
}

export interface ProgramResult {
  id: string;
  outcome: Outcome;
  /** Statuses (低保, 低保边缘, 特困) the household screens eligible for but does not hold, on which this result depends. */
  onceGranted?: StatusKey[];
  /** For a status program: every subject it applies to already holds the status (已享受). */
  held?: boolean;
  subjects: SubjectResult[];
  questions: Question[];
  amount?: Amount;
  unverified: string[];
  window: string[];
}

export interface Screening {
  asOf: string;
  results: ProgramResult[];
}

export class ScreeningError extends Error {
  constructor(readonly cause: ParameterError) {
    super(cause.message);
  }
}

const STATUS_KEYS: StatusKey[] = ['holdsDibao', 'holdsLowIncome', 'holdsTekun'];

/** Who holds (or is assumed to hold) a status: the household, or some members (特困 is a person's status). */
type Statuses = Partial<Record<StatusKey, 'household' | number[]>>;

/** An answer of the household or of one member, by field name. */
const answerOf = (household: Household, field: string, member?: number): unknown =>
  member === undefined
    ? (household as Record<string, unknown>)[field]
    : (household.members[member] as Record<string, unknown> | undefined)?.[field];

/** The household as if it held the given statuses. */
function assume(household: Household, statuses: Statuses): Household {
  const out = { ...household, members: household.members.map((m) => ({ ...m })) };
  for (const [status, who] of Object.entries(statuses)) {
    if (who === 'household') Object.assign(out, { [status]: true });
    else for (const i of who ?? []) Object.assign(out.members[i], { [status]: true });
  }
  return out;
}

interface Subject {
  asOf: string;
  member?: number;
  facts: ComputedFacts;
  engineFacts: Record<string, unknown>;
}

/** Runs `fn`, turning a parameter with no value on the as-of date into a ScreeningError. */
function withParameters<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof ParameterError) throw new ScreeningError(e);
    throw e;
  }
}

export async function screen(catalogue: Catalogue, household: Household, asOf: string): Promise<Screening> {
  const { params } = catalogue;
  const programs = catalogue.inForce(asOf);
  const paramFacts: Record<string, number | string> = {};
  withParameters(() => {
    for (const p of programs) for (const id of paramsOf(p)) paramFacts[PARAM_PREFIX + id] = params.at(id, asOf).value;
  });

  const needed = new Set(programs.flatMap(factsOf));
  const makeSubjects = (hh: Household): Subject[] => {
    const hhFacts = computeFacts(params, hh, asOf, needed);
    const toEngine = (f: ComputedFacts) => {
      const out: Record<string, unknown> = { ...paramFacts };
      for (const [k, v] of Object.entries(f.values)) out[k] = v === WINDOW ? undefined : v;
      return out;
    };
    const members = hh.members.map((mem, i) => {
      const facts = computeFacts(params, hh, asOf, needed, mem, hhFacts);
      return { asOf, member: i, facts, engineFacts: toEngine(facts) };
    });
    return [{ asOf, facts: hhFacts, engineFacts: toEngine(hhFacts) }, ...members];
  };

  const declared = withParameters(() => makeSubjects(household));
  const runA = await runAll(catalogue, declared);
  const resultsA = programs.map((p) => evaluateProgram(catalogue, p, declared, runA, household));

  // Statuses the household (or, for a member's status, a member) does not (say it) hold: `granted`
  // if it screens eligible for them, `possible` if that status still needs information.
  const granted: Statuses = {};
  const possible: Statuses = {};
  const statusResult = new Map<StatusKey, ProgramResult>();
  for (const r of resultsA) {
    const p = catalogue.programs.get(r.id);
    const status = p?.grantsStatus;
    if (!p || !status) continue;
    const target = r.outcome === 'eligible' ? granted : r.outcome === 'needs_info' ? possible : undefined;
    const who =
      p.scope === 'household'
        ? answerOf(household, status) === true
          ? []
          : 'household'
        : r.subjects.map((s) => s.member as number).filter((i) => answerOf(household, status, i) !== true);
    if (who.length === 0) continue;
    statusResult.set(status, r);
    if (target) target[status] = who;
  }
  if (Object.keys(granted).length + Object.keys(possible).length === 0) return { asOf, results: resultsA };

  // Run again as if the statuses were held: first those screened eligible, then those possible too.
  const better = (x: ProgramResult, than: ProgramResult) => RANK.indexOf(x.outcome) < RANK.indexOf(than.outcome);
  const hypotheses = await Promise.all(
    [granted, { ...granted, ...possible }].map(async (statuses) => {
      if (Object.keys(statuses).length === 0) return undefined;
      const subjects = makeSubjects(assume(household, statuses));
      return { subjects, run: await runAll(catalogue, subjects, 'statusDependent') };
    }),
  );
  const results = resultsA.map((a, i) => {
    const p = programs[i];
    if (a.outcome === 'eligible' || !readsStatus(p)) return a;
    const read = new Set([...leaves(p.conditions as ConditionNode)].flatMap((l) => STATUS_FACTS.get(l.fact) ?? []));
    const [withGranted, withPossible] = hypotheses.map((h) =>
      h ? evaluateProgram(catalogue, p, h.subjects, h.run, household) : undefined,
    );
    const onceGranted = STATUS_KEYS.filter((k) => granted[k] && read.has(k));
    // The household learns what a status it qualifies for would open.
    if (withGranted && onceGranted.length > 0 && better(withGranted, a)) return { ...withGranted, onceGranted };
    // A status that might be granted keeps the answer open: ask what would settle that status.
    const open = STATUS_KEYS.filter((k) => possible[k] && read.has(k));
    if (
      withPossible &&
      open.length > 0 &&
      better(withPossible, a) &&
      RANK.indexOf(a.outcome) > RANK.indexOf('needs_info')
    ) {
      const questions = dedupe(open.flatMap((k) => statusResult.get(k)?.questions ?? []));
      return { ...a, outcome: 'needs_info' as const, questions: dedupe([...questions, ...a.questions]) };
    }
    return a;
  });
  return { asOf, results };
}

type RunResults = Map<Subject, Map<string, RuleResult>>;

async function runAll(catalogue: Catalogue, subjects: Subject[], rules: RuleSet = 'all'): Promise<RunResults> {
  const out: RunResults = new Map();
  for (const s of subjects) {
    out.set(s, await catalogue.run(s.member === undefined ? 'household' : 'member', s.engineFacts, rules));
  }
  return out;
}

function evaluateProgram(
  catalogue: Catalogue,
  p: ProgramFile,
  subjects: Subject[],
  run: RunResults,
  household: Household,
): ProgramResult {
  const scoped = subjects.filter((s) => (p.scope === 'household' ? s.member === undefined : s.member !== undefined));
  const evaluated = scoped.map((s) => {
    const rr = run.get(s)?.get(p.id);
    if (!rr) throw new Error(`no engine result for ${p.id}`);
    return evaluateSubject(catalogue, p, s, rr, household);
  });
  const outcome = RANK.find((o) => evaluated.some((e) => e.outcome === o)) ?? 'not_eligible';
  const decisive = evaluated.filter((e) => e.outcome === outcome);
  const questions = dedupe(decisive.flatMap((d) => d.questions));
  const unverified = new Set<string>();
  for (const d of decisive) {
    for (const c of d.conditions) for (const u of c.unverified) unverified.add(u);
    for (const u of d.amount?.unverified ?? []) unverified.add(u);
  }
  const amounts = decisive.map((d) => d.amount).filter((a): a is Amount => a !== undefined);
  const review = decisive.some((d) => d.amountReview);
  const amount: Amount | undefined =
    outcome === 'eligible' && amounts.length > 0 && p.amount
      ? {
          value: amounts.reduce((sum, a) => sum + a.value, 0),
          period: p.amount.period,
          partial: amounts.length + decisive.filter((d) => d.amountReview).length < decisive.length,
          unverified: [...new Set(amounts.flatMap((a) => a.unverified))],
        }
      : undefined;
  const held = p.grantsStatus !== undefined && decisive.length > 0 && decisive.every((d) => d.held);
  return {
    id: p.id,
    outcome,
    ...(held ? { held } : {}),
    subjects: decisive,
    questions,
    amount,
    unverified: [...unverified],
    window: [...(p.verifiedAtWindow ?? []), ...(review ? [AMOUNT_REVIEW] : [])],
  };
}

/** Window key (texts.*.window.amount_review) shown when an eligible subject's estimate comes to nothing. */
export const AMOUNT_REVIEW = 'amount_review';

function dedupe(qs: Question[]): Question[] {
  const seen = new Map<string, Question>();
  for (const q of qs) if (!seen.has(q.path)) seen.set(q.path, q);
  return [...seen.values()];
}

interface EngineCondition {
  all?: EngineCondition[];
  any?: EngineCondition[];
  not?: EngineCondition;
  factResult?: unknown;
  valueResult?: unknown;
  result?: boolean;
}

function evaluateSubject(
  catalogue: Catalogue,
  p: ProgramFile,
  s: Subject,
  rr: RuleResult,
  household: Household,
): SubjectResult {
  const build = (def: ConditionNode, got: EngineCondition): LogicNode<ConditionOutcome> => {
    if (isLeaf(def)) {
      const leaf = describeLeaf(catalogue, def, got, s, household);
      const truth: Truth =
        leaf.status === 'passed' ? 'T' : leaf.status === 'failed' ? 'F' : leaf.status === 'unknown' ? 'U' : 'W';
      return { op: 'leaf', children: [], leaf, truth };
    }
    if ('not' in def) {
      const child = build(def.not, got.not as EngineCondition);
      return { op: 'not', children: [child], truth: foldNot(child.truth) };
    }
    const op = 'all' in def ? 'all' : 'any';
    const defs = 'all' in def ? def.all : (def as { any: ConditionNode[] }).any;
    const gots = (op === 'all' ? got.all : got.any) as EngineCondition[];
    const children = defs.map((d, i) => build(d, gots[i]));
    const truths = children.map((c) => c.truth);
    return { op, children, truth: op === 'all' ? foldAll(truths) : foldAny(truths) };
  };
  const root = build(p.conditions as ConditionNode, rr.conditions as unknown as EngineCondition);
  const relevant = relevantLeaves(root).map((n) => n.leaf as ConditionOutcome);
  const outcome = OUTCOME[root.truth];
  const questions =
    outcome === 'needs_info' ? dedupe(relevant.filter((c) => c.status === 'unknown').flatMap((c) => c.questions)) : [];
  const member = s.member === undefined ? undefined : household.members[s.member];
  const held =
    outcome === 'eligible' && p.grantsStatus !== undefined && answerOf(household, p.grantsStatus, s.member) === true;
  const amount =
    outcome === 'eligible' && p.amount ? computeAmount(catalogue, p.amount.formula, p.amount.period, s) : undefined;
  // An estimate of nothing (a status held although the income stated is above the line, or the
  // people concerned supported otherwise): the window decides the amount; no "0 yuan" is shown.
  const amountReview = amount !== undefined && amount.value <= 0;
  return {
    member: s.member,
    ref: member?.ref,
    outcome,
    ...(held ? { held } : {}),
    ...(amountReview ? { amountReview } : {}),
    conditions: relevant,
    changes: nearMisses(root)
      .map((n) => n.leaf as ConditionOutcome)
      .filter((c) => FACTS.get(c.fact)?.changeable !== false),
    questions,
    amount: amountReview ? undefined : amount,
  };
}

/** The questions that settle an unknown fact: those of its fields still unanswered. */
function questionsOf(factId: string, s: Subject, household: Household): Question[] {
  const def = FACTS.get(factId);
  if (!def) return [];
  const open = def.questions.flatMap((q): Question[] => {
    if (q.scope === 'household') return [{ path: q.field, field: q.field }];
    // A member fact asks about that member; a household fact read from members asks about them all.
    const members = def.scope === 'member' && s.member !== undefined ? [s.member] : household.members.map((_, i) => i);
    return members.map((i) => ({ path: `members.${i}.${q.field}`, field: q.field, member: i }));
  });
  const unanswered = open.filter((q) => answerOf(household, q.field, q.member) === undefined);
  return unanswered.length > 0 ? unanswered : open;
}

function describeLeaf(
  catalogue: Catalogue,
  def: Leaf,
  got: EngineCondition,
  s: Subject,
  household: Household,
): ConditionOutcome {
  const { params } = catalogue;
  const asOfParam = (id: string) => params.at(id, s.asOf);
  const value = s.facts.values[def.fact];
  let threshold: ConditionOutcome['threshold'];
  let thresholdFact: string | undefined;
  let parameter: ValueInForce | undefined;
  const unverifiedIds = new Set<string>();
  const paramIds = [...(s.facts.paramsUsed[def.fact] ?? [])];
  let thresholdState: FactValue;
  if (typeof def.value === 'object' && !Array.isArray(def.value)) {
    const ref = def.value.fact;
    if (ref.startsWith(PARAM_PREFIX)) {
      parameter = asOfParam(ref.slice(PARAM_PREFIX.length));
      threshold = parameter.value;
      paramIds.push(parameter.id);
    } else {
      thresholdFact = ref;
      thresholdState = s.facts.values[ref];
      if (thresholdState !== WINDOW) threshold = thresholdState as number | string | boolean | undefined;
      paramIds.push(...(s.facts.paramsUsed[ref] ?? []));
    }
  } else {
    threshold = def.value;
  }
  for (const id of paramIds) if (asOfParam(id).unverified) unverifiedIds.add(id);

  let status: ConditionOutcome['status'];
  let questions: Question[] = [];
  if (value === WINDOW || thresholdState === WINDOW) status = 'window';
  else if (value === undefined || (thresholdFact !== undefined && threshold === undefined)) {
    status = 'unknown';
    questions = [
      ...(value === undefined ? questionsOf(def.fact, s, household) : []),
      ...(thresholdFact && threshold === undefined ? questionsOf(thresholdFact, s, household) : []),
    ];
  } else status = got.result ? 'passed' : 'failed';

  const gap =
    typeof value === 'number' && typeof threshold === 'number' && status !== 'unknown'
      ? Math.abs(value - threshold)
      : undefined;
  return {
    name: def.name,
    basis: def.basis,
    status,
    fact: def.fact,
    operator: def.operator,
    value: value === WINDOW ? undefined : value,
    threshold,
    thresholdFact,
    parameter,
    unverified: [...unverifiedIds],
    gap,
    questions,
  };
}

function computeAmount(
  catalogue: Catalogue,
  formula: AmountExpr,
  period: Amount['period'],
  s: Subject,
): Amount | undefined {
  const used = new Set<string>();
  const { asOf } = s;
  const evalExpr = (e: AmountExpr): number | undefined => {
    if ('param' in e) {
      used.add(e.param);
      return catalogue.params.number(e.param, asOf);
    }
    if ('fact' in e) {
      for (const id of s.facts.paramsUsed[e.fact] ?? []) used.add(id);
      const v = s.facts.values[e.fact];
      return typeof v === 'number' ? v : undefined;
    }
    if ('switch' in e) {
      const key = s.facts.values[e.switch];
      const branch = key === undefined || key === WINDOW ? undefined : e.cases[String(key)];
      return branch ? evalExpr(branch) : undefined;
    }
    const args = e.args.map(evalExpr);
    if (args.some((a) => a === undefined)) return undefined;
    const nums = args as number[];
    switch (e.op) {
      case 'add':
        return nums.reduce((a, b) => a + b);
      case 'sub':
        return nums.reduce((a, b) => a - b);
      case 'mul':
        return nums.reduce((a, b) => a * b);
      case 'div':
        return nums.reduce((a, b) => a / b);
      case 'min':
        return Math.min(...nums);
      case 'max':
        return Math.max(...nums);
    }
  };
  const value = evalExpr(formula);
  if (value === undefined || !Number.isFinite(value)) return undefined;
  return {
    value: Math.max(0, Math.round(value)),
    period,
    unverified: [...used].filter((id) => catalogue.params.at(id, asOf).unverified),
  };
}
