/**
 * The interview against the full questionnaire, for one household: the questions the interview
 * needs before every program that the household's full answers settle is settled, the questions it
 * asks until done, the questions the questionnaire asks, and the time of each step (for the
 * benchmark; never asserted in a test).
 */
import type { Catalogue } from '../../src/engine/catalogue.js';
import { nextQuestion } from '../../src/engine/interview.js';
import { screenOutcomes } from '../../src/engine/screen.js';
import type { Household } from '../../src/model/household.js';
import { type Answer, MEMBERS_PATH, replay } from '../../src/questions/answers.js';
import { QUESTIONS } from '../../src/questions/catalogue.js';
import { oracleAnswer } from './oracle.js';
import { questionnaireCount } from './questionnaire.js';

export const GROUPS = QUESTIONS.filter((q) => q.group).map((q) => q.field);

export interface Measure {
  /** Questions until every program the full answers settle is settled; undefined if the interview ended first. */
  needed?: number;
  /** The programs the full answers settle that the interview left open. */
  missed: string[];
  /** Questions until the interview is done. */
  total: number;
  questionnaire: number;
  /** Milliseconds per step (choosing the next question). */
  steps: number[];
}

/** The programs a household's answers settle (any result but needs information). */
export const settled = (c: Catalogue, h: Household, asOf: string) =>
  new Set(
    screenOutcomes(c, h, asOf)
      .filter((s) => s.outcome !== 'needs_info')
      .map((s) => s.program.file.id),
  );

/** `onCall` is given the answers of each call (what POST /api/v1/interview/next would be sent). */
export function measure(
  catalogue: Catalogue,
  full: Household,
  asOf: string,
  limit = 400,
  onCall?: (answers: Answer[]) => void,
): Measure {
  const target = settled(catalogue, full, asOf);
  const log: Answer[] = [{ path: MEMBERS_PATH, value: full.members.length }];
  const steps: number[] = [];
  let needed: number | undefined;
  for (;;) {
    const iv = replay(log, asOf);
    if ('problem' in iv) throw new Error(`answer ${iv.index} (${log[iv.index].path}): ${iv.problem}`);
    if (needed === undefined) {
      const now = settled(catalogue, iv.household, asOf);
      if ([...target].every((id) => now.has(id))) needed = log.length;
    }
    onCall?.([...log]);
    const t0 = performance.now();
    const step = nextQuestion(catalogue, iv, asOf);
    steps.push(performance.now() - t0);
    if (!step.next || log.length >= limit) break;
    log.push({ path: step.next.path, value: oracleAnswer(full, step.next.path) });
  }
  const end = replay(log, asOf);
  const now = 'problem' in end ? new Set<string>() : settled(catalogue, end.household, asOf);
  const missed = [...target].filter((id) => !now.has(id));
  return { needed, missed, total: log.length, questionnaire: questionnaireCount(full, GROUPS), steps };
}
