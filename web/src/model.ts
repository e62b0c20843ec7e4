/**
 * The questionnaire as data: steps, questions, when each question matters, and how the raw
 * answers (what the resident typed or tapped, kept in localStorage) become the household the API
 * screens. No DOM here: the page (form.ts) renders what this file describes.
 *
 * Rules of the game:
 * - An unanswered question, or "don't know", sends nothing: the API treats absence as unknown.
 * - A question hidden by earlier answers keeps its raw answer (going back restores it) but is not
 *   sent. A few answers are inferred from explicit answers instead of asked (see `toHousehold`).
 * - Age bands that decide what to ask are deliberately wide: they only choose questions; the API
 *   applies the dated thresholds.
 */

import {
  dateSpan,
  EARLIEST_BIRTH_DATE,
  EARLIEST_DISCHARGE_DATE,
  isCalendarDate,
  todayInChina,
  wholeYearsBetween,
} from '../../src/model/dates.js';
import type { Household } from '../../src/model/household.js';
import { idDisagreements, parseResidentId } from '../../src/model/resident-id.js';
import { MAX_MEMBERS } from '../../src/model/vocabulary.js';
import { applyAnswer, inferAnswers, SCHOOL_AGE } from '../../src/questions/answers.js';
import { GROUP_QUESTIONS, type QuestionDef, question } from '../../src/questions/catalogue.js';

/** The earliest date each date question takes: the API's plausible floors. */
const EARLIEST_DATE: Record<string, string> = {
  birthDate: EARLIEST_BIRTH_DATE,
  dischargeDate: EARLIEST_DISCHARGE_DATE,
};

export interface DateRaw {
  y: string;
  m: string;
  d: string;
}
export type Raw = string | DateRaw | undefined;
export type Values = Record<string, Raw>;

export interface MemberAnswers {
  /** Stable key for the page (ids are by index, as the API's paths are). */
  uid: string;
  values: Values;
}

export interface Answers {
  household: Values;
  members: MemberAnswers[];
}

export { MAX_MEMBERS } from '../../src/model/vocabulary.js';
export type { Kind } from '../../src/questions/catalogue.js';

/**
 * A question of the catalogue (src/questions/catalogue.ts: field, kind, options, bounds) as this
 * page asks it: in a step, shown when `when` says it may matter for these answers. A group question
 * ("does anyone…?") is asked here as a gate: it is never sent, a "no" answers its member fields.
 */
export interface Question extends QuestionDef {
  when?: (a: Answers, member: number) => boolean;
}

export interface Step {
  id: string;
  questions: Question[];
}

/** Age bands that decide which questions to ask (wide on purpose; see the header). */
const SERVICE_MIN_AGE = 16;
const WORKING_AGE = { min: 15, max: 64 };
const SUPPORT_AGE = { elderly: 55, minor: 18 };
const COMPULSORY_AGE = { min: 5, max: 16 };
const CHILDBEARING_AGE = { min: 12, max: 55 };

/**
 * Member questions asked only at the ages at which a program in force can use them, as the API
 * derives them from the rules and parameters (GET /api/v1/questions/ages): a 62-year-old is not asked
 * about job-hunting while every programme that reads it ends at 59. Until the ages are known (or
 * if the request fails), the wide bands above decide alone.
 */
export const AGE_LIMITED = ['seekingWork', 'startingBusiness', 'wantsSkillsTraining'] as const;
const answerAges = new Map<string, readonly [number, number] | null>();

export function setAnswerAges(ages: Record<string, readonly [number, number] | null>) {
  for (const [field, range] of Object.entries(ages)) answerAges.set(field, range);
}

/** Whether a member's age (when known) is one at which the field can change a result. */
function atUsableAge(field: string, a: Answers, i: number): boolean {
  const range = answerAges.get(field);
  const age = ageOf(a, i);
  return !range || age === undefined || (age >= range[0] && age <= range[1]);
}

