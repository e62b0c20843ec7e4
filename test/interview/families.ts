/**
 * Plausible households for measuring the interview against the full questionnaire: families of the
 * kinds that call the hotline (an old person alone, a couple with children, three generations, a
 * veteran, a disabled adult…), each member with an answer to every question the household model
 * has, consistent with age and relation (children at school, adults at work or retired). Unlike
 * test/random.ts (which stresses the engine with any combination), these are what a caller could
 * tell an operator.
 */
import type { Household, Member } from '../../src/model/household.js';
import { COUNTY_CODES } from '../../src/model/vocabulary.js';

type R = () => number;
const pick = <T>(r: R, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
const chance = (r: R, p: number) => r() < p;
const between = (r: R, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));

function birth(r: R, today: string, age: number): string {
  const year = Number(today.slice(0, 4)) - age - 1;
  return `${year}-${String(between(r, 1, 12)).padStart(2, '0')}-${String(between(r, 1, 28)).padStart(2, '0')}`;
}

function stageFor(age: number): Member['schoolStage'] {
  if (age < 3) return 'none';
  if (age < 6) return 'kindergarten';
  if (age < 12) return 'primary';
  if (age < 15) return 'junior';
  if (age < 18) return 'senior';
  return 'none';
}

/** A member of a given age and relation, every question answered. */
function member(r: R, today: string, relation: Member['relation'], age: number, sex: 'male' | 'female'): Member {
  const stage = stageFor(age);
  const adult = age >= 18;
  const old = age >= 60;
  const disabled = chance(r, old ? 0.2 : 0.08);
  const veteran = adult && sex === 'male' && chance(r, 0.12);
  const dischargeAge = between(r, 20, 26);
  const dischargeYear = Number(today.slice(0, 4)) - age + dischargeAge;
  const employment: Member['employment'] = !adult
    ? 'student'
    : old
      ? pick(r, ['retired', 'retired', 'other', 'unable'] as const)
      : pick(r, ['employed', 'employed', 'self_employed', 'unemployed', 'other'] as const);
  const fertile = adult && age <= 45;
  return {
    relation,
    birthDate: birth(r, today, age),
    sex,
    ownHukouInJiaozuo: true,
    pregnant: sex === 'female' && fertile ? chance(r, 0.1) : false,
    postpartum: false,
    planningPregnancy: fertile ? chance(r, 0.1) : false,
    pensionScheme: adult ? pick(r, ['employee', 'resident', 'none'] as const) : 'none',
    yearsContributedPension: adult ? between(r, 0, Math.min(40, age - 18)) : 0,
    holdsTekun: false,
    highMedicalCosts: chance(r, old ? 0.2 : 0.05),
    seriousIllness: chance(r, old ? 0.1 : 0.03),
    medicalInsurance: pick(r, ['employee', 'resident', 'resident'] as const),
    legalIssue: chance(r, 0.1) ? pick(r, ['wages', 'work_injury', 'family_support'] as const) : 'none',
    hasDisabilityCertificate: disabled,
    ...(disabled
      ? {
          disabilityCategory: pick(r, ['physical', 'visual', 'intellectual', 'mental'] as const),
          disabilityGrade: between(r, 1, 4),
        }
      : {}),
    schoolStage: stage,
    ...(stage === 'senior' ? { schoolYear: between(r, 1, 3), agricultureMajor: false } : {}),
    ...(stage === 'kindergarten' ? { kindergartenPuhui: chance(r, 0.7) } : {}),
    ...(stage === 'primary' || stage === 'junior' ? { boarding: chance(r, 0.2) } : {}),
    orphan: false,
    factuallyUnsupported: false,
    worksInJiaozuo: adult && !old,
    hasJiaozuoResidencePermit: false,
    isVeteran: veteran,
    ...(veteran
      ? {
          dischargeDate: String(Math.min(dischargeYear, Number(today.slice(0, 4)))),
          hukouAtEnlistment: pick(r, ['urban', 'rural'] as const),
          isCombatVeteran: chance(r, 0.1),
          isDisabledServiceman: false,
        }
      : { isCombatVeteran: false, isDisabledServiceman: false }),
    survivorOf: 'none',
    receivesPeriodicBenefit: false,
    hasLivingIncome: adult,
    employment,
    seekingWork: employment === 'unemployed',
    startingBusiness: adult && !old && chance(r, 0.1),
    wantsSkillsTraining: adult && !old && chance(r, 0.3),
    ...(employment === 'unemployed'
      ? {
          jobLossInvoluntary: chance(r, 0.5),
          monthsRegisteredUnemployed: between(r, 0, 24),
          monthsInsured: between(r, 0, 120),
        }
      : {}),
    recentGraduate: false,
    returningMigrantWorker: false,
    isServicemanFamily: false,
    hasCapableSupporter: !old || chance(r, 0.7),
    selfCare: old ? pick(r, ['independent', 'independent', 'partial', 'dependent'] as const) : 'independent',
  };
}

