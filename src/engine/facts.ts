/**
 * Facts: the values rules read. Most are answers copied from the household; a few are derived
 * (age on the as-of date, per-capita income, the 低保 standard for the household's hukou type).
 * Every fact names the questions (household fields) that settle it, so an unknown fact becomes
 * "ask these questions", and derived thresholds record which parameters they used.
 *
 * A fact is `undefined` when unknown and WINDOW when only the service window can settle it.
 */

import regions from '../../seeds/regions.json' with { type: 'json' };
import { dateSpan, wholeMonthsBetween, wholeYearsBetween } from '../model/dates.js';
import type { Household, Member } from '../model/household.js';
import { memberBirthDate, memberSex, parseResidentId } from '../model/resident-id.js';

import type { ParameterSet, Unit, ValueInForce } from '../params/parameters.js';

export const WINDOW = Symbol('window');
export type FactValue = number | string | boolean | undefined | typeof WINDOW;

export type FactUnit = 'yuan' | 'years' | 'months' | 'sqm' | 'grade' | 'people';

export interface FactContext {
  household: Household;
  member?: Member;
  asOf: string;
  /** Reads a parameter in force and records that this fact used it. */
  param(id: string): number;
  paramUnit(id: string): Unit;
}

export interface FactDefinition {
  id: string;
  /** An answer read as it is (the fact's id is the field's name): copied, not computed. */
  answer?: boolean;
  scope: 'household' | 'member';
  /** Household fields (scope household) or member fields (scope member) that settle this fact. */
  questions: { scope: 'household' | 'member'; field: string }[];
  unit?: FactUnit;
  /**
   * False for what a household cannot change by its own action (a status already granted, having
   * served, being a survivor): such answers are never offered as "what would change this".
   */
  changeable?: boolean;
  /**
   * Answers the fact reads besides its questions (a status that only excludes, never worth asking
   * for): with the questions, they say which statuses the fact depends on ("once granted").
   */
  alsoReads?: string[];
  /** Parameters a derived fact may read (documentation: shown with the programs that read the fact). */
  params?: string[];
  compute(ctx: FactContext): FactValue;
}

const MONTHS_PER_YEAR = 12;
/** The months within which a discharge is recent (rules/veteran-adaptive-training.json). */
export const RECENT_DISCHARGE_MONTHS = 'veterans.adaptive_training.recent_discharge_months';
const JIAOZUO_COUNTIES = new Set(regions.counties.map((c) => c.code));

/**
 * The county when not answered: the address code of the applicant's ID number (or, failing that,
 * any member's), when it is a Jiaozuo county. The code records where the number was issued, so an
 * explicit answer always wins.
 */
export function countyFromIds(hh: Household): string | undefined {
  const ordered = [...hh.members].sort((a, b) => Number(b.relation === 'self') - Number(a.relation === 'self'));
  for (const mem of ordered) {
    if (!mem.idNumber) continue;
    const p = parseResidentId(mem.idNumber);
    if (p.ok && JIAOZUO_COUNTIES.has(p.info.addressCode)) return p.info.addressCode;
  }
  return undefined;
}

/** Monthly value of a money parameter whatever its period. */
function monthly(ctx: FactContext, id: string): number {
  const v = ctx.param(id);
  return ctx.paramUnit(id) === 'CNY/year' ? v / MONTHS_PER_YEAR : v;
}

const h = (field: string) => ({ scope: 'household' as const, field });
const m = (field: string) => ({ scope: 'member' as const, field });

/** Household answers that rules read as they are. */
const HOUSEHOLD_ANSWERS = [
  'hukouType',
  'hukouInJiaozuo',
  'yearsInJiaozuo',
  'residesInJiaozuo',
  'holdsDibao',
  'holdsLowIncome',
  'holdsPovertyAlleviation',
  'ownsHomeInJiaozuo',
  'floorAreaPerCapita',
  'hardshipEvent',
  'familyPlanningStatus',
  'onlyChildLoss',
] as const satisfies readonly (keyof Household)[];