// ---------------------------------------------------------------------------------------------
// Reading raw answers

export function str(v: Raw): string {
  return typeof v === 'string' ? v : '';
}

/** Full-width digits and letters (typed with a Chinese input method) as ASCII; spaces dropped. */
export function halfWidth(text: string): string {
  return text
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u3000]/g, '');
}

export function hh(a: Answers, field: string): string {
  return str(a.household[field]);
}

export function mv(a: Answers, i: number, field: string): string {
  return str(a.members[i]?.values[field]);
}

function pad2(s: string): string {
  return s.length === 1 ? `0${s}` : s;
}

/** 'YYYY-MM-DD' from the three boxes, '' when all are empty, undefined when incomplete or not a date. */
export function dateValue(v: Raw): string | undefined | '' {
  if (v === undefined || typeof v === 'string') return v ? (isCalendarDate(v) ? v : undefined) : '';
  const y = halfWidth(v.y);
  const m = halfWidth(v.m);
  const d = halfWidth(v.d);
  if (!y && !m && !d) return '';
  if (!/^\d{4}$/.test(y) || !/^\d{1,2}$/.test(m) || !/^\d{1,2}$/.test(d)) return undefined;
  const iso = `${y}-${pad2(m)}-${pad2(d)}`;
  return isCalendarDate(iso) ? iso : undefined;
}

/**
 * For a date question that takes a partial date: 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' from the boxes
 * (month and day optional), '' when all are empty, or the problem: no 4-digit year, a day without
 * its month, a month or day that does not exist.
 */
export function partialDateValue(v: Raw): { value: string } | { problem: 'year' | 'monthDay' } {
  if (v === undefined || typeof v === 'string') {
    if (!v) return { value: '' };
    return dateSpan(v) ? { value: v } : { problem: 'year' };
  }
  const y = halfWidth(v.y).trim();
  const m = halfWidth(v.m).trim();
  const d = halfWidth(v.d).trim();
  if (!y && !m && !d) return { value: '' };
  if (!/^\d{4}$/.test(y)) return { problem: 'year' };
  if ((m && !/^\d{1,2}$/.test(m)) || (d && !/^\d{1,2}$/.test(d)) || (d && !m)) return { problem: 'monthDay' };
  const iso = [y, ...(m ? [pad2(m)] : []), ...(d ? [pad2(d)] : [])].join('-');
  return dateSpan(iso) ? { value: iso } : { problem: 'monthDay' };
}

export function idInfo(a: Answers, i: number) {
  const raw = halfWidth(mv(a, i, 'idNumber'));
  if (!raw) return undefined;
  const parsed = parseResidentId(raw);
  return parsed.ok ? parsed.info : undefined;
}

export function birthDateOf(a: Answers, i: number): string | undefined {
  const d = dateValue(a.members[i]?.values.birthDate);
  if (d) return d;
  return idInfo(a, i)?.birthDate;
}

export function ageOf(a: Answers, i: number, today = todayInChina()): number | undefined {
  const birth = birthDateOf(a, i);
  if (!birth || birth > today) return undefined;
  return wholeYearsBetween(birth, today);
}

export function relationOf(a: Answers, i: number): string {
  return i === 0 ? 'self' : mv(a, i, 'relation');
}

const YOUNGER_RELATIONS = new Set(['child', 'grandchild', 'sibling', 'other', '']);

/** A member who may be in kindergarten, school or college. */
export function maybeSchoolAge(a: Answers, i: number): boolean {
  const age = ageOf(a, i);
  if (age !== undefined) return age >= SCHOOL_AGE.min && age <= SCHOOL_AGE.max;
  return i > 0 && YOUNGER_RELATIONS.has(relationOf(a, i));
}

function maybeAdult(a: Answers, i: number): boolean {
  const age = ageOf(a, i);
  return age === undefined || age >= SERVICE_MIN_AGE;
}

function maybeWorkingAge(a: Answers, i: number): boolean {
  const age = ageOf(a, i);
  return age === undefined || (age >= WORKING_AGE.min && age <= WORKING_AGE.max);
}

