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
import { type Answer, locatePath, MEMBERS_PATH, memberPath, replay } from '../../src/questions/answers.js';
import { GROUPS_OF, groupFields, QUESTION, QUESTIONS } from '../../src/questions/catalogue.js';
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

/** The answers a caller who knows the household can give: every field it holds that a question asks. */
function knownPaths(full: Household): string[] {
  const asked = (k: string, v: unknown) => v !== undefined && QUESTION.get(k)?.spoken !== false;
  const paths = Object.entries(full).flatMap(([k, v]) =>
    k !== 'members' && asked(k, v) && QUESTION.has(k) ? [k] : [],
  );
  full.members.forEach((m, i) => {
    for (const [k, v] of Object.entries(m))
      if (asked(k, v) && QUESTION.has(k) && !(i === 0 && k === 'relation')) paths.push(memberPath(i, k));
  });
  return paths;
}

/**
 * A lower bound on the questions any interview over this catalogue needs to settle what the full
 * answers settle, whatever its order, even knowing the answers. An answer is essential when the
 * household without it (every other answer kept) leaves a settled program open: since an answer
 * never unsettles a program (test/invariants.test.ts: a decided result stays when the answers left
 * out are given; the property test in test/interview.test.ts), every interview must
 * obtain each essential answer, by asking it or a group question whose "no" gives it. Essential
 * answers a group's "no" can give count once for the group (the widest of their groups), the
 * others once each; the household size is one more.
 */
export function lowerBound(catalogue: Catalogue, full: Household, asOf: string): number {
  const target = settled(catalogue, full, asOf);
  const paths = knownPaths(full);
  const settlesAll = (ps: string[]) => {
    const iv = replay(
      [
        { path: MEMBERS_PATH, value: full.members.length },
        ...ps.map((path) => ({ path, value: oracleAnswer(full, path) })),
      ],
      asOf,
    );
    if ('problem' in iv) throw new Error(`${iv.problem} at ${iv.index}`);
    const now = settled(catalogue, iv.household, asOf);
    return [...target].every((id) => now.has(id));
  };
  if (!settlesAll(paths)) throw new Error('the known answers do not settle what the household settles');
  const covers = new Set<string>();
  for (const p of paths) {
    if (settlesAll(paths.filter((x) => x !== p))) continue;
    const field = locatePath(p)?.question.field ?? p;
    const groups = (GROUPS_OF.get(field) ?? []).filter((g) => oracleAnswer(full, g.field) === false);
    const widest = groups.sort((a, b) => groupFields(b).length - groupFields(a).length)[0];
    covers.add(widest?.field ?? p);
  }
  return covers.size + 1;
}