/** Member answers that rules read as they are. */
const MEMBER_ANSWERS = [
  'relation',
  'hasDisabilityCertificate',
  'disabilityCategory',
  'disabilityGrade',
  'selfCare',
  'schoolStage',
  'schoolYear',
  'agricultureMajor',
  'kindergartenPuhui',
  'boarding',
  'employment',
  'monthsRegisteredUnemployed',
  'seekingWork',
  'startingBusiness',
  'wantsSkillsTraining',
  'isVeteran',
  'hukouAtEnlistment',
  'isDisabledServiceman',
  'serviceDisabilityGrade',
  'serviceDisabilityCause',
  'serviceDisabilityMental',
  'receivesPeriodicBenefit',
  'survivorOf',
  'survivorRelation',
  'isServicemanFamily',
  'isCombatVeteran',
  'ownHukouInJiaozuo',
  'orphan',
  'factuallyUnsupported',
  'hasCapableSupporter',
  'hasLivingIncome',
  'holdsTekun',
  'pensionScheme',
  'yearsContributedPension',
  'jobLossInvoluntary',
  'monthsInsured',
  'hasJiaozuoResidencePermit',
  'worksInJiaozuo',
  'legalIssue',
  'seriousIllness',
  'highMedicalCosts',
  'medicalInsurance',
  'recentGraduate',
  'returningMigrantWorker',
] as const satisfies readonly (keyof Member)[];

const UNITS: Partial<Record<string, FactUnit>> = {
  yearsInJiaozuo: 'years',
  floorAreaPerCapita: 'sqm',
  disabilityGrade: 'grade',
  serviceDisabilityGrade: 'grade',
  monthsRegisteredUnemployed: 'months',
  monthsInsured: 'months',
  yearsContributedPension: 'years',
};

function perCapitaIncome(hh: Household): number | undefined {
  if (hh.monthlyIncomePerCapita !== undefined) return hh.monthlyIncomePerCapita;
  if (hh.monthlyIncomeTotal !== undefined) return hh.monthlyIncomeTotal / hh.members.length;
  return undefined;
}

function dibaoStandard(ctx: FactContext): number | undefined {
  const type = ctx.household.hukouType;
  if (type === undefined) return undefined;
  return monthly(ctx, type === 'urban' ? 'dibao.standard.urban' : 'dibao.standard.rural');
}

/** A monthly line set as a multiple of the 低保 standard for the household's hukou type. */
function multipleOfDibao(id: string, multipleParam: string): FactDefinition {
  return {
    id,
    scope: 'household',
    questions: [h('hukouType')],
    unit: 'yuan',
    params: ['dibao.standard.urban', 'dibao.standard.rural', multipleParam],
    compute: (ctx) => {
      const s = dibaoStandard(ctx);
      return s === undefined ? undefined : s * ctx.param(multipleParam);
    },
  };
}

type Tri = boolean | undefined;
/** Kleene's and / or over yes, no and unknown. */
const and3 = (xs: Tri[]): Tri => (xs.includes(false) ? false : xs.every((x) => x === true) ? true : undefined);
const or3 = (xs: Tri[]): Tri => (xs.includes(true) ? true : xs.every((x) => x === false) ? false : undefined);

/**
 * Whether a member lives with a parent or a brother or sister, read from everyone's relation to
 * the applicant: the applicant's parents and siblings are the applicant's; a child's are the
 * applicant, the spouse and the other children; a grandchild's are most likely the applicant's
 * children or the other grandchildren. Who actually supports whom is checked at the window.
 */
const PARENT_OR_SIBLING: Record<NonNullable<Member['relation']>, readonly NonNullable<Member['relation']>[]> = {
  self: ['parent', 'sibling'],
  child: ['self', 'spouse', 'child'],
  sibling: ['self', 'sibling', 'parent'],
  grandchild: ['child', 'grandchild'],
  parent: ['grandparent'],
  spouse: [],
  grandparent: [],
  other: [],
};

function livesWithParentOrSibling(hh: Household, i: number): Tri {
  const own = hh.members[i].relation;
  if (own === undefined) return undefined;
  const wanted = PARENT_OR_SIBLING[own];
  const others = hh.members.filter((_, j) => j !== i).map((o) => o.relation);
  if (others.some((r) => r !== undefined && wanted.includes(r))) return true;
  return others.includes(undefined) ? undefined : false;
}

