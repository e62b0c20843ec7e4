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
import { parseResidentId } from '../../src/model/resident-id.js';

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

export type Kind = 'yesno' | 'choice' | 'select' | 'number' | 'id' | 'date';
export type Scope = 'household' | 'member';

export interface Question {
  field: string;
  scope: Scope;
  kind: Kind;
  /** Values for choice and select questions. */
  options?: readonly string[];
  /** Option values are numbers in the API (grades). */
  numeric?: boolean;
  /** Offers an explicit "don't know", which sends nothing. */
  unknown?: boolean;
  /** A date question that takes the year alone, or the year and month (the discharge date). */
  partial?: boolean;
  min?: number;
  max?: number;
  integer?: boolean;
  /** i18n key of the unit shown after a number. */
  unit?: string;
  /** Web-only question (a gate); never sent as such. */
  local?: boolean;
  when?: (a: Answers, member: number) => boolean;
}

export interface Step {
  id: string;
  questions: Question[];
}

export const MAX_MEMBERS = 20;
const MAX_MONEY = 10_000_000;

/** Age bands that decide which questions to ask (wide on purpose; see the header). */
const SCHOOL_AGE = { min: 2, max: 25 };
const SERVICE_MIN_AGE = 16;
const WORKING_AGE = { min: 15, max: 64 };
const SUPPORT_AGE = { elderly: 55, minor: 18 };
const COMPULSORY_AGE = { min: 5, max: 16 };
const CHILDBEARING_AGE = { min: 12, max: 55 };

export const RELATIONS = ['spouse', 'child', 'parent', 'grandparent', 'grandchild', 'sibling', 'other'] as const;
export const COUNTIES = [
  '410802',
  '410803',
  '410804',
  '410811',
  '410821',
  '410822',
  '410823',
  '410825',
  '410882',
  '410883',
] as const;

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

const yesno = (scope: Scope, field: string, when?: Question['when']): Question => ({
  field,
  scope,
  kind: 'yesno',
  unknown: true,
  when,
});

/** A count of months a member answers (registered unemployed, insured), 0–600 as the model takes. */
const monthsCount = (field: string, when: Question['when']): Question => ({
  field,
  scope: 'member',
  kind: 'number',
  min: 0,
  max: 600,
  integer: true,
  unit: 'months',
  when,
});

