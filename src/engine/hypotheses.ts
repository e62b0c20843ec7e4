/**
 * "Once granted": a household that screens eligible for a status it does not hold (低保, 低保边缘,
 * 特困…) learns what that status would open. The statuses come from the rule files' `grantsStatus`.
 * Only the programs that read a status are re-evaluated, on rows where the status is set:
 * - granted (the status program screens eligible): a better outcome is shown with `onceGranted`;
 * - possible (the status program needs information): a worse-than-needs-information outcome stays
 *   open as needs_info, asking first what would settle the status.
 * A status held by a member (a member-scope fact) is hypothesised for the members who qualify. The
 * rows are computed again from the household as if it held the status, since derived facts read it.
 */
import type { Household } from '../model/household.js';
import { answerOf, computeRows } from './facts.js';
import {
  type Evaluator,
  evaluateProgram,
  explainState,
  type Prepared,
  type ProgramState,
  RANK,
  type Rows,
  scopeOf,
} from './screen.js';
import type { Outcome, Question } from './types.js';

export interface Hypotheses {
  granted: ReadonlySet<string>;
  possible: ReadonlySet<string>;
  /** Rows of the household as if it held the granted statuses; the possible ones too. */
  withGranted?: Rows;
  withPossible?: Rows;
  /** The questions that would settle each possible status (from its program's first pass). */
  statusQuestions(key: string): Question[];
}

/** Who holds, or is assumed to hold, a status: the household, or some members (特困 is a person's status). */
type Who = 'household' | number[];

const better = (x: Outcome, than: Outcome) => RANK.indexOf(x) < RANK.indexOf(than);

/** The household as if it held the given statuses. */
function assume(household: Household, statuses: Map<string, Who>): Household {
  const out: Household = { ...household, members: household.members.map((m) => ({ ...m })) };
  for (const [status, who] of statuses) {
    if (who === 'household') Object.assign(out, { [status]: true });
    else for (const i of who) Object.assign(out.members[i], { [status]: true });
  }
  return out;
}

/** Fact rows of an assumed household: every derived fact is computed again (some read the statuses). */
const rowsOf = (prep: Prepared, household: Household): Rows => computeRows(prep.reader, household, prep.date.rows);

/** Plans the hypotheses; undefined when there is nothing to hypothesise. */
export function planHypotheses(prep: Prepared, first: ProgramState[], ev: Evaluator): Hypotheses | undefined {
  const { household } = prep;
  const granted = new Map<string, Who>();
  const possible = new Map<string, Who>();
  const states = new Map<string, ProgramState>();
  for (const status of prep.catalogue.statuses) {
    const state = first.find((s) => s.program.file.id === status.programId);
    if (!state) continue;
    // A household status not held, or the decisive members who do not hold a member status.
    const indexes = scopeOf(state.program, state.rows);
    const who: Who =
      state.program.file.scope === 'household'
        ? answerOf(household, status.key) === true
          ? []
          : 'household'
        : indexes
            .filter((_, k) => state.outcomes[k] === state.outcome)
            .map((i) => i - 1)
            .filter((m) => answerOf(household, status.key, m) !== true);
    if (who.length === 0) continue;
    states.set(status.key, state);
    if (state.outcome === 'eligible') granted.set(status.key, who);
    else if (state.outcome === 'needs_info') possible.set(status.key, who);
  }
  if (granted.size + possible.size === 0) return undefined;
  const questions = new Map<string, Question[]>();
  const withGranted = granted.size > 0 ? rowsOf(prep, assume(household, granted)) : undefined;
  return {
    granted: new Set(granted.keys()),
    possible: new Set(possible.keys()),
    withGranted,
    withPossible:
      possible.size === 0 && withGranted
        ? withGranted
        : rowsOf(prep, assume(household, new Map([...granted, ...possible]))),
    statusQuestions(key) {
      let q = questions.get(key);
      if (!q) {
        const state = states.get(key);
        q = state ? explainState(prep, state, ev, false).questions : [];
        questions.set(key, q);
      }
      return q;
    },
  };
}

export function applyHypotheses(first: ProgramState[], h: Hypotheses, ev: Evaluator): ProgramState[] {
  return first.map((a) => {
    const p = a.program;
    if (a.outcome === 'eligible' || p.readsStatuses.length === 0) return a;
    const onceGranted = p.readsStatuses.filter((k) => h.granted.has(k));
    if (h.withGranted && onceGranted.length > 0) {
      const withGranted = evaluateProgram(ev, p, h.withGranted);
      if (better(withGranted.outcome, a.outcome)) return { ...withGranted, onceGranted };
    }
    const open = p.readsStatuses.filter((k) => h.possible.has(k));
    if (h.withPossible && open.length > 0 && better('needs_info', a.outcome)) {
      const withPossible = evaluateProgram(ev, p, h.withPossible);
      if (better(withPossible.outcome, a.outcome)) {
        return {
          ...a,
          outcome: 'needs_info' as const,
          forced: true,
          extraQuestions: () => open.flatMap((k) => h.statusQuestions(k)),
        };
      }
    }
    return a;
  });
}