/**
 * 河南省实施《残疾人保障法》办法 第四十二条: an adult with a severe (一级、二级) disability supported by
 * parents or siblings is treated as a household of their own and receives 低保 in full. A 特困
 * holder is supported as 特困 instead.
 */
function separateDibaoMember(ctx: FactContext, i: number): Tri {
  const mem = ctx.household.members[i];
  if (mem.holdsTekun === true) return false;
  const birth = memberBirthDate(mem);
  const adult = birth === undefined ? undefined : wholeYearsBetween(birth, ctx.asOf) >= ctx.param('general.adult_age');
  const grade =
    mem.disabilityGrade === undefined ? undefined : mem.disabilityGrade <= ctx.param('disability.severe.max_grade');
  return and3([mem.hasDisabilityCertificate, grade, adult, livesWithParentOrSibling(ctx.household, i)]);
}

/** Members not known to be minors (age unknown counts: they may be a parent). */
function adultsOf(ctx: FactContext): Member[] {
  const adultAge = ctx.param('general.adult_age');
  return ctx.household.members.filter((mem) => {
    const birth = memberBirthDate(mem);
    return birth === undefined || wholeYearsBetween(birth, ctx.asOf) >= adultAge;
  });
}

const MENTAL = new Set(['intellectual', 'mental']);
/**
 * Employment answers that are not "without work" (无业) for 低保's one-person route. 务农 is not
 * among them: 民发〔2022〕83号 一(一) does not say whether a farmer is 无业 and forbids deciding 低保 by
 * occupation alone (不得以特定职业……直接认定); 最低生活保障审核确认办法 第十三条（二） counts farming as
 * income (经营净收入), which the income answers carry. So a farming member is left to the window.
 */
const EARNING = new Set(['employed', 'self_employed']);
/**
 * Employment answers that are work for the employment programmes (零就业家庭: 均处于失业状况). 务农 is
 * work: 就业促进法 第五十二条 names losing one's land (失去土地) as a cause of employment difficulty,
 * 河南省就业促进条例 第三十二条 registers as unemployed only those 处于无业状态, and 第四十三条（五） counts
 * among farmers only 就业困难的被征地农民.
 */
const IN_WORK = new Set(['employed', 'self_employed', 'farming']);

/**
 * A member who may apply for 低保 alone (单人保): in a 低保边缘 family, a holder of a 一级、二级
 * disability certificate or a 三级 intellectual or mental one (最低生活保障审核确认办法 第八条); in any
 * family, an adult without work with a severe disability may apply as a one-person household
 * (民发〔2022〕83号 一(一)), whose own income only the window can assess. The dated grades are 0
 * before those texts took effect.
 */
function singlePersonDibao(ctx: FactContext, i: number): FactValue {
  const mem = ctx.household.members[i];
  if (mem.holdsTekun === true) return false;
  const birth = memberBirthDate(mem);
  const adult = birth === undefined ? undefined : wholeYearsBetween(birth, ctx.asOf) >= ctx.param('general.adult_age');
  const grade = mem.disabilityGrade;
  let qualifying: Tri;
  if (grade === undefined) qualifying = undefined;
  else if (grade <= ctx.param('dibao.single_person.max_grade')) qualifying = true;
  else if (grade <= ctx.param('dibao.single_person.mental_max_grade'))
    qualifying = mem.disabilityCategory === undefined ? undefined : MENTAL.has(mem.disabilityCategory);
  else qualifying = false;
  const person = and3([mem.hasDisabilityCertificate, qualifying, adult]);
  if (person !== true) return person;
  const pc = perCapitaIncome(ctx.household);
  const standard = dibaoStandard(ctx);
  if (pc === undefined || standard === undefined) return undefined;
  if (pc < standard * ctx.param('low_income.multiple_of_dibao')) return true;
  if ((grade as number) > ctx.param('dibao.single_person.unemployed_max_grade')) return false;
  if (mem.employment === undefined) return undefined;
  return EARNING.has(mem.employment) ? false : WINDOW;
}

/**
 * Pregnancy answers (pregnant, postpartum, planningPregnancy): the answer when given; otherwise a
 * member known to be outside the childbearing ages (or, for pregnancy and childbirth, a man) is
 * taken as "no", so that nobody is asked whether a grandfather or a toddler is pregnant. An answer
 * always wins over this inference.
 */