export const STEPS: Step[] = [
  {
    id: 'place',
    questions: [
      yesno('household', 'hukouInJiaozuo'),
      { field: 'hukouType', scope: 'household', kind: 'choice', options: ['urban', 'rural'], unknown: true },
      { field: 'county', scope: 'household', kind: 'select', options: COUNTIES, unknown: true },
      yesno('household', 'residesInJiaozuo'),
      {
        field: 'yearsInJiaozuo',
        scope: 'household',
        kind: 'number',
        min: 0,
        max: 120,
        unit: 'years',
        when: (a) => hh(a, 'hukouInJiaozuo') === 'false',
      },
    ],
  },
  {
    id: 'members',
    questions: [
      { field: 'relation', scope: 'member', kind: 'select', options: RELATIONS, when: (_, i) => i > 0 },
      { field: 'idNumber', scope: 'member', kind: 'id' },
      { field: 'birthDate', scope: 'member', kind: 'date' },
      { field: 'sex', scope: 'member', kind: 'choice', options: ['male', 'female'] },
      // A family member's own hukou may be in Jiaozuo when the applicant's is not.
      yesno('member', 'ownHukouInJiaozuo', (a, i) => i > 0 && hh(a, 'hukouInJiaozuo') === 'false'),
      // Pregnancy and childbirth: free screening, checks and visits (卫健).
      yesno('member', 'pregnant', maybeMother),
      yesno('member', 'postpartum', maybeMother),
      yesno('member', 'planningPregnancy', maybeParentToBe),
    ],
  },
  {
    id: 'income',
    questions: [
      { field: 'monthlyIncomeTotal', scope: 'household', kind: 'number', min: 0, max: MAX_MONEY, unit: 'yuan' },
      {
        field: 'pensionScheme',
        scope: 'member',
        kind: 'choice',
        options: ['employee', 'resident', 'none'],
        unknown: true,
        when: maybeAdult,
      },
      {
        field: 'yearsContributedPension',
        scope: 'member',
        kind: 'number',
        min: 0,
        max: 80,
        integer: true,
        unit: 'years',
        when: (a, i) => maybeAdult(a, i) && mv(a, i, 'pensionScheme') === 'resident',
      },
    ],
  },
  {
    id: 'assistance',
    questions: [
      yesno('household', 'holdsDibao'),
      // 特困 is a person's status: a gate, then who holds it.
      { field: '_tekun', scope: 'household', kind: 'yesno', local: true },
      yesno('member', 'holdsTekun', (a) => hh(a, '_tekun') === 'true'),
      yesno('household', 'holdsLowIncome', (a) => !isYes(hh(a, 'holdsDibao')) && hh(a, '_tekun') !== 'true'),
      yesno('household', 'holdsPovertyAlleviation', (a) => hh(a, 'hukouType') !== 'urban'),
      yesno('household', 'hardshipEvent'),
      {
        field: 'familyPlanningStatus',
        scope: 'household',
        kind: 'choice',
        options: ['one_child', 'two_daughters', 'none'],
        unknown: true,
      },
      {
        field: 'onlyChildLoss',
        scope: 'household',
        kind: 'choice',
        options: ['died', 'disabled', 'none'],
        unknown: true,
        when: (a) => hh(a, 'familyPlanningStatus') === 'one_child',
      },
      // Medical assistance and the spending type of emergency assistance: a gate, then who.
      { field: '_medical', scope: 'household', kind: 'yesno', local: true },
      yesno('member', 'highMedicalCosts', (a) => hh(a, '_medical') === 'true'),
      yesno('member', 'seriousIllness', (a) => hh(a, '_medical') === 'true'),
      {
        // Premium aid is for 特困, 低保 and low-income households (社会保险法 第二十五条).
        field: 'medicalInsurance',
        scope: 'member',
        kind: 'choice',
        options: ['employee', 'resident', 'none'],
        unknown: true,
        when: (a) => isYes(hh(a, 'holdsDibao')) || hh(a, '_tekun') === 'true' || isYes(hh(a, 'holdsLowIncome')),
      },
      // Legal aid: a gate, then the matter.
      { field: '_legal', scope: 'household', kind: 'yesno', local: true },
      {
        field: 'legalIssue',
        scope: 'member',
        kind: 'choice',
        options: ['wages', 'work_injury', 'family_support', 'other', 'none'],
        unknown: true,
        when: (a) => hh(a, '_legal') === 'true',
      },
    ],
  },
  {
    id: 'housing',
    questions: [
      yesno(
        'household',
        'ownsHomeInJiaozuo',
        (a) => hh(a, 'hukouType') !== 'rural' || hh(a, 'hukouInJiaozuo') === 'false',
      ),
      {
        field: 'floorAreaPerCapita',
        scope: 'household',
        kind: 'number',
        min: 0,
        max: 10_000,
        unit: 'sqm',
        when: (a) => hh(a, 'hukouType') !== 'rural' && isYes(hh(a, 'ownsHomeInJiaozuo')),
      },
      {
        field: 'houseSafety',
        scope: 'household',
        kind: 'choice',
        options: ['A', 'B', 'C', 'D', 'no_house', 'unassessed'],
        unknown: true,
        when: (a) => hh(a, 'hukouType') !== 'urban' && hh(a, 'hukouInJiaozuo') !== 'false',
      },
    ],
  },
  {
    id: 'disability',
    questions: [
      { field: '_disability', scope: 'household', kind: 'yesno', local: true },
      {
        field: 'hasDisabilityCertificate',
        scope: 'member',
        kind: 'yesno',
        unknown: true,
        when: (a) => hh(a, '_disability') === 'true',
      },
      {
        field: 'disabilityCategory',
        scope: 'member',
        kind: 'choice',
        options: ['visual', 'hearing', 'speech', 'physical', 'intellectual', 'mental', 'multiple'],
        unknown: true,
        when: hasCertificate,
      },
      {
        field: 'disabilityGrade',
        scope: 'member',
        kind: 'choice',
        options: ['1', '2', '3', '4'],
        numeric: true,
        unknown: true,
        when: hasCertificate,
      },
    ],
  },
  {
    id: 'school',
    questions: [
      {
        field: 'schoolStage',
        scope: 'member',
        kind: 'choice',
        options: ['none', 'kindergarten', 'primary', 'junior', 'senior', 'vocational', 'college'],
        when: maybeSchoolAge,
      },
      {
        field: 'schoolYear',
        scope: 'member',
        kind: 'select',
        options: ['1', '2', '3', '4', '5', '6'],
        numeric: true,
        unknown: true,
        when: (a, i) => maybeSchoolAge(a, i) && ['senior', 'vocational'].includes(mv(a, i, 'schoolStage')),
      },
      yesno('member', 'agricultureMajor', (a, i) => maybeSchoolAge(a, i) && mv(a, i, 'schoolStage') === 'vocational'),
      yesno(
        'member',
        'kindergartenPuhui',
        (a, i) => maybeSchoolAge(a, i) && mv(a, i, 'schoolStage') === 'kindergarten',
      ),
      yesno(
        'member',
        'boarding',
        (a, i) => maybeSchoolAge(a, i) && ['primary', 'junior'].includes(mv(a, i, 'schoolStage')),
      ),
      yesno('member', 'ownHukouInJiaozuo', maybeCompulsoryAge),
      yesno('member', 'worksInJiaozuo', migrantParent),
      yesno('member', 'hasJiaozuoResidencePermit', migrantParent),
      yesno('member', 'orphan', (a, i) => needsChildStatus(a, i)),
      yesno('member', 'factuallyUnsupported', (a, i) => needsChildStatus(a, i) && mv(a, i, 'orphan') !== 'true'),
      yesno(
        'member',
        'ownHukouInJiaozuo',
        (a, i) => needsChildStatus(a, i) && (isYes(mv(a, i, 'orphan')) || isYes(mv(a, i, 'factuallyUnsupported'))),
      ),
    ],
  },
  {
    id: 'military',
    questions: [
      { field: '_military', scope: 'household', kind: 'yesno', local: true },
      yesno('member', 'isVeteran', (a, i) => hh(a, '_military') === 'true' && maybeAdult(a, i)),
      {
        field: 'survivorOf',
        scope: 'member',
        kind: 'choice',
        options: ['none', 'martyr', 'duty_death', 'illness_death'],
        unknown: true,
        when: (a) => hh(a, '_military') === 'true',
      },
      {
        field: 'survivorRelation',
        scope: 'member',
        kind: 'choice',
        options: ['parent', 'spouse', 'child', 'sibling'],
        unknown: true,
        when: isSurvivor,
      },
      yesno('member', 'hasLivingIncome', isSurvivor),
    ],
  },
  {
    id: 'service',
    questions: [
      { field: 'dischargeDate', scope: 'member', kind: 'date', partial: true, when: isVeteranMember },
      {
        field: 'hukouAtEnlistment',
        scope: 'member',
        kind: 'choice',
        options: ['urban', 'rural'],
        unknown: true,
        when: isVeteranMember,
      },
      yesno('member', 'isCombatVeteran', isVeteranMember),
      yesno('member', 'receivesPeriodicBenefit', (a, i) => isVeteranMember(a, i) || isSurvivor(a, i)),
      yesno('member', 'isDisabledServiceman', isVeteranMember),
      {
        field: 'serviceDisabilityGrade',
        scope: 'member',
        kind: 'select',
        options: ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10'],
        numeric: true,
        unknown: true,
        when: (a, i) => isVeteranMember(a, i) && isYes(mv(a, i, 'isDisabledServiceman')),
      },
      {
        field: 'serviceDisabilityCause',
        scope: 'member',
        kind: 'choice',
        options: ['war', 'duty', 'illness'],
        unknown: true,
        when: (a, i) => isVeteranMember(a, i) && isYes(mv(a, i, 'isDisabledServiceman')),
      },
      yesno(
        'member',
        'serviceDisabilityMental',
        (a, i) => isVeteranMember(a, i) && isYes(mv(a, i, 'isDisabledServiceman')),
      ),
    ],
  },
  {
    id: 'work',
    questions: [
      yesno('member', 'wantsSkillsTraining', (a, i) => isVeteranMember(a, i) || maybeWorkingAdult(a, i)),
      yesno('member', 'seekingWork', (a, i) => maybeWorkingAdult(a, i) || mayClaimUnemployment(a, i)),
      yesno('member', 'startingBusiness', maybeWorkingAdult),
      {
        // Whether anyone of working age has a job matters for the employment programmes (零就业家庭,
        // 就业援助, training, start-up loans), the veterans' hardship aid, a disabled adult who may
        // apply for 低保 alone, and a survivor's periodic pension.
        field: 'employment',
        scope: 'member',
        kind: 'choice',
        options: ['employed', 'self_employed', 'farming', 'unemployed', 'retired', 'student', 'unable', 'other'],
        unknown: true,
        when: (a, i) => maybeWorkingAge(a, i) || isSurvivor(a, i),
      },
      yesno('member', 'jobLossInvoluntary', mayClaimUnemployment),
      monthsCount(
        'monthsRegisteredUnemployed',
        (a, i) => mayClaimUnemployment(a, i) || (maybeWorkingAdult(a, i) && mv(a, i, 'employment') === 'unemployed'),
      ),
      monthsCount('monthsInsured', mayClaimUnemployment),
      yesno(
        'member',
        'recentGraduate',
        (a, i) => maybeWorkingAdult(a, i) && (isYes(mv(a, i, 'seekingWork')) || isYes(mv(a, i, 'startingBusiness'))),
      ),
      yesno(
        'member',
        'returningMigrantWorker',
        (a, i) => maybeWorkingAdult(a, i) && isYes(mv(a, i, 'startingBusiness')),
      ),
      // 军属 count among people with employment difficulty (河南省就业促进条例 第四十三条（六）).
      yesno(
        'member',
        'isServicemanFamily',
        (a, i) => maybeWorkingAdult(a, i) && isYes(mv(a, i, 'seekingWork')) && mv(a, i, 'employment') === 'unemployed',
      ),
    ],
  },
  {
    id: 'support',
    questions: [
      yesno('member', 'hasCapableSupporter', needsSupporterQuestion),
      {
        field: 'selfCare',
        scope: 'member',
        kind: 'choice',
        options: ['independent', 'partial', 'dependent'],
        unknown: true,
        when: needsSupporterQuestion,
      },
    ],
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
    if (q.field === 'birthDate') {
      const d = dateValue(values.birthDate);
      if (d && d !== info.birthDate) return [{ path, key: 'common:errors.custom.idNumber.birthDateMismatch' }];
    } else if (str(values.sex) && str(values.sex) !== info.sex) {
      return [{ path, key: 'common:errors.custom.idNumber.sexMismatch' }];
    }
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
 * The household for POST /api/v1/screenings from the visible answers, plus inferences from
 * explicit answers:
 * - "nobody holds a disability certificate" → hasDisabilityCertificate false for everyone;
 * - "nobody is supported as 特困" → holdsTekun false for everyone;
 * - "nobody has a serious illness or large medical costs" → highMedicalCosts and seriousIllness false;
 * - "nobody needs legal help" → legalIssue "none" for everyone;
 * - "nobody served and no survivor" → isVeteran, isDisabledServiceman, isCombatVeteran and
 *   receivesPeriodicBenefit false and survivorOf "none" for everyone; a member who did not serve is
 *   no combat veteran and no disabled serviceman either;
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
  const visible = visibleSteps(a);
  for (const step of visible) {
    for (const q of step.questions) {
      if (q.local) continue;
      const targets = q.scope === 'household' ? [0] : stepMembers(step, a);
      for (const i of targets) {
        if (!questionVisible(q, a, i)) continue;
        const values = q.scope === 'household' ? a.household : a.members[i].values;
        const { value } = convert(q, values[q.field], today);
        problems.push(...checkAnswer(q, a, i, today));
        if (value === undefined) continue;
        if (q.scope === 'household') household[q.field] = value;
        else household.members[i][q.field] = value;
      }
    }
  }
  household.members.forEach((m, i) => {
    if (i === 0) m.relation = 'self';
    if (hh(a, '_disability') === 'false') m.hasDisabilityCertificate = false;
    if (hh(a, '_tekun') === 'false') m.holdsTekun = false;
    if (hh(a, '_medical') === 'false') Object.assign(m, { highMedicalCosts: false, seriousIllness: false });
    if (hh(a, '_legal') === 'false') m.legalIssue = 'none';
    if (hh(a, '_military') === 'false') {
      Object.assign(m, {
        isVeteran: false,
        isDisabledServiceman: false,
        isCombatVeteran: false,
        survivorOf: 'none',
        receivesPeriodicBenefit: false,
      });
    } else if (m.isVeteran === false) {
      // Who did not serve is neither a combat veteran nor a disabled serviceman (不是军人就不是残疾军人).
      m.isCombatVeteran = false;
      m.isDisabledServiceman = false;
    }
    const age = ageOf(a, i, today);
    if (m.schoolStage === undefined && age !== undefined && !maybeSchoolAge(a, i)) m.schoolStage = 'none';
  });
  return { household, problems };
}

// ---------------------------------------------------------------------------------------------
// Answers: new, add/remove members

let uidCounter = 0;
export function newUid(): string {
  uidCounter += 1;
  return `m${Date.now().toString(36)}${uidCounter}`;
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
