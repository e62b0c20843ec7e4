/**
 * The question catalogue, defined once: every question any page asks (the resident's questionnaire,
 * the window's form, the hotline's interview), as data. Each names the household field it answers,
 * its kind, its options (from the household's vocabulary, src/model/vocabulary.ts) and bounds. Its
 * texts are in src/questions/locales (namespace `questions`): `label` (shown), `hint`, and `read` (the
 * sentence an operator reads aloud, addressing the person by `{{who}}`). Which programs a question
 * settles is derived from the rules (src/questions/settles.ts), never written here.
 *
 * A few questions are group questions (`group`): "does anyone in the family…?". They are not household
 * fields; a "no" answers a field for every member (`no`) and, for some, household fields too
 * (`household`: "does your family hold any of these statuses?"); a "yes" leads to the questions one
 * by one. The resident's page asks some of them; the hotline may ask any, since a group question
 * answers several questions at once.
 * Some answers imply others (`implies`): who did not serve is no disabled serviceman.
 * No dependency beyond the vocabulary: the pages bundle this file.
 */
import * as V from '../model/vocabulary.js';

export type Kind = 'yesno' | 'choice' | 'select' | 'number' | 'id' | 'date';
export type Scope = 'household' | 'member';
export type Unit = 'yuan' | 'years' | 'sqm' | 'months';
/** A value as the household model takes it. */
export type Json = string | number | boolean;

export interface QuestionDef {
  /** The household field answered, or for a group question its id (starting with `_`). */
  field: string;
  scope: Scope;
  kind: Kind;
  /** Values for choice and select questions (as the model takes them; numeric ones as strings). */
  options?: readonly string[];
  /** The option values are numbers in the model (grades, school years). */
  numeric?: boolean;
  /** Offers an explicit "don't know", which sends nothing. */
  unknown?: boolean;
  /** A date that takes the year alone, or the year and month (the discharge date). */
  partial?: boolean;
  min?: number;
  max?: number;
  integer?: boolean;
  unit?: Unit;
  /** A group question: asked of the household; its "no" answers member fields and household fields (see the header). */
  group?: { no: Record<string, Json>; household?: Record<string, Json> };
  /** Answers implied by an answer of this question (for the same member). */
  implies?: Record<string, Record<string, Json>>;
  /** The hotline does not ask it (an ID number is not asked on the phone: birth date and sex are). */
  spoken?: false;
}

const yesno = (scope: Scope, field: string, extra: Partial<QuestionDef> = {}): QuestionDef => ({
  field,
  scope,
  kind: 'yesno',
  unknown: true,
  ...extra,
});
const choice = (scope: Scope, field: string, options: readonly string[], extra: Partial<QuestionDef> = {}) =>
  ({ field, scope, kind: 'choice', options, unknown: true, ...extra }) satisfies QuestionDef;
const grades = (b: readonly [number, number]) =>
  Array.from({ length: b[1] - b[0] + 1 }, (_, i) => String(b[0] + i)) as readonly string[];
const count = (field: string, b: readonly [number, number], unit: Unit): QuestionDef => ({
  field,
  scope: 'member',
  kind: 'number',
  min: b[0],
  max: b[1],
  integer: true,
  unit,
});
/** A number the household states, within its bounds. */
const quantity = (field: string, b: readonly [number, number], unit: Unit): QuestionDef => ({
  field,
  scope: 'household',
  kind: 'number',
  min: b[0],
  max: b[1],
  unit,
});
const group = (field: string, no: Record<string, Json>, household?: Record<string, Json>): QuestionDef => ({
  field,
  scope: 'household',
  kind: 'yesno',
  group: household ? { no, household } : { no },
});

/** The key of "不清楚" wherever options are keyed (the hotline's number keys), and of an empty answer box. */
export const UNKNOWN_KEY = '0';

/** The relations a member other than the applicant can have (the applicant is `self`). */
export const MEMBER_RELATIONS = V.RELATIONS.filter((r) => r !== 'self');