function pregnancyAnswer(field: 'pregnant' | 'postpartum' | 'planningPregnancy', womenOnly: boolean): FactDefinition {
  return {
    id: field,
    scope: 'member',
    changeable: field === 'planningPregnancy',
    // The answer, or what settles it without asking: the sex (pregnancy, childbirth) and the age.
    questions: [m(field), ...(womenOnly ? [m('sex')] : []), m('birthDate')],
    params: ['family_planning.childbearing_age.min', 'family_planning.childbearing_age.max'],
    compute: (ctx) => {
      const mem = ctx.member;
      if (!mem) return undefined;
      if (mem[field] !== undefined) return mem[field];
      if (womenOnly && memberSex(mem) === 'male') return false;
      const birth = memberBirthDate(mem);
      if (birth === undefined) return undefined;
      const age = wholeYearsBetween(birth, ctx.asOf);
      const outside =
        age < ctx.param('family_planning.childbearing_age.min') ||
        age > ctx.param('family_planning.childbearing_age.max');
      return outside ? false : undefined;
    },
  };
}

/** A member's own hukou in Jiaozuo: the answer, or for the applicant the household's hukou. */
function ownHukou(hh: Household, mem: Member): Tri {
  return mem.ownHukouInJiaozuo ?? (mem.relation === 'self' ? hh.hukouInJiaozuo : undefined);
}

/** The members whose hukou counts with this one's: the spouse, or for the applicant's child both parents. */
const COUPLE: Partial<Record<NonNullable<Member['relation']>, readonly NonNullable<Member['relation']>[]>> = {
  self: ['spouse'],
  spouse: ['self'],
  child: ['self', 'spouse'],
};

/**
 * Whether this member or their spouse (for the applicant's child: either parent) holds a Jiaozuo
 * hukou, read from everyone's relation to the applicant.
 */
function coupleHukouInJiaozuo(hh: Household, mem: Member): Tri {
  const wanted = mem.relation === undefined ? [] : (COUPLE[mem.relation] ?? []);
  const others = hh.members.filter((o) => o !== mem && o.relation !== undefined && wanted.includes(o.relation));
  return or3([ownHukou(hh, mem), ...others.map((o) => ownHukou(hh, o))]);
}