const isYes = (v: string) => v === 'true';

/** A member who may be of childbearing age (wide on purpose: the API applies the dated ages). */
function maybeParentToBe(a: Answers, i: number): boolean {
  const age = ageOf(a, i);
  return age === undefined || (age >= CHILDBEARING_AGE.min && age <= CHILDBEARING_AGE.max);
}

/** A member who may be pregnant or have just given birth: not known to be a man, of childbearing age. */
function maybeMother(a: Answers, i: number): boolean {
  const sex = mv(a, i, 'sex') || idInfo(a, i)?.sex;
  return sex !== 'male' && maybeParentToBe(a, i);
}

/** An adult (16+) of working age, or of unknown age. */
function maybeWorkingAdult(a: Answers, i: number): boolean {
  return maybeAdult(a, i) && maybeWorkingAge(a, i);
}

function isVeteranMember(a: Answers, i: number): boolean {
  return hh(a, '_military') === 'true' && isYes(mv(a, i, 'isVeteran')) && maybeAdult(a, i);
}

function isSurvivor(a: Answers, i: number): boolean {
  return hh(a, '_military') === 'true' && !['', 'none'].includes(mv(a, i, 'survivorOf'));
}

function hasCertificate(a: Answers, i: number): boolean {
  return hh(a, '_disability') === 'true' && isYes(mv(a, i, 'hasDisabilityCertificate'));
}

// ---------------------------------------------------------------------------------------------
// The steps

/** A question of the catalogue, asked when `when` says so. */
const ask = (field: string, when?: Question['when']): Question => ({ ...question(field), when });

