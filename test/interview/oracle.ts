/**
 * A caller who knows a household: answers each interview question from a complete household (the
 * field's value, or "不清楚" when the household leaves it out), and the loop that runs an interview
 * from the first question to done. Shared by the interview tests and the benchmark.
 */
import type { Catalogue } from '../../src/engine/catalogue.js';
import { nextQuestion } from '../../src/engine/interview.js';
import type { Household } from '../../src/model/household.js';
import { type Answer, locatePath, MEMBERS_PATH, replay } from '../../src/questions/answers.js';
import type { Json } from '../../src/questions/catalogue.js';

export function oracleAnswer(full: Household, path: string): Json | null {
  if (path === MEMBERS_PATH) return full.members.length;
  const at = locatePath(path);
  if (!at) throw new Error(`no question at ${path}`);
  const q = at.question;
  if (q.group) {
    // "Does anyone…?": no when every member's answers (and the household's) are the group's "no",
    // yes when one differs.
    const fields = Object.entries(q.group.no);
    const values = full.members.flatMap((m) => fields.map(([f, no]) => [(m as Record<string, unknown>)[f], no]));
    for (const [f, no] of Object.entries(q.group.household ?? {}))
      values.push([(full as Record<string, unknown>)[f], no]);
    if (values.some(([v, no]) => v !== undefined && v !== no)) return true;
    return values.every(([v]) => v !== undefined) ? false : null;
  }
  const source = (at.member === undefined ? full : full.members[at.member]) as Record<string, unknown>;
  const v = source[q.field];
  return v === undefined ? null : (v as Json);
}

export interface Run {
  log: Answer[];
  /** Questions asked (the household size included). */
  questions: number;
  household: Household;
}

/** Runs the interview with the oracle until it is done; fails past `limit` questions. */
export function interview(catalogue: Catalogue, full: Household, asOf: string, limit = 400): Run {
  const log: Answer[] = [{ path: MEMBERS_PATH, value: full.members.length }];
  for (;;) {
    const iv = replay(log, asOf);
    if ('problem' in iv) throw new Error(`answer ${iv.index} (${log[iv.index].path}): ${iv.problem}`);
    const step = nextQuestion(catalogue, iv, asOf);
    if (!step.next) return { log, questions: log.length, household: iv.household };
    if (log.length >= limit) throw new Error(`no end after ${limit} questions`);
    log.push({ path: step.next.path, value: oracleAnswer(full, step.next.path) });
  }
}