const DERIVED: FactDefinition[] = [
  {
    // 免费产前筛查、新生儿疾病筛查 (parameters.md §9): one spouse with a Henan hukou; Jiaozuo's is one.
    id: 'coupleHukouInJiaozuo',
    scope: 'member',
    changeable: false,
    questions: [m('ownHukouInJiaozuo')],
    compute: ({ household, member }) => (member ? coupleHukouInJiaozuo(household, member) : undefined),
  },
  pregnancyAnswer('pregnant', true),
  pregnancyAnswer('postpartum', true),
  pregnancyAnswer('planningPregnancy', false),
  {
    id: 'householdSize',
    scope: 'household',
    questions: [h('members')],
    unit: 'people',
    compute: ({ household }) => household.members.length,
  },
  {
    id: 'incomeTotalMonthly',
    scope: 'household',
    questions: [h('monthlyIncomeTotal'), h('monthlyIncomePerCapita')],
    unit: 'yuan',
    compute: ({ household }) => {
      const pc = perCapitaIncome(household);
      return pc === undefined ? undefined : pc * household.members.length;
    },
  },
  {
    id: 'householdHoldsTekun',
    scope: 'household',
    changeable: false,
    questions: [m('holdsTekun')],
    compute: ({ household }) => or3(household.members.map((mem) => mem.holdsTekun)),
  },
  {
    // Members not (known to be) supported as 特困: the people a 低保 amount is for.
    id: 'membersWithoutTekun',
    scope: 'household',
    questions: [m('holdsTekun')],
    unit: 'people',
    compute: ({ household }) => household.members.filter((mem) => mem.holdsTekun !== true).length,
  },
  {
    id: 'severeDisabledAdultWithFamily',
    scope: 'household',
    changeable: false,
    questions: [m('hasDisabilityCertificate'), m('disabilityGrade'), m('birthDate'), m('relation')],
    alsoReads: ['holdsTekun'],
    params: ['general.adult_age', 'disability.severe.max_grade'],
    compute: (ctx) => or3(ctx.household.members.map((_, i) => separateDibaoMember(ctx, i))),
  },
  {
    id: 'singlePersonDibao',
    scope: 'household',
    changeable: false,
    questions: [
      m('hasDisabilityCertificate'),
      m('disabilityGrade'),
      m('disabilityCategory'),
      m('birthDate'),
      m('employment'),
      h('monthlyIncomeTotal'),
      h('hukouType'),
    ],
    alsoReads: ['holdsTekun'],
    params: [
      'general.adult_age',
      'dibao.single_person.max_grade',
      'dibao.single_person.mental_max_grade',
      'dibao.single_person.unemployed_max_grade',
      'low_income.multiple_of_dibao',
    ],
    compute: (ctx) => {
      const each = ctx.household.members.map((_, i) => singlePersonDibao(ctx, i));
      if (each.includes(true)) return true;
      if (each.includes(WINDOW)) return WINDOW;
      return each.includes(undefined) ? undefined : false;
    },
  },
  {
    // Members known to be paid as a household of their own (HN-Dis Art 42, 单人保); unknown ones are not counted.
    id: 'separateDibaoMembers',
    scope: 'household',
    questions: [m('hasDisabilityCertificate'), m('disabilityGrade'), m('birthDate'), m('relation')],
    alsoReads: ['holdsTekun'],
    unit: 'people',
    params: [
      'general.adult_age',
      'disability.severe.max_grade',
      'dibao.single_person.max_grade',
      'dibao.single_person.mental_max_grade',
      'low_income.multiple_of_dibao',
    ],
    compute: (ctx) =>
      ctx.household.members.filter((_, i) => separateDibaoMember(ctx, i) === true || singlePersonDibao(ctx, i) === true)
        .length,
  },
  {
    id: 'incomePerCapitaMonthly',
    scope: 'household',
    questions: [h('monthlyIncomeTotal'), h('monthlyIncomePerCapita')],
    unit: 'yuan',
    compute: ({ household }) => perCapitaIncome(household),
  },
  {
    id: 'dibaoStandardMonthly',
    scope: 'household',
    questions: [h('hukouType')],
    unit: 'yuan',
    params: ['dibao.standard.urban', 'dibao.standard.rural'],
    compute: dibaoStandard,
  },
  multipleOfDibao('lowIncomeLineMonthly', 'low_income.multiple_of_dibao'),
  // 河南省法律援助条例 第十二条: economic difficulty is measured against the local 低保 standard.
  multipleOfDibao('legalAidIncomeLineMonthly', 'legal_aid.economic_difficulty.multiple_of_dibao'),
  {
    // 临时救助 (支出型): some member has large medical costs not covered by insurance.
    id: 'householdHighMedicalCosts',
    scope: 'household',
    questions: [m('highMedicalCosts')],
    compute: ({ household }) => or3(household.members.map((mem) => mem.highMedicalCosts)),
  },
  {
    // 零就业家庭: someone of working age wants a job (就业促进法 第五十六条 "有就业需求的家庭";
    // 河南省就业促进条例 第四十七条 "提出就业申请"). Members known to be outside working age do not count.
    id: 'householdSeekingWork',
    scope: 'household',
    questions: [m('seekingWork')],
    params: ['employment.working_age.min', 'employment.working_age.max'],
    compute: (ctx) => {
      const min = ctx.param('employment.working_age.min');
      const max = ctx.param('employment.working_age.max');
      return or3(
        ctx.household.members
          .filter((mem) => {
            const birth = memberBirthDate(mem);
            if (birth === undefined) return true;
            const age = wholeYearsBetween(birth, ctx.asOf);
            return age >= min && age <= max;
          })
          .map((mem) => mem.seekingWork),
      );
    },
  },
  multipleOfDibao('tekunStandardMonthly', 'tekun.living_standard.multiple_of_dibao'),
  {
    id: 'houseSafety',
    scope: 'household',
    questions: [h('houseSafety')],
    compute: ({ household }) => (household.houseSafety === 'unassessed' ? WINDOW : household.houseSafety),
  },
  {
    id: 'zeroEmployment',
    scope: 'household',
    questions: [m('employment'), m('birthDate')],
    params: ['employment.working_age.min', 'employment.working_age.max'],
    compute: (ctx) => {
      const min = ctx.param('employment.working_age.min');
      const max = ctx.param('employment.working_age.max');
      let unknown = false;
      let workingAge = 0;
      for (const mem of ctx.household.members) {
        const birth = memberBirthDate(mem);
        if (birth === undefined) {
          unknown = true;
          continue;
        }
        const age = wholeYearsBetween(birth, ctx.asOf);
        // Only members of working age count (零就业家庭: 法定劳动年龄内的成员均未就业): a working pensioner does not.
        if (age < min || age > max) continue;
        if (mem.employment !== undefined && IN_WORK.has(mem.employment)) return false;
        workingAge += 1;
        if (mem.employment === undefined) unknown = true;
      }
      if (unknown) return undefined;
      return workingAge > 0;
    },
  },
  {
    id: 'county',
    scope: 'household',
    questions: [h('county'), m('idNumber')],
    compute: ({ household }) => household.county ?? countyFromIds(household),
  },
  {
    id: 'age',
    scope: 'member',
    questions: [m('birthDate'), m('idNumber')],
    unit: 'years',
    compute: ({ member, asOf }) => {
      const birth = member && memberBirthDate(member);
      return birth === undefined ? undefined : wholeYearsBetween(birth, asOf);
    },
  },
  {
    id: 'sex',
    scope: 'member',
    changeable: false,
    questions: [m('sex'), m('idNumber')],
    compute: ({ member }) => member && memberSex(member),
  },
  {
    // 光荣院: no capable supporter (光荣院管理办法, parameters.md §6); a person who cannot look after
    // themselves is named by 退役军人保障法 第五十四条 without that condition: the window decides.
    id: 'honorHomeSupport',
    scope: 'member',
    questions: [m('hasCapableSupporter'), m('selfCare')],
    compute: ({ member }) => {
      if (member?.hasCapableSupporter === undefined) return undefined;
      if (member.hasCapableSupporter === false) return true;
      if (member.selfCare === undefined) return undefined;
      return member.selfCare === 'dependent' ? WINDOW : false;
    },
  },
  {
    // A condition only the window can settle (its text says what: a local figure that is not
    // published, whether the deceased supported someone…): such a leaf is always "window".
    id: 'checkedAtWindow',
    scope: 'household',
    changeable: false,
    questions: [],
    compute: () => WINDOW,
  },
  {
    // 义务教育法 第十二条: a child whose parents (or other guardians) work or live where the child's
    // hukou is not. Read from the household's adults (a member known to be a minor is not asked);
    // who is the child's parent or guardian is checked at the window.
    id: 'familyHasJiaozuoResidencePermit',
    scope: 'household',
    questions: [m('hasJiaozuoResidencePermit')],
    params: ['general.adult_age'],
    compute: (ctx) => or3(adultsOf(ctx).map((mem) => mem.hasJiaozuoResidencePermit)),
  },
  {
    id: 'familyWorksInJiaozuo',
    scope: 'household',
    questions: [m('worksInJiaozuo')],
    params: ['general.adult_age'],
    compute: (ctx) => or3(adultsOf(ctx).map((mem) => mem.worksInJiaozuo)),
  },
  {
    // 社会保险法 第四十六条: the longest benefit period set by the months of contributions.
    id: 'unemploymentBenefitMaxMonths',
    scope: 'member',
    questions: [m('monthsInsured')],
    unit: 'months',
    params: [
      'unemployment_insurance.min_months_insured',
      'unemployment_insurance.period.short',
      'unemployment_insurance.period.middle.min_months_insured',
      'unemployment_insurance.period.middle',
      'unemployment_insurance.period.long.min_months_insured',
      'unemployment_insurance.period.long',
    ],
    compute: (ctx) => {
      const insured = ctx.member?.monthsInsured;
      if (insured === undefined) return undefined;
      if (insured >= ctx.param('unemployment_insurance.period.long.min_months_insured'))
        return ctx.param('unemployment_insurance.period.long');
      if (insured >= ctx.param('unemployment_insurance.period.middle.min_months_insured'))
        return ctx.param('unemployment_insurance.period.middle');
      if (insured >= ctx.param('unemployment_insurance.min_months_insured'))
        return ctx.param('unemployment_insurance.period.short');
      return 0;
    },
  },
  {
    // A discharge date may be only a year or a year and month: then the months lie between the
    // fewest (its last day) and the most (its first day). When both fall on the same side of the
    // "recently discharged" threshold the fewest stand for them; otherwise the month or day
    // decides and the fact is unknown, which asks for the discharge date again.
    id: 'monthsSinceDischarge',
    scope: 'member',
    questions: [m('dischargeDate')],
    unit: 'months',
    params: [RECENT_DISCHARGE_MONTHS],
    compute: (ctx) => {
      const { member, asOf } = ctx;
      if (member?.dischargeDate === undefined) return undefined;
      const span = dateSpan(member.dischargeDate);
      if (span === undefined) return undefined;
      if (span.first === span.last) return wholeMonthsBetween(span.first, asOf);
      // A day after the screening date is not a discharge that happened: the latest is the screening date.
      const upTo = (d: string) => (d > asOf ? asOf : d);
      const fewest = wholeMonthsBetween(upTo(span.last), asOf);
      const most = wholeMonthsBetween(upTo(span.first), asOf);
      if (fewest === most) return fewest;
      const threshold = ctx.param(RECENT_DISCHARGE_MONTHS);
      return fewest < threshold === most < threshold ? fewest : undefined;
    },
  },
];