export const STEPS: Step[] = [
  {
    id: 'place',
    questions: [
      ask('hukouInJiaozuo'),
      ask('hukouType'),
      ask('county'),
      ask('residesInJiaozuo'),
      ask('yearsInJiaozuo', (a) => hh(a, 'hukouInJiaozuo') === 'false'),
    ],
  },
  {
    id: 'members',
    questions: [
      ask('relation', (_, i) => i > 0),
      ask('idNumber'),
      ask('birthDate'),
      ask('sex'),
      // A family member's own hukou may be in Jiaozuo when the applicant's is not.
      ask('ownHukouInJiaozuo', (a, i) => i > 0 && hh(a, 'hukouInJiaozuo') === 'false'),
      // Pregnancy and childbirth: free screening, checks and visits (卫健).
      ask('pregnant', maybeMother),
      ask('postpartum', maybeMother),
      ask('planningPregnancy', maybeParentToBe),
    ],
  },
  {
    id: 'income',
    questions: [
      ask('monthlyIncomeTotal'),
      ask('pensionScheme', maybeAdult),
      ask('yearsContributedPension', (a, i) => maybeAdult(a, i) && mv(a, i, 'pensionScheme') === 'resident'),
    ],
  },
  {
    id: 'assistance',
    questions: [
      ask('holdsDibao'),
      // 特困 is a person's status: a gate, then who holds it.
      ask('_tekun'),
      ask('holdsTekun', (a) => hh(a, '_tekun') === 'true'),
      ask('holdsLowIncome', (a) => !isYes(hh(a, 'holdsDibao')) && hh(a, '_tekun') !== 'true'),
      ask('holdsPovertyAlleviation', (a) => hh(a, 'hukouType') !== 'urban'),
      ask('hardshipEvent'),
      ask('familyPlanningStatus'),
      ask('onlyChildLoss', (a) => hh(a, 'familyPlanningStatus') === 'one_child'),
      // Medical assistance and the spending type of emergency assistance: a gate, then who.
      ask('_medical'),
      ask('highMedicalCosts', (a) => hh(a, '_medical') === 'true'),
      ask('seriousIllness', (a) => hh(a, '_medical') === 'true'),
      // Premium aid is for 特困, 低保 and low-income households (社会保险法 第二十五条).
      ask(
        'medicalInsurance',
        (a) => isYes(hh(a, 'holdsDibao')) || hh(a, '_tekun') === 'true' || isYes(hh(a, 'holdsLowIncome')),
      ),
      // Legal aid: a gate, then the matter.
      ask('_legal'),
      ask('legalIssue', (a) => hh(a, '_legal') === 'true'),
    ],
  },
  {
    id: 'housing',
    questions: [
      ask('ownsHomeInJiaozuo', (a) => hh(a, 'hukouType') !== 'rural' || hh(a, 'hukouInJiaozuo') === 'false'),
      ask('floorAreaPerCapita', (a) => hh(a, 'hukouType') !== 'rural' && isYes(hh(a, 'ownsHomeInJiaozuo'))),
      ask('houseSafety', (a) => hh(a, 'hukouType') !== 'urban' && hh(a, 'hukouInJiaozuo') !== 'false'),
    ],
  },
  {
    id: 'disability',
    questions: [
      ask('_disability'),
      ask('hasDisabilityCertificate', (a) => hh(a, '_disability') === 'true'),
      ask('disabilityCategory', hasCertificate),
      ask('disabilityGrade', hasCertificate),
    ],
  },
  {
    id: 'school',
    questions: [
      ask('schoolStage', maybeSchoolAge),
      ask('schoolYear', (a, i) => maybeSchoolAge(a, i) && ['senior', 'vocational'].includes(mv(a, i, 'schoolStage'))),
      ask('agricultureMajor', (a, i) => maybeSchoolAge(a, i) && mv(a, i, 'schoolStage') === 'vocational'),
      ask('kindergartenPuhui', (a, i) => maybeSchoolAge(a, i) && mv(a, i, 'schoolStage') === 'kindergarten'),
      ask('boarding', (a, i) => maybeSchoolAge(a, i) && ['primary', 'junior'].includes(mv(a, i, 'schoolStage'))),
      ask('ownHukouInJiaozuo', maybeCompulsoryAge),
      ask('worksInJiaozuo', migrantParent),
      ask('hasJiaozuoResidencePermit', migrantParent),
      ask('orphan', (a, i) => needsChildStatus(a, i)),
      ask('factuallyUnsupported', (a, i) => needsChildStatus(a, i) && mv(a, i, 'orphan') !== 'true'),
      ask(
        'ownHukouInJiaozuo',
        (a, i) => needsChildStatus(a, i) && (isYes(mv(a, i, 'orphan')) || isYes(mv(a, i, 'factuallyUnsupported'))),
      ),
    ],
  },
  {
    id: 'military',
    questions: [
      ask('_military'),
      ask('isVeteran', (a, i) => hh(a, '_military') === 'true' && maybeAdult(a, i)),
      ask('survivorOf', (a) => hh(a, '_military') === 'true'),
      ask('survivorRelation', isSurvivor),
      ask('hasLivingIncome', isSurvivor),
    ],
  },
  {
    id: 'service',
    questions: [
      ask('dischargeDate', isVeteranMember),
      ask('hukouAtEnlistment', isVeteranMember),
      ask('isCombatVeteran', isVeteranMember),
      ask('receivesPeriodicBenefit', (a, i) => isVeteranMember(a, i) || isSurvivor(a, i)),
      ask('isDisabledServiceman', isVeteranMember),
      ask('serviceDisabilityGrade', (a, i) => isVeteranMember(a, i) && isYes(mv(a, i, 'isDisabledServiceman'))),
      ask('serviceDisabilityCause', (a, i) => isVeteranMember(a, i) && isYes(mv(a, i, 'isDisabledServiceman'))),
      ask('serviceDisabilityMental', (a, i) => isVeteranMember(a, i) && isYes(mv(a, i, 'isDisabledServiceman'))),
    ],
  },
  {
    id: 'work',
    questions: [
      ask(
        'wantsSkillsTraining',
        (a, i) => (isVeteranMember(a, i) || maybeWorkingAdult(a, i)) && atUsableAge('wantsSkillsTraining', a, i),
      ),
      ask(
        'seekingWork',
        (a, i) => (maybeWorkingAdult(a, i) || mayClaimUnemployment(a, i)) && atUsableAge('seekingWork', a, i),
      ),
      ask('startingBusiness', (a, i) => maybeWorkingAdult(a, i) && atUsableAge('startingBusiness', a, i)),
      // Whether anyone of working age has a job matters for the employment programmes (零就业家庭,
      // 就业援助, training, start-up loans), the veterans' hardship aid, a disabled adult who may
      // apply for 低保 alone, and a survivor's periodic pension.
      ask('employment', (a, i) => maybeWorkingAge(a, i) || isSurvivor(a, i)),
      ask('jobLossInvoluntary', mayClaimUnemployment),
      ask(
        'monthsRegisteredUnemployed',
        (a, i) => mayClaimUnemployment(a, i) || (maybeWorkingAdult(a, i) && mv(a, i, 'employment') === 'unemployed'),
      ),
      ask('monthsInsured', mayClaimUnemployment),
      ask(
        'recentGraduate',
        (a, i) => maybeWorkingAdult(a, i) && (isYes(mv(a, i, 'seekingWork')) || isYes(mv(a, i, 'startingBusiness'))),
      ),
      ask('returningMigrantWorker', (a, i) => maybeWorkingAdult(a, i) && isYes(mv(a, i, 'startingBusiness'))),
      // 军属 count among people with employment difficulty (河南省就业促进条例 第四十三条（六）).
      ask(
        'isServicemanFamily',
        (a, i) => maybeWorkingAdult(a, i) && isYes(mv(a, i, 'seekingWork')) && mv(a, i, 'employment') === 'unemployed',
      ),
    ],
  },
  {
    id: 'support',
    questions: [ask('hasCapableSupporter', needsSupporterQuestion), ask('selfCare', needsSupporterQuestion)],
  },
];

