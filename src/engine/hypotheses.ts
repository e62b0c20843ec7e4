/**
 * "Once granted": a household that screens eligible for a status it does not hold (低保, 低保边缘,
 * 特困…) learns what that status would open. The statuses come from the rule files' `grantsStatus`.
 * Only the programs that read a status are re-evaluated, on rows where the status is set:
 * - granted (the status program screens eligible): a better outcome is shown with `onceGranted`;
 * - possible (the status program needs information): a worse-than-needs-information outcome stays
 *   open as needs_info, asking first what would settle the status.
 * A status held by a member (a member-scope fact) is hypothesised for the members who qualify.
 */
import type { FactRow } from './compile.js';
import { FACT_SLOT } from './facts.js';
import {
  type Evaluator,
  evaluateProgram,
  explainState,
  type Prepared,
  type ProgramState,
  RANK,
  type Rows,
} from './screen.js';
import type { Outcome, Question } from './types.js';

export interface Hypotheses {
  granted: ReadonlySet<string>;
  possible: ReadonlySet<string>;
  /** Rows with the granted statuses set; with the possible ones set too. */
  withGranted?: Rows;
  withPossible?: Rows;
  /** The questions that would settle each possible status (from its program's first pass). */
  statusQuestions(key: string): Question[];
}

const better = (x: Outcome, than: Outcome) => RANK.indexOf(x) < RANK.indexOf(than);

/** Marks held statuses and plans the hypotheses; undefined when there is nothing to hypothesise. */
export function planHypotheses(prep: Prepared, first: ProgramState[], ev: Evaluator): Hypotheses | undefined {
  const granted = new Set<string>();
  const possible = new Set<string>();
  /** Row indexes to set per status, for each hypothesis. */
  const setGranted: [number, number][] = [];
  const setPossible: [number, number][] = [];
  const states = new Map<string, ProgramState>();
  for (const status of prep.catalogue.statuses) {
    const state = first.find((s) => s.program.file.id === status.programId);
    if (!state) continue;
    states.set(status.key, state);
    const slot = FACT_SLOT.get(status.key) as number;
    // A household status is held or granted for every row; a member status per member.
    const subjects =
      status.scope === 'household'
        ? [{ rows: prep.rows.map((_, i) => i), held: prep.rows[0][slot] === true, outcome: state.outcome }]
        : prep.rows.slice(1).map((row, k) => ({ rows: [k + 1], held: row[slot] === true, outcome: state.outcomes[k] }));
    for (const s of subjects) {
      if (s.held) {
        state.held = true;
        continue;
      }
      const target = s.outcome === 'eligible' ? granted : s.outcome === 'needs_info' ? possible : undefined;
      if (!target) continue;
      target.add(status.key);
      for (const i of s.rows) (target === granted ? setGranted : setPossible).push([i, slot]);
    }
  }
  if (granted.size + possible.size === 0) return undefined;
  const withSet = (sets: [number, number][]): Rows => {
    const rows: FactRow[] = [...prep.rows];
    const copied = new Set<number>();
    for (const [i, slot] of sets) {
      if (!copied.has(i)) {
        rows[i] = rows[i].slice();
        copied.add(i);
      }
      (rows[i] as unknown[])[slot] = true;
    }
    return rows;
  };
  const questions = new Map<string, Question[]>();
  return {
    granted,
    possible,
    withGranted: granted.size > 0 ? withSet(setGranted) : undefined,
    withPossible: withSet([...setGranted, ...setPossible]),
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
          forcedOutcome: 'needs_info' as const,
          extraQuestions: () => open.flatMap((k) => h.statusQuestions(k)),
        };
      }
    }
    return a;
  });
}