/**
 * Answers that describe who someone is or a status already granted, not something to change. The
 * statuses that a program grants (`grantsStatus`) are never offered either (src/engine/detail.ts).
 */
const UNCHANGEABLE = new Set<string>([
  'householdHoldsTekun',
  'receivesPeriodicBenefit',
  'survivorRelation',
  'serviceDisabilityMental',
  'hardshipEvent',
  'schoolYear',
  'holdsPovertyAlleviation',
  'relation',
  'isVeteran',
  'hukouAtEnlistment',
  'isDisabledServiceman',
  'serviceDisabilityCause',
  'serviceDisabilityMental',
  'receivesPeriodicBenefit',
  'survivorOf',
  'survivorRelation',
  'isServicemanFamily',
  'isCombatVeteran',
  'orphan',
  'factuallyUnsupported',
  'jobLossInvoluntary',
  'monthsInsured',
  'yearsContributedPension',
  'familyPlanningStatus',
  'onlyChildLoss',
  'seriousIllness',
  'highMedicalCosts',
  'householdHighMedicalCosts',
  'legalIssue',
  'recentGraduate',
  'returningMigrantWorker',
  'ownHukouInJiaozuo',
]);

function answer(scope: 'household' | 'member', field: string): FactDefinition {
  return {
    id: field,
    answer: true,
    scope,
    changeable: !UNCHANGEABLE.has(field),
    questions: [{ scope, field }],
    unit: UNITS[field],
    compute:
      scope === 'household'
        ? (ctx) => (ctx.household as unknown as Record<string, FactValue>)[field]
        : (ctx) => (ctx.member as Record<string, FactValue> | undefined)?.[field],
  };
}