type Shape = (r: R, today: string) => Member[];
const other = (sex: 'male' | 'female') => (sex === 'male' ? 'female' : 'male');

const SHAPES: Shape[] = [
  // An old person alone
  (r, t) => [member(r, t, 'self', between(r, 62, 90), pick(r, ['male', 'female'] as const))],
  // An old couple
  (r, t) => {
    const sex = pick(r, ['male', 'female'] as const);
    return [member(r, t, 'self', between(r, 60, 85), sex), member(r, t, 'spouse', between(r, 58, 85), other(sex))];
  },
  // A couple with one to three children
  (r, t) => {
    const sex = pick(r, ['male', 'female'] as const);
    const age = between(r, 28, 50);
    const kids = Array.from({ length: between(r, 1, 3) }, () =>
      member(r, t, 'child', between(r, 0, Math.min(20, age - 20)), pick(r, ['male', 'female'] as const)),
    );
    return [member(r, t, 'self', age, sex), member(r, t, 'spouse', age + between(r, -3, 3), other(sex)), ...kids];
  },
  // Three generations
  (r, t) => {
    const sex = pick(r, ['male', 'female'] as const);
    const age = between(r, 30, 48);
    return [
      member(r, t, 'self', age, sex),
      member(r, t, 'spouse', age + between(r, -3, 3), other(sex)),
      member(r, t, 'child', between(r, 1, 16), pick(r, ['male', 'female'] as const)),
      member(r, t, 'parent', age + between(r, 24, 32), pick(r, ['male', 'female'] as const)),
    ];
  },
  // A single adult of working age
  (r, t) => [member(r, t, 'self', between(r, 20, 58), pick(r, ['male', 'female'] as const))],
];

export function family(r: R, today: string): Household {
  const members = pick(r, SHAPES)(r, today);
  const rural = chance(r, 0.5);
  const dibao = chance(r, 0.15);
  const local = chance(r, 0.85);
  return {
    hukouInJiaozuo: local,
    hukouType: rural ? 'rural' : 'urban',
    county: pick(r, COUNTY_CODES),
    residesInJiaozuo: true,
    ...(local ? {} : { yearsInJiaozuo: between(r, 0, 15) }),
    monthlyIncomeTotal: between(r, 0, 2500) * members.length,
    holdsDibao: dibao,
    holdsLowIncome: !dibao && chance(r, 0.1),
    holdsPovertyAlleviation: rural && chance(r, 0.15),
    hardshipEvent: chance(r, 0.1),
    familyPlanningStatus: pick(r, ['none', 'none', 'one_child'] as const),
    onlyChildLoss: 'none',
    ownsHomeInJiaozuo: chance(r, 0.7),
    floorAreaPerCapita: between(r, 8, 50),
    houseSafety: rural ? pick(r, ['A', 'B', 'C', 'D'] as const) : 'no_house',
    members,
  };
}