export const QUESTIONS: readonly QuestionDef[] = [
  // Where the household lives
  yesno('household', 'hukouInJiaozuo'),
  choice('household', 'hukouType', V.HUKOU_TYPES),
  { field: 'county', scope: 'household', kind: 'select', options: V.COUNTY_CODES, unknown: true },
  yesno('household', 'residesInJiaozuo'),
  quantity('yearsInJiaozuo', V.BOUNDS.yearsInJiaozuo, 'years'),
  // Who the members are
  { field: 'relation', scope: 'member', kind: 'select', options: MEMBER_RELATIONS },
  { field: 'idNumber', scope: 'member', kind: 'id', spoken: false },
  { field: 'birthDate', scope: 'member', kind: 'date' },
  { field: 'sex', scope: 'member', kind: 'choice', options: V.SEXES },
  yesno('member', 'ownHukouInJiaozuo'),
  group('_pregnancy', { pregnant: false, postpartum: false }),
  group('_planning', { planningPregnancy: false }),
  yesno('member', 'pregnant'),
  yesno('member', 'postpartum'),
  yesno('member', 'planningPregnancy'),
  // Income and pension
  quantity('monthlyIncomeTotal', V.BOUNDS.money, 'yuan'),
  choice('member', 'pensionScheme', V.PENSION_SCHEMES),
  count('yearsContributedPension', V.BOUNDS.yearsContributedPension, 'years'),
  // Assistance already received, hardship
  // The four statuses of social assistance at once (most families hold none); the page asks them one by one.
  group(
    '_assistance',
    { holdsTekun: false },
    { holdsDibao: false, holdsLowIncome: false, holdsPovertyAlleviation: false },
  ),
  yesno('household', 'holdsDibao'),
  group('_tekun', { holdsTekun: false }),
  yesno('member', 'holdsTekun'),
  yesno('household', 'holdsLowIncome'),
  yesno('household', 'holdsPovertyAlleviation'),
  yesno('household', 'hardshipEvent'),
  choice('household', 'familyPlanningStatus', V.FAMILY_PLANNING_STATUSES),
  choice('household', 'onlyChildLoss', V.ONLY_CHILD_LOSS),
  group('_medical', { highMedicalCosts: false, seriousIllness: false }),
  yesno('member', 'highMedicalCosts'),
  yesno('member', 'seriousIllness'),
  choice('member', 'medicalInsurance', V.MEDICAL_INSURANCE),
  group('_legal', { legalIssue: 'none' }),
  choice('member', 'legalIssue', V.LEGAL_ISSUES),
  // Housing
  yesno('household', 'ownsHomeInJiaozuo'),
  quantity('floorAreaPerCapita', V.BOUNDS.floorAreaPerCapita, 'sqm'),
  choice('household', 'houseSafety', V.HOUSE_SAFETY),
  // Disability
  group('_disability', { hasDisabilityCertificate: false }),
  yesno('member', 'hasDisabilityCertificate'),
  choice('member', 'disabilityCategory', V.DISABILITY_CATEGORIES),
  choice('member', 'disabilityGrade', grades(V.BOUNDS.disabilityGrade), { numeric: true }),
  // School
  group('_school', { schoolStage: 'none' }),
  group('_childStatus', { orphan: false, factuallyUnsupported: false }),
  { field: 'schoolStage', scope: 'member', kind: 'choice', options: V.SCHOOL_STAGES },
  {
    field: 'schoolYear',
    scope: 'member',
    kind: 'select',
    options: grades(V.BOUNDS.schoolYear),
    numeric: true,
    unknown: true,
  },
  yesno('member', 'agricultureMajor'),
  yesno('member', 'kindergartenPuhui'),
  yesno('member', 'boarding'),
  yesno('member', 'worksInJiaozuo'),
  yesno('member', 'hasJiaozuoResidencePermit'),
  yesno('member', 'orphan'),
  yesno('member', 'factuallyUnsupported'),
  // Military service and survivors
  group('_military', {
    isVeteran: false,
    isDisabledServiceman: false,
    isCombatVeteran: false,
    survivorOf: 'none',
    receivesPeriodicBenefit: false,
  }),
  // Who did not serve is neither a combat veteran nor a disabled serviceman (不是军人就不是残疾军人).
  yesno('member', 'isVeteran', { implies: { false: { isCombatVeteran: false, isDisabledServiceman: false } } }),
  choice('member', 'survivorOf', V.SURVIVOR_OF),
  choice('member', 'survivorRelation', V.SURVIVOR_RELATIONS),
  yesno('member', 'hasLivingIncome'),
  { field: 'dischargeDate', scope: 'member', kind: 'date', partial: true },
  choice('member', 'hukouAtEnlistment', V.HUKOU_TYPES),
  yesno('member', 'isCombatVeteran'),
  yesno('member', 'receivesPeriodicBenefit'),
  yesno('member', 'isDisabledServiceman'),
  {
    field: 'serviceDisabilityGrade',
    scope: 'member',
    kind: 'select',
    options: grades(V.BOUNDS.serviceDisabilityGrade),
    numeric: true,
    unknown: true,
  },
  choice('member', 'serviceDisabilityCause', V.SERVICE_DISABILITY_CAUSES),
  yesno('member', 'serviceDisabilityMental'),
  // Work
  group('_jobPlans', { wantsSkillsTraining: false, seekingWork: false, startingBusiness: false }),
  yesno('member', 'wantsSkillsTraining'),
  yesno('member', 'seekingWork'),
  yesno('member', 'startingBusiness'),
  choice('member', 'employment', V.EMPLOYMENT),
  yesno('member', 'jobLossInvoluntary'),
  count('monthsRegisteredUnemployed', V.BOUNDS.months, 'months'),
  count('monthsInsured', V.BOUNDS.months, 'months'),
  yesno('member', 'recentGraduate'),
  yesno('member', 'returningMigrantWorker'),
  yesno('member', 'isServicemanFamily'),
  // Support and care
  yesno('member', 'hasCapableSupporter'),
  choice('member', 'selfCare', V.SELF_CARE),
];

/** Questions by field (a member field and a household field never share a name). */
export const QUESTION: ReadonlyMap<string, QuestionDef> = new Map(QUESTIONS.map((q) => [q.field, q]));

export function question(field: string): QuestionDef {
  const q = QUESTION.get(field);
  if (!q) throw new Error(`no question for ${field}`);
  return q;
}

/** Model fields answered by another question: a per-capita income is the total's alternative. */
export const ANSWERED_BY: Readonly<Record<string, string>> = { monthlyIncomePerCapita: 'monthlyIncomeTotal' };

export const GROUP_QUESTIONS = QUESTIONS.filter((q) => q.group);

/** The fields a group question's "no" answers: its member fields, then its household fields. */
export const groupFields = (q: QuestionDef): string[] =>
  q.group ? [...Object.keys(q.group.no), ...Object.keys(q.group.household ?? {})] : [];

/** The group questions whose "no" answers a field, by that field. */
export const GROUPS_OF: ReadonlyMap<string, readonly QuestionDef[]> = (() => {
  const out = new Map<string, QuestionDef[]>();
  for (const q of GROUP_QUESTIONS) for (const f of groupFields(q)) out.set(f, [...(out.get(f) ?? []), q]);
  return out;
})();