/** Compulsory-school age or stage: whose own hukou matters for a migrant child's schooling. */
function maybeCompulsoryAge(a: Answers, i: number): boolean {
  const stage = mv(a, i, 'schoolStage');
  if (['primary', 'junior'].includes(stage)) return true;
  const age = ageOf(a, i);
  return maybeSchoolAge(a, i) && age !== undefined && age >= COMPULSORY_AGE.min && age <= COMPULSORY_AGE.max;
}

/** Where a child's hukou is outside Jiaozuo: whether the adults work here or hold a 居住证. */
function migrantParent(a: Answers, i: number): boolean {
  return maybeAdult(a, i) && a.members.some((_, j) => j !== i && mv(a, j, 'ownHukouInJiaozuo') === 'false');
}

/** An unemployed member of working age: the unemployment-insurance questions. */
function mayClaimUnemployment(a: Answers, i: number): boolean {
  return mv(a, i, 'employment') === 'unemployed' && maybeWorkingAge(a, i);
}

/** Orphan questions: a minor in school who is not the applicant's own child. */
function needsChildStatus(a: Answers, i: number): boolean {
  const stage = mv(a, i, 'schoolStage');
  const age = ageOf(a, i);
  return (
    maybeSchoolAge(a, i) &&
    ['kindergarten', 'primary', 'junior', 'senior', 'vocational'].includes(stage) &&
    (age === undefined || age < SUPPORT_AGE.minor) &&
    relationOf(a, i) !== 'child'
  );
}

/** Whether anyone is bound and able to support this member matters for the old, orphans and the disabled. */
function needsSupporterQuestion(a: Answers, i: number): boolean {
  const age = ageOf(a, i);
  if (hasCertificate(a, i)) return true;
  if (hh(a, '_military') === 'true' && mv(a, i, 'survivorOf') !== '' && mv(a, i, 'survivorOf') !== 'none') return true;
  if (age === undefined) return relationOf(a, i) !== 'child';
  if (age >= SUPPORT_AGE.elderly) return true;
  return age < SUPPORT_AGE.minor && relationOf(a, i) !== 'child';
}

