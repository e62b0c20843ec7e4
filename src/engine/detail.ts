/**
 * The structure behind an explanation, derived only for the programs whose explanation is
 * requested: per condition its status, value, threshold or parameter, gap and the questions that
 * would settle it; the near misses; the questions of a needs-information result.
 */
import type { Household } from '../model/household.js';
import type { FactRow } from './compile.js';
import { answerOf, FACT_SLOT, FACTS, factParams, type ParamReader, WINDOW } from './facts.js';
import { type LogicNode, nearMisses, relevantLeaves, type Truth } from './logic.js';
import { type Leaf, PARAM_PREFIX } from './program.js';
import type { ConditionOutcome, Question } from './types.js';

const STATUS: Record<Truth, ConditionOutcome['status']> = { T: 'passed', F: 'failed', U: 'unknown', W: 'window' };

/** One subject of a screening: the household (member undefined) or a member, with its fact row. */
export interface SubjectRef {
  household: Household;
  /** Facts that a program grants (statuses): never a change to suggest. */
  statuses: ReadonlySet<string>;
  member?: number;
  row: FactRow;
}

export function dedupe(qs: Question[]): Question[] {
  const seen = new Map<string, Question>();
  for (const q of qs) if (!seen.has(q.path)) seen.set(q.path, q);
  return [...seen.values()];
}

const FROM_ID_NUMBER = new Set(['birthDate', 'sex']);

/** The questions that settle an unknown fact: those of its fields still unanswered. */
function questionsOf(factId: string, s: SubjectRef): Question[] {
  const def = FACTS.get(factId);
  if (!def) return [];
  const open = def.questions.flatMap((q): Question[] => {
    if (q.scope === 'household') return [{ path: q.field, field: q.field }];
    // A member fact asks about that member; a household fact read from members asks about them all.
    const members =
      def.scope === 'member' && s.member !== undefined ? [s.member] : s.household.members.map((_, i) => i);
    return members.map((i) => ({ path: `members.${i}.${q.field}`, field: q.field, member: i }));
  });
  const unanswered = open.filter(
    (q) =>
      answerOf(s.household, q.field, q.member) === undefined &&
      // A birth date and a sex are answered by a valid ID number too.
      !(FROM_ID_NUMBER.has(q.field) && answerOf(s.household, 'idNumber', q.member) !== undefined),
  );
  return unanswered.length > 0 ? unanswered : open;
}

const factOf = (s: SubjectRef, fact: string) => s.row[FACT_SLOT.get(fact) as number];

/** The questions of an unknown condition: of its fact, and of the fact it compares with, when unknown. */
function leafQuestions(leaf: Leaf, s: SubjectRef): Question[] {
  const ref = typeof leaf.value === 'object' && !Array.isArray(leaf.value) ? leaf.value.fact : undefined;
  const other = ref !== undefined && !ref.startsWith(PARAM_PREFIX) ? ref : undefined;
  return [
    ...(factOf(s, leaf.fact) === undefined ? questionsOf(leaf.fact, s) : []),
    ...(other !== undefined && factOf(s, other) === undefined ? questionsOf(other, s) : []),
  ];
}

export function describeLeaf(reader: ParamReader, leaf: Leaf, truth: Truth, s: SubjectRef): ConditionOutcome {
  const raw = factOf(s, leaf.fact);
  const memberAnswers = s.member === undefined ? undefined : s.household.members[s.member];
  const paramIds = factParams(reader, leaf.fact, s.household, memberAnswers);
  let threshold: ConditionOutcome['threshold'];
  let thresholdFact: string | undefined;
  let parameter: ConditionOutcome['parameter'];
  if (typeof leaf.value === 'object' && !Array.isArray(leaf.value)) {
    const ref = leaf.value.fact;
    if (ref.startsWith(PARAM_PREFIX)) {
      const v = reader.at(ref.slice(PARAM_PREFIX.length));
      parameter = { id: v.id, from: v.from, value: v.value, unverified: v.unverified };
      threshold = v.value;
      paramIds.push(v.id);
    } else {
      thresholdFact = ref;
      const t = factOf(s, ref);
      if (t !== WINDOW) threshold = t as number | string | boolean | undefined;
      paramIds.push(...factParams(reader, ref, s.household, memberAnswers));
    }
  } else {
    threshold = leaf.value;
  }
  const status = STATUS[truth];
  const value = raw === WINDOW ? undefined : raw;
  const questions = status === 'unknown' ? leafQuestions(leaf, s) : [];
  const gap =
    typeof value === 'number' && typeof threshold === 'number' && status !== 'unknown'
      ? Math.abs(value - threshold)
      : undefined;
  return {
    name: leaf.name,
    status,
    fact: leaf.fact,
    operator: leaf.operator,
    basis: leaf.basis,
    value,
    threshold,
    thresholdFact,
    parameter,
    parameters: paramIds.length > 1 ? [...new Set(paramIds)] : paramIds,
    unverified: paramIds.filter((id, i) => reader.at(id).unverified && paramIds.indexOf(id) === i),
    gap,
    questions,
  };
}

/** The questions that would settle an unknown tree: those of its relevant unknown conditions. */
export function openQuestions(root: LogicNode<Leaf>, s: SubjectRef): Question[] {
  if (root.truth !== 'U') return [];
  const out: Question[] = [];
  for (const n of relevantLeaves(root)) if (n.truth === 'U') out.push(...leafQuestions(n.leaf as Leaf, s));
  return dedupe(out);
}

/** Whether an answer is something the household could change (not who they are, not a status granted). */
const changeable = (fact: string, s: SubjectRef) => FACTS.get(fact)?.changeable !== false && !s.statuses.has(fact);

export interface TreeExplanation {
  conditions: ConditionOutcome[];
  changes: ConditionOutcome[];
  questions: Question[];
}

/**
 * Explains one subject's evaluated tree. `brief` keeps only the deciding reason of a failed tree
 * (its first failed relevant condition) and no near misses.
 */
export function explainTree(
  reader: ParamReader,
  root: LogicNode<Leaf>,
  s: SubjectRef,
  brief: boolean,
): TreeExplanation {
  const describe = (n: LogicNode<Leaf>) => describeLeaf(reader, n.leaf as Leaf, n.truth, s);
  const relevant = relevantLeaves(root);
  if (brief && root.truth === 'F') {
    // The deciding reason: a failed answer the household could change, before a status not held.
    const failed = relevant.filter((n) => n.truth === 'F');
    const deciding = failed.find((n) => changeable((n.leaf as Leaf).fact, s)) ?? failed[0] ?? relevant[0];
    return { conditions: [describe(deciding)], changes: [], questions: [] };
  }
  const conditions = relevant.map(describe);
  const questions =
    root.truth === 'U' ? dedupe(conditions.filter((c) => c.status === 'unknown').flatMap((c) => c.questions)) : [];
  const changes = nearMisses(root)
    .filter((n) => changeable((n.leaf as Leaf).fact, s))
    .map(describe);
  return { conditions, changes, questions };
}
