/**
 * How many questions the resident's full questionnaire (web/src/model.ts) asks a household: the
 * questions its steps show for the household's answers, once per member for a member question. The
 * ID number is not counted (the birth date and sex it fills are), and the household size counts as
 * one question, as in the interview.
 */
import type { Household } from '../../src/model/household.js';
import { MEMBERS_PATH } from '../../src/questions/answers.js';
import {
  type Answers,
  questionVisible,
  type Raw,
  stepMembers,
  type Values,
  visibleSteps,
} from '../../web/src/model.js';
import { oracleAnswer } from './oracle.js';

function raw(v: unknown): Raw {
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'string' && /^\d{4}(-\d{2}){0,2}$/.test(v) && v.length > 4) {
    const [y, m = '', d = ''] = v.split('-');
    return { y, m: String(Number(m) || ''), d: String(Number(d) || '') };
  }
  return String(v);
}

/** The page's raw answers for a household: what a resident who knows it would have entered. */
export function toAnswers(h: Household, groups: readonly string[]): Answers {
  const household: Values = {};
  for (const [k, v] of Object.entries(h)) if (k !== 'members') household[k] = raw(v);
  for (const g of groups) household[g] = raw(oracleAnswer(h, g));
  const members = h.members.map((m, i) => {
    const values: Values = {};
    for (const [k, v] of Object.entries(m)) values[k] = raw(v);
    return { uid: `m${i}`, values };
  });
  return { household, members };
}

export function questionnaireCount(h: Household, groups: readonly string[]): number {
  const a = toAnswers(h, groups);
  let n = 1; // the household size
  for (const step of visibleSteps(a)) {
    for (const q of step.questions) {
      if (q.field === 'idNumber' || q.field === MEMBERS_PATH) continue;
      if (q.scope === 'household') n += questionVisible(q, a) ? 1 : 0;
      else n += stepMembers(step, a).filter((i) => questionVisible(q, a, i)).length;
    }
  }
  return n;
}
