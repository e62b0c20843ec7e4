/**
 * The household's vocabulary, defined once: the values each choice takes and the bounds of each
 * number. Plain data with no dependency (no zod), so that the household model (src/model/household.ts),
 * the question catalogue (src/questions/catalogue.ts) and the pages (web/) read the same lists.
 */
import regions from '../../seeds/regions.json' with { type: 'json' };

export const MAX_MEMBERS = 20;
export const MAX_MONEY = 10_000_000;

export const RELATIONS = [
  'self',
  'spouse',
  'child',
  'parent',
  'grandparent',
  'grandchild',
  'sibling',
  'other',
] as const;
export const SEXES = ['male', 'female'] as const;
export const DISABILITY_CATEGORIES = [
  'visual',
  'hearing',
  'speech',
  'physical',
  'intellectual',
  'mental',
  'multiple',
] as const;
export const SELF_CARE = ['independent', 'partial', 'dependent'] as const;
export const SCHOOL_STAGES = ['none', 'kindergarten', 'primary', 'junior', 'senior', 'vocational', 'college'] as const;
export const EMPLOYMENT = ['employed', 'self_employed', 'unemployed', 'retired', 'student', 'unable', 'other'] as const;
export const HUKOU_TYPES = ['urban', 'rural'] as const;
export const HOUSE_SAFETY = ['A', 'B', 'C', 'D', 'no_house', 'unassessed'] as const;
export const SERVICE_DISABILITY_CAUSES = ['war', 'duty', 'illness'] as const;
export const SURVIVOR_OF = ['none', 'martyr', 'duty_death', 'illness_death'] as const;
export const SURVIVOR_RELATIONS = ['parent', 'spouse', 'child', 'sibling'] as const;
export const PENSION_SCHEMES = ['employee', 'resident', 'none'] as const;
export const FAMILY_PLANNING_STATUSES = ['one_child', 'two_daughters', 'none'] as const;
export const ONLY_CHILD_LOSS = ['died', 'disabled', 'none'] as const;
export const LEGAL_ISSUES = ['wages', 'work_injury', 'family_support', 'other', 'none'] as const;
export const MEDICAL_INSURANCE = ['employee', 'resident', 'none'] as const;

/** GB/T 2260 codes of the counties (市辖区/县/县级市) of Jiaozuo (seeds/regions.json). */
export const COUNTY_CODES = regions.counties.map((c) => c.code) as [string, ...string[]];

/** Bounds of the numbers a household states, as [min, max]. */
export const BOUNDS = {
  money: [0, MAX_MONEY],
  yearsInJiaozuo: [0, 120],
  floorAreaPerCapita: [0, 10_000],
  disabilityGrade: [1, 4],
  schoolYear: [1, 6],
  months: [0, 600],
  yearsContributedPension: [0, 80],
  serviceDisabilityGrade: [1, 10],
} as const satisfies Record<string, readonly [number, number]>;