export const STEP_BY_ID = new Map(STEPS.map((s) => [s.id, s]));

export function questionVisible(q: Question, a: Answers, member = 0): boolean {
  return q.when ? q.when(a, member) : true;
}

/** Members for whom a step asks something. */
export function stepMembers(step: Step, a: Answers): number[] {
  if (step.id === 'members') return a.members.map((_, i) => i);
  return a.members
    .map((_, i) => i)
    .filter((i) => step.questions.some((q) => q.scope === 'member' && questionVisible(q, a, i)));
}

export function stepVisible(step: Step, a: Answers): boolean {
  if (step.id === 'members') return true;
  return (
    step.questions.some((q) => q.scope === 'household' && questionVisible(q, a)) || stepMembers(step, a).length > 0
  );
}

export function visibleSteps(a: Answers): Step[] {
  return STEPS.filter((s) => stepVisible(s, a));
}

/** Questions shown for these answers, per member, in the steps after `stepId`: "about N questions left". */
export function questionsAfter(a: Answers, stepId: string): number {
  const steps = visibleSteps(a);
  const at = steps.findIndex((s) => s.id === stepId);
  let n = 0;
  for (const step of steps.slice(at + 1)) {
    for (const q of step.questions) {
      if (q.scope === 'household') n += questionVisible(q, a) ? 1 : 0;
      else n += a.members.filter((_, i) => questionVisible(q, a, i)).length;
    }
  }
  return n;
}

// ---------------------------------------------------------------------------------------------
// Paths: the API's question and error paths (`members.0.birthDate`, `hukouType`) and the ids of
// the form controls that answer them.

export function pathOf(q: Question, member?: number): string {
  return q.scope === 'member' ? `members.${member}.${q.field}` : q.field;
}

/** Id of the control (or the first option of a group) that answers a path. */
export function controlId(path: string): string {
  return `q-${path.replace(/\./g, '-')}`;
}

/** API paths answered by another control. */
const PATH_ALIASES: Record<string, string> = { monthlyIncomePerCapita: 'monthlyIncomeTotal' };

export interface Located {
  step: Step;
  path: string;
  question?: Question;
  member?: number;
}

/** Finds the step and question that answer an API path; `members` (household size) is the members step. */
export function locate(rawPath: string): Located | undefined {
  const path = rawPath.replace(/^household\./, '');
  const parts = path.split('.');
  if (parts[0] === 'members') {
    const members = STEP_BY_ID.get('members') as Step;
    if (parts.length < 3) return { step: members, path: 'members' };
    const member = Number(parts[1]);
    const field = parts[2];
    for (const step of STEPS) {
      const question = step.questions.find((q) => q.scope === 'member' && q.field === field);
      if (question) return { step, path: `members.${member}.${field}`, question, member };
    }
    return undefined;
  }
  const field = PATH_ALIASES[parts[0]] ?? parts[0];
  for (const step of STEPS) {
    const question = step.questions.find((q) => q.scope === 'household' && q.field === field);
    if (question) return { step, path: field, question };
  }
  return undefined;
}

/** Whether the control for a located path is on screen for these answers. */
export function locatedVisible(l: Located, a: Answers): boolean {
  if (!stepVisible(l.step, a)) return false;
  if (!l.question) return true;
  if (l.member !== undefined && l.member >= a.members.length) return false;
  return questionVisible(l.question, a, l.member ?? 0);
}

// ---------------------------------------------------------------------------------------------
// Validation and the request body

export interface FieldProblem {
  path: string;
  /** i18n key and options of the message. */
  key: string;
  opts?: Record<string, string | number>;
}

type Json = string | number | boolean;

