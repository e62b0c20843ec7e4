/**
 * Facts: the values rules read. Most are answers copied from the household; a few are derived
 * (age on the as-of date, per-capita income, the 低保 standard for the household's hukou type).
 * Every fact names the questions (household fields) that settle it, so an unknown fact becomes
 * "ask these questions", and derived thresholds record which parameters they used.
 *
 * A fact is `undefined` when unknown and WINDOW when only the service window can settle it.
 */

import regions from '../../seeds/regions.json' with { type: 'json' };
import { wholeMonthsBetween, wholeYearsBetween } from '../model/dates.js';
import type { Household, Member } from '../model/household.js';
import { parseResidentId } from '../model/resident-id.js';
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
  scope: 'household' | 'member';
  /** Household fields (scope household) or member fields (scope member) that settle this fact. */
  questions: { scope: 'household' | 'member'; field: string }[];
  unit?: FactUnit;
  /**
   * False for what a household cannot change by its own action (a status already granted, having
   * served, being a survivor): such answers are never offered as "what would change this".
   */
  changeable?: boolean;
  /** Parameters a derived fact may read (documentation: shown with the programs that read the fact). */
  params?: string[];
  compute(ctx: FactContext): FactValue;
}

const MONTHS_PER_YEAR = 12;
const JIAOZUO_COUNTIES = new Set(regions.counties.map((c) => c.code));

/** Birth date from the answer, or from a valid ID number. */
export function memberBirthDate(m: Member): string | undefined {
  if (m.birthDate) return m.birthDate;
  if (m.idNumber) {
    const p = parseResidentId(m.idNumber);
    if (p.ok) return p.info.birthDate;
  }
  return undefined;
}

export function memberSex(m: Member): 'male' | 'female' | undefined {
  if (m.sex) return m.sex;
  if (m.idNumber) {
    const p = parseResidentId(m.idNumber);
    if (p.ok) return p.info.sex;
  }
  return undefined;
}

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
  'holdsDibao',
  'holdsTekun',
  'holdsLowIncome',
  'holdsPovertyAlleviation',
  'ownsHomeInJiaozuo',
  'floorAreaPerCapita',
] as const satisfies readonly (keyof Household)[];

/** Member answers that rules read as they are. */
const MEMBER_ANSWERS = [
  'relation',
  'hasDisabilityCertificate',
  'disabilityCategory',
  'disabilityGrade',
  'selfCare',
  'schoolStage',
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
  'survivorOf',
  'isServicemanFamily',
  'isCombatVeteran',
  'pregnant',
  'orphan',
  'factuallyUnsupported',
  'hasCapableSupporter',
] as const satisfies readonly (keyof Member)[];

const UNITS: Partial<Record<string, FactUnit>> = {
  yearsInJiaozuo: 'years',
  floorAreaPerCapita: 'sqm',
  disabilityGrade: 'grade',
  serviceDisabilityGrade: 'grade',
  monthsRegisteredUnemployed: 'months',
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

const DERIVED: FactDefinition[] = [
  {
    id: 'householdSize',
    scope: 'household',
    questions: [h('members')],
    unit: 'people',
    compute: ({ household }) => household.members.length,
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
        if (mem.employment === 'employed' || mem.employment === 'self_employed') return false;
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
    id: 'monthsSinceDischarge',
    scope: 'member',
    questions: [m('dischargeDate')],
    unit: 'months',
    compute: ({ member, asOf }) =>
      member?.dischargeDate === undefined ? undefined : wholeMonthsBetween(member.dischargeDate, asOf),
  },
];

/**
 * Answers that describe who someone is or a status already granted, not something to change. The
 * statuses that a program grants (`grantsStatus`) are never offered either (src/engine/detail.ts).
 */
const UNCHANGEABLE = new Set<string>([
  'holdsPovertyAlleviation',
  'relation',
  'isVeteran',
  'hukouAtEnlistment',
  'isDisabledServiceman',
  'serviceDisabilityCause',
  'survivorOf',
  'isServicemanFamily',
  'isCombatVeteran',
  'orphan',
  'factuallyUnsupported',
]);

function answer(scope: 'household' | 'member', field: string): FactDefinition {
  return {
    id: field,
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

/** A reader for one date; each value is looked up once and kept. */
export function paramReader(params: ParameterSet, asOf: string): ParamReader {
  const numbers = new Map<string, number>();
  const values = new Map<string, ValueInForce>();
  return {
    asOf,
    number: (id) => {
      let v = numbers.get(id);
      if (v === undefined) {
        v = params.number(id, asOf);
        numbers.set(id, v);
      }
      return v;
    },
    unit: (id) => params.definition(id).unit,
    at: (id) => {
      let v = values.get(id);
      if (v === undefined) {
        v = params.at(id, asOf);
        values.set(id, v);
      }
      return v;
    },
  };
}

/**
 * Computes a subject's fact row: the household's facts, or a member's on top of a copy of the
 * household row. Only the facts some program in force reads (`needed`, by slot) are computed, so a
 * parameter that a retired or future program needs cannot block a screening.
 */
export function computeRow(
  reader: ParamReader,
  household: Household,
  needed: readonly FactDefinition[],
  member?: Member,
  householdRow?: FactValue[],
): FactValue[] {
  const row: FactValue[] = householdRow ? householdRow.slice() : new Array(FACT_IDS.length);
  const ctx: FactContext = { household, member, asOf: reader.asOf, param: reader.number, paramUnit: reader.unit };
  for (const def of needed) {
    if ((def.scope === 'member') !== (member !== undefined)) continue;
    row[FACT_SLOT.get(def.id) as number] = def.compute(ctx);
  }
  return row;
}

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