export const FACTS: ReadonlyMap<string, FactDefinition> = new Map(
  [
    ...HOUSEHOLD_ANSWERS.map((f) => answer('household', f)),
    ...MEMBER_ANSWERS.map((f) => answer('member', f)),
    ...DERIVED,
  ].map((f) => [f.id, f]),
);

/** Every fact's slot: the index of its value in a subject's fact row. */
export const FACT_IDS: readonly string[] = [...FACTS.keys()];
export const FACT_SLOT: ReadonlyMap<string, number> = new Map(FACT_IDS.map((id, i) => [id, i]));

/** The definitions of the given facts, in registry order. */
export function factsNeeded(ids: ReadonlySet<string>): FactDefinition[] {
  return [...FACTS.values()].filter((f) => ids.has(f.id));
}

/** Reads parameters in force on the screening's as-of date. */
export interface ParamReader {
  asOf: string;
  number(id: string): number;
  unit(id: string): Unit;
  /** The value in force with its date, source and confidence. */
  at(id: string): ValueInForce;
}

/** A function of a parameter id whose answers are kept. */
function memo<T>(fn: (id: string) => T): (id: string) => T {
  const kept = new Map<string, T>();
  return (id) => {
    let v = kept.get(id);
    if (v === undefined) {
      v = fn(id);
      kept.set(id, v);
    }
    return v;
  };
}