function convert(q: Question, raw: Raw, today: string): { value?: Json; problem?: Omit<FieldProblem, 'path'> } {
  switch (q.kind) {
    case 'yesno':
      return raw === 'true' ? { value: true } : raw === 'false' ? { value: false } : {};
    case 'choice':
    case 'select': {
      const v = str(raw);
      if (!v || v === 'unknown' || !q.options?.includes(v)) return {};
      return { value: q.numeric ? Number(v) : v };
    }
    case 'number': {
      // "450元", "１,２００" and "30 平方米" are all numbers to a resident.
      const text = halfWidth(str(raw))
        .replace(/[,，]/g, '')
        .replace(/(元|平方米|年|个月|月|yuan|years?|months?|m²|㎡)$/i, '');
      if (!text) return {};
      if (!/^\d+(\.\d+)?$/.test(text)) return { problem: { key: 'web:errors.number' } };
      const n = Number(text);
      if (q.integer && !Number.isInteger(n)) return { problem: { key: 'common:errors.not_integer' } };
      if (q.max !== undefined && n > q.max)
        return { problem: { key: 'common:errors.too_big_number', opts: { maximum: q.max } } };
      return { value: n };
    }
    case 'id': {
      const text = halfWidth(str(raw)).toUpperCase();
      if (!text) return {};
      const parsed = parseResidentId(text);
      if (!parsed.ok) return { problem: { key: `common:errors.custom.idNumber.${parsed.problem}` } };
      if (parsed.info.birthDate > today) return { problem: { key: 'web:errors.future' } };
      return { value: text };
    }
    case 'date': {
      if (q.partial) {
        const p = partialDateValue(raw);
        if ('problem' in p) return { problem: { key: `web:errors.${p.problem}` } };
        if (p.value === '') return {};
        const span = dateSpan(p.value) as { first: string; last: string };
        if (span.first > today) return { problem: { key: 'web:errors.future' } };
        const floor = EARLIEST_DATE[q.field];
        if (floor && span.last < floor)
          return { problem: { key: 'common:errors.custom.tooEarly', opts: { min: floor } } };
        return { value: p.value };
      }
      const v = dateValue(raw);
      if (v === '') return {};
      if (v === undefined) return { problem: { key: 'web:errors.date' } };
      if (v > today) return { problem: { key: 'web:errors.future' } };
      const floor = EARLIEST_DATE[q.field];
      if (floor && v < floor) return { problem: { key: 'common:errors.custom.tooEarly', opts: { min: floor } } };
      return { value: v };
    }
  }
}

/** Problems with one answer as typed (shown as the resident leaves the field, and before results). */
export function checkAnswer(q: Question, a: Answers, member: number, today = todayInChina()): FieldProblem[] {
  const values = q.scope === 'member' ? a.members[member]?.values : a.household;
  if (!values) return [];
  const path = pathOf(q, member);
  const { problem } = convert(q, values[q.field], today);
  if (problem) return [{ path, ...problem }];
  // Birth date and sex must agree with a valid ID number.
  if ((q.field === 'birthDate' || q.field === 'sex') && q.scope === 'member') {
    const info = idInfo(a, member);
    if (!info) return [];
    const given = { birthDate: dateValue(values.birthDate) || undefined, sex: str(values.sex) || undefined };
    if (idDisagreements(info, given).includes(q.field))
      return [{ path, key: `common:errors.custom.idNumber.${q.field}Mismatch` }];
  }
  return [];
}

/** Problems on the visible questions of a step. */
export function checkStep(step: Step, a: Answers, today = todayInChina()): FieldProblem[] {
  const out: FieldProblem[] = [];
  for (const q of step.questions) {
    if (q.scope === 'household') {
      if (questionVisible(q, a)) out.push(...checkAnswer(q, a, 0, today));
    } else {
      for (const i of stepMembers(step, a)) if (questionVisible(q, a, i)) out.push(...checkAnswer(q, a, i, today));
    }
  }
  return out;
}

export type HouseholdBody = Record<string, Json | Record<string, Json>[]> & { members: Record<string, Json>[] };

/**
 * The household for POST /api/v1/screenings from the visible answers, with what they imply
 * (src/questions/answers.ts, the same as the hotline's interview):
 * - a "no" to a group question ("does anyone…?": certificate, 特困, illness, legal help, service)
 *   answers its member fields for everyone (src/questions/catalogue.ts `group`);
 * - an answer's `implies` (who did not serve is neither a combat veteran nor a disabled serviceman);
 * - a member whose age is known and far outside school age is not in school (schoolStage "none"),
 *   so that an 80-year-old is never asked about school and never sees school programs as open;
 * - member 1 is the applicant (relation "self").
 */
export function toHousehold(
  a: Answers,
  today = todayInChina(),
): { household: HouseholdBody; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const household: HouseholdBody = { members: a.members.map(() => ({})) };
  household.members[0].relation = 'self';
  // The same object, as the shared transforms type it (the body holds the model's plain values).
  const model = household as unknown as Household;
  const visible = visibleSteps(a);
  for (const step of visible) {
    for (const q of step.questions) {
      if (q.group) continue;
      const targets = q.scope === 'household' ? [0] : stepMembers(step, a);
      for (const i of targets) {
        if (!questionVisible(q, a, i)) continue;
        const values = q.scope === 'household' ? a.household : a.members[i].values;
        const { value } = convert(q, values[q.field], today);
        problems.push(...checkAnswer(q, a, i, today));
        if (value === undefined) continue;
        applyAnswer(model, { question: q, member: q.scope === 'member' ? i : undefined }, value);
      }
    }
  }
  for (const q of GROUP_QUESTIONS) {
    if (hh(a, q.field) === 'false') applyAnswer(model, { question: q }, false);
  }
  inferAnswers(model, today);
  return { household, problems };
}

// ---------------------------------------------------------------------------------------------
// Answers: new, filled from an ID number, members added and removed

let uidCounter = 0;
export function newUid(): string {
  uidCounter += 1;
  return `m${Date.now().toString(36)}${uidCounter}`;
}

/**
 * A valid ID number fills the member's birth date and sex (the boxes then show them); returns what
 * it read, or undefined while the number is incomplete or invalid.
 */
export function fillFromId(a: Answers, i: number) {
  const info = idInfo(a, i);
  if (!info) return undefined;
  const m = a.members[i].values;
  const [y, mo, d] = info.birthDate.split('-');
  m.birthDate = { y, m: String(Number(mo)), d: String(Number(d)) };
  m.sex = info.sex;
  return info;
}

/** Adds an empty member; returns its index, or undefined when the household is full. */
export function addMember(a: Answers): number | undefined {
  if (a.members.length >= MAX_MEMBERS) return undefined;
  a.members.push({ uid: newUid(), values: {} });
  return a.members.length - 1;
}

/** Removes a member other than the applicant (member 1). */
export function removeMember(a: Answers, i: number): boolean {
  if (i <= 0 || i >= a.members.length) return false;
  a.members.splice(i, 1);
  return true;
}

export function emptyAnswers(): Answers {
  return { household: {}, members: [{ uid: newUid(), values: {} }] };
}

/** Accepts what localStorage held if it has the right shape; otherwise a fresh start. */
export function reviveAnswers(data: unknown): Answers {
  if (!data || typeof data !== 'object') return emptyAnswers();
  const d = data as Partial<Answers>;
  if (!d.household || typeof d.household !== 'object' || !Array.isArray(d.members) || d.members.length === 0) {
    return emptyAnswers();
  }
  const members = d.members
    .slice(0, MAX_MEMBERS)
    .filter((m): m is MemberAnswers => !!m && typeof m === 'object' && typeof m.values === 'object' && !!m.values)
    .map((m) => ({ uid: typeof m.uid === 'string' ? m.uid : newUid(), values: m.values }));
  if (members.length === 0) return emptyAnswers();
  return { household: d.household as Values, members };
}