/** A reader for one date; each value is looked up once and kept. */
export function paramReader(params: ParameterSet, asOf: string): ParamReader {
  return {
    asOf,
    number: memo((id) => params.number(id, asOf)),
    unit: (id) => params.definition(id).unit,
    at: memo((id) => params.at(id, asOf)),
  };
}

/** How to fill a subject's fact row on a date: answers copied by field, derived facts computed. */
export interface RowPlan {
  /** Slot of each answer field, household and member. */
  householdAnswers: ReadonlyMap<string, number>;
  memberAnswers: ReadonlyMap<string, number>;
  /** Derived facts some program in force reads, with their slots. */
  householdDerived: readonly { slot: number; def: FactDefinition }[];
  memberDerived: readonly { slot: number; def: FactDefinition }[];
}

/**
 * The plan for the facts some program in force reads (`needed`): only those derived facts are
 * computed, so a parameter that a retired or future program needs cannot block a screening.
 */
export function rowPlan(needed: readonly FactDefinition[]): RowPlan {
  const slot = (def: FactDefinition) => ({ slot: FACT_SLOT.get(def.id) as number, def });
  const answers = (scope: FactDefinition['scope']) =>
    new Map(
      [...FACTS.values()]
        .filter((d) => d.answer && d.scope === scope)
        .map((d) => [d.id, FACT_SLOT.get(d.id) as number]),
    );
  const derived = (scope: FactDefinition['scope']) => needed.filter((d) => !d.answer && d.scope === scope).map(slot);
  return {
    householdAnswers: answers('household'),
    memberAnswers: answers('member'),
    householdDerived: derived('household'),
    memberDerived: derived('member'),
  };
}

/**
 * Computes a subject's fact row: the household's facts, or a member's on top of a copy of the
 * household row. Answers are copied by the fields present (a household gives a few dozen of them),
 * derived facts computed.
 */
export function computeRow(
  reader: ParamReader,
  household: Household,
  plan: RowPlan,
  member?: Member,
  householdRow?: FactValue[],
): FactValue[] {
  const row: FactValue[] = householdRow ? householdRow.slice() : new Array(FACT_IDS.length);
  const answers = (member ?? household) as Record<string, FactValue>;
  const slots = member ? plan.memberAnswers : plan.householdAnswers;
  for (const field in answers) {
    const slot = slots.get(field);
    if (slot !== undefined) row[slot] = answers[field];
  }
  const ctx: FactContext = { household, member, asOf: reader.asOf, param: reader.number, paramUnit: reader.unit };
  for (const { slot, def } of member ? plan.memberDerived : plan.householdDerived) row[slot] = def.compute(ctx);
  return row;
}

/** Fact rows of a household: index 0 the household, index i + 1 member i. */
export function computeRows(reader: ParamReader, household: Household, plan: RowPlan): FactValue[][] {
  const hh = computeRow(reader, household, plan);
  return [hh, ...household.members.map((m) => computeRow(reader, household, plan, m, hh))];
}

/** An answer of the household or of one member, by field name. */
export const answerOf = (household: Household, field: string, member?: number): unknown =>
  member === undefined
    ? (household as Record<string, unknown>)[field]
    : (household.members[member] as Record<string, unknown> | undefined)?.[field];

/** The parameters a derived fact read for this subject (for marking UNVERIFIED values), computed on demand. */
export function factParams(reader: ParamReader, factId: string, household: Household, member?: Member): string[] {
  const def = FACTS.get(factId);
  if (!def) return [];
  const used: string[] = [];
  def.compute({
    household,
    member,
    asOf: reader.asOf,
    param: (id) => {
      used.push(id);
      return reader.number(id);
    },
    paramUnit: reader.unit,
  });
  return used;
}
