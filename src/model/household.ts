/**
 * The household model: what a household says about itself. Every answer is optional: an absent
 * answer means "unknown", never "no". Published as JSON Schema at GET /api/v1/schema and used for
 * the OpenAPI document, so this file is the single definition of the questionnaire's fields.
 */
import * as z from 'zod';
import { dateSpan, todayInChina } from './dates.js';
import { AsOfDate, BirthDate, DischargeDate, issue, ResidentIdNumber } from './fields.js';
import { idDisagreements, memberBirthDate, parseResidentId } from './resident-id.js';
import * as V from './vocabulary.js';

/** A number within the vocabulary's bounds. */
const bounded = (b: readonly [number, number]) => z.number().min(b[0]).max(b[1]);
const count = (b: readonly [number, number]) => bounded(b).int();
const money = bounded(V.BOUNDS.money);

export const Relation = z.enum(V.RELATIONS);
export const DisabilityCategory = z.enum(V.DISABILITY_CATEGORIES);
export const SelfCare = z.enum(V.SELF_CARE);
export const SchoolStage = z.enum(V.SCHOOL_STAGES);
export const Employment = z.enum(V.EMPLOYMENT);
export const HukouType = z.enum(V.HUKOU_TYPES);
export const HouseSafety = z.enum(V.HOUSE_SAFETY);
export const ServiceDisabilityCause = z.enum(V.SERVICE_DISABILITY_CAUSES);
export const SurvivorOf = z.enum(V.SURVIVOR_OF);
export const SurvivorRelation = z.enum(V.SURVIVOR_RELATIONS);
export const PensionScheme = z.enum(V.PENSION_SCHEMES);
export const FamilyPlanningStatus = z.enum(V.FAMILY_PLANNING_STATUSES);
export const OnlyChildLoss = z.enum(V.ONLY_CHILD_LOSS);
export const LegalIssue = z.enum(V.LEGAL_ISSUES);
export const MedicalInsurance = z.enum(V.MEDICAL_INSURANCE);

export const Member = z
  .strictObject({
    ref: z.string().max(40).optional().describe('Client-side reference for this member; echoed in results'),
    relation: Relation.optional(),
    idNumber: ResidentIdNumber.optional(),
    birthDate: BirthDate.optional(),
    sex: z.enum(V.SEXES).optional(),
    hasDisabilityCertificate: z.boolean().optional(),
    disabilityCategory: DisabilityCategory.optional(),
    disabilityGrade: count(V.BOUNDS.disabilityGrade).optional(),
    selfCare: SelfCare.optional(),
    schoolStage: SchoolStage.optional(),
    schoolYear: count(V.BOUNDS.schoolYear)
      .optional()
      .describe('Year within the current school stage (高一 = 1; 中职一年级 = 1)'),
    agricultureMajor: z.boolean().optional().describe('Studies a 涉农 major (secondary vocational school)'),
    kindergartenPuhui: z.boolean().optional().describe('Kindergarten is 普惠 (public or affordable private)'),
    boarding: z.boolean().optional(),
    employment: Employment.optional(),
    monthsRegisteredUnemployed: count(V.BOUNDS.months).optional(),
    seekingWork: z.boolean().optional(),
    startingBusiness: z.boolean().optional(),
    wantsSkillsTraining: z.boolean().optional(),
    isVeteran: z.boolean().optional(),
    dischargeDate: DischargeDate.optional(),
    hukouAtEnlistment: HukouType.optional(),
    isDisabledServiceman: z.boolean().optional(),
    serviceDisabilityGrade: count(V.BOUNDS.serviceDisabilityGrade).optional(),
    serviceDisabilityCause: ServiceDisabilityCause.optional(),
    serviceDisabilityMental: z
      .boolean()
      .optional()
      .describe('The service disability is a mental disorder (因战、因公致残的精神病)'),
    receivesPeriodicBenefit: z
      .boolean()
      .optional()
      .describe('Already receives a periodic 抚恤金 / 定期抚恤补助 / 伤残抚恤金 from veterans’ affairs'),
    survivorOf: SurvivorOf.optional().describe(
      'Survivor (遗属) of a martyr, a service death or a death from illness in service',
    ),
    survivorRelation: SurvivorRelation.optional().describe(
      'For a survivor (survivorOf set): relation to the deceased serviceman',
    ),
    isServicemanFamily: z.boolean().optional(),
    isCombatVeteran: z.boolean().optional(),
    pregnant: z.boolean().optional(),
    postpartum: z.boolean().optional().describe('Gave birth in the last 42 days (产褥期)'),
    planningPregnancy: z.boolean().optional().describe('The person (and spouse) plan a pregnancy (计划怀孕)'),
    orphan: z.boolean().optional(),
    factuallyUnsupported: z.boolean().optional().describe('事实无人抚养儿童'),
    hasCapableSupporter: z
      .boolean()
      .optional()
      .describe('Has a legal supporter (法定赡养、抚养、扶养义务人) able to support them'),
    hasLivingIncome: z.boolean().optional().describe('Has a source of living income of their own (for 无生活费来源)'),
    holdsTekun: z
      .boolean()
      .optional()
      .describe('This person is a 特困供养人员 (特困 is a person’s status, 社会救助暂行办法 第十四条)'),
    pensionScheme: PensionScheme.optional().describe(
      'Enrolled in the employee basic pension (职工养老), the urban-rural resident basic pension (城乡居民养老), or none',
    ),
    yearsContributedPension: count(V.BOUNDS.yearsContributedPension)
      .optional()
      .describe('Years of pension contributions'),
    jobLossInvoluntary: z
      .boolean()
      .optional()
      .describe('The last job ended not by the person’s own choice (非本人意愿中断就业)'),
    monthsInsured: count(V.BOUNDS.months)
      .optional()
      .describe('Months of unemployment-insurance contributions (employer and worker)'),
    ownHukouInJiaozuo: z
      .boolean()
      .optional()
      .describe('This person’s own hukou is in Jiaozuo (for children of migrants; hukouInJiaozuo is the applicant’s)'),
    hasJiaozuoResidencePermit: z.boolean().optional().describe('Holds a Jiaozuo 居住证'),
    worksInJiaozuo: z.boolean().optional().describe('Works (employed or self-employed) in Jiaozuo'),
    legalIssue: LegalIssue.optional().describe(
      'A legal matter the person needs help with: unpaid wages or labour remuneration (追索劳动报酬), a work injury (工伤), a claim for support/maintenance (赡养费、抚养费、扶养费), another matter, or none',
    ),
    seriousIllness: z.boolean().optional().describe('Has a serious or catastrophic illness (重特大疾病)'),
    highMedicalCosts: z.boolean().optional().describe('Has large medical costs not covered by insurance this year'),
    medicalInsurance: MedicalInsurance.optional().describe(
      'Enrolled in employee basic medical insurance (职工医保), resident medical insurance (城乡居民医保), or none',
    ),
    recentGraduate: z.boolean().optional().describe('Graduated from college or university within the last 2 years'),
    returningMigrantWorker: z.boolean().optional().describe('A migrant worker who has returned home (返乡农民工)'),
  })
  .superRefine((m, ctx) => {
    const id = m.idNumber === undefined ? undefined : parseResidentId(m.idNumber);
    const birth = memberBirthDate(m);
    // A partial discharge date (a year, a year and month) is plausible if its last day is after the birth.
    const discharge = m.dischargeDate === undefined ? undefined : dateSpan(m.dischargeDate);
    if (discharge !== undefined && birth !== undefined && discharge.last <= birth) {
      ctx.addIssue({ code: 'custom', path: ['dischargeDate'], ...issue('dischargeBeforeBirth') });
    }
    if (id !== undefined) {
      const parsed = id;
      if (!parsed.ok) {
        ctx.addIssue({ code: 'custom', path: ['idNumber'], ...issue(`idNumber.${parsed.problem}`) });
      } else {
        for (const field of idDisagreements(parsed.info, m)) {
          ctx.addIssue({ code: 'custom', path: [field], ...issue(`idNumber.${field}Mismatch`) });
        }
      }
    }
    if (
      m.hasDisabilityCertificate === false &&
      (m.disabilityGrade !== undefined || m.disabilityCategory !== undefined)
    ) {
      ctx.addIssue({ code: 'custom', path: ['disabilityGrade'], ...issue('disability.withoutCertificate') });
    }
  })
  .meta({
    description:
      'A member. Checked beyond this schema: a valid ID number (check character) and that birthDate and sex agree with it',
    // A disability category or grade only when a certificate is not denied.
    if: { properties: { hasDisabilityCertificate: { const: false } }, required: ['hasDisabilityCertificate'] },
    // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then, not a thenable
    then: { properties: { disabilityCategory: false, disabilityGrade: false } },
  });

export const Household = z
  .strictObject({
    hukouType: HukouType.optional(),
    hukouInJiaozuo: z.boolean().optional(),
    county: z.enum(V.COUNTY_CODES).optional().describe('GB/T 2260 code of the county (市辖区/县/县级市) of residence'),
    yearsInJiaozuo: bounded(V.BOUNDS.yearsInJiaozuo)
      .optional()
      .describe('Years lived in Jiaozuo, for a household whose hukou is elsewhere'),
    residesInJiaozuo: z.boolean().optional().describe('The household lives (常住) in Jiaozuo, whatever its hukou'),
    monthlyIncomeTotal: money.optional().describe('Household income per month, 元'),
    monthlyIncomePerCapita: money.optional().describe('Per-member income per month, 元 (alternative to the total)'),
    holdsDibao: z.boolean().optional(),
    holdsLowIncome: z.boolean().optional().describe('低保边缘/低收入家庭'),
    holdsPovertyAlleviation: z.boolean().optional().describe('脱贫户 or 防返贫监测户'),
    ownsHomeInJiaozuo: z.boolean().optional(),
    floorAreaPerCapita: bounded(V.BOUNDS.floorAreaPerCapita)
      .optional()
      .describe('Per-capita floor area of the home, ㎡'),
    houseSafety: HouseSafety.optional().describe(
      'Rural house safety grade (A–D) from an appraisal; unassessed if never appraised',
    ),
    hardshipEvent: z
      .boolean()
      .optional()
      .describe('Fell into hardship recently through illness, disaster or an accident (因病、因灾、因意外)'),
    familyPlanningStatus: FamilyPlanningStatus.optional().describe(
      'A one-child family (独生子女家庭, holds the 独生子女父母光荣证) or a rural two-daughter family (农村二女户), or neither',
    ),
    onlyChildLoss: OnlyChildLoss.optional().describe(
      'For a one-child family: the only child has died (失独) or is disabled (伤残, grade 1–3 disability certificate), or neither',
    ),
    members: z.array(Member).min(1).max(V.MAX_MEMBERS),
  })
  .superRefine((h, ctx) => {
    if (h.monthlyIncomeTotal !== undefined && h.monthlyIncomePerCapita !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['monthlyIncomePerCapita'], ...issue('income.both') });
    }
  })
  // The total or the per-capita income, not both.
  .meta({ not: { required: ['monthlyIncomeTotal', 'monthlyIncomePerCapita'] } });

export type Household = z.infer<typeof Household>;
export type Member = z.infer<typeof Member>;

export const Locale = z.enum(['zh-CN', 'en']);
export type Locale = z.infer<typeof Locale>;

export const ScreeningRequest = z
  .strictObject({
    household: Household,
    asOf: AsOfDate.optional(),
    locale: Locale.optional(),
  })
  .superRefine(checkFactDates);
export type ScreeningRequest = z.infer<typeof ScreeningRequest>;

/**
 * Birth and discharge are facts: not after the screening date, nor after today. The check of every
 * request that carries a household and a screening date (screenings, the window's cases, the
 * hotline's interview): the problems with their paths in the household.
 */
export function factDateProblems(household: Household, asOf?: string): { path: (string | number)[]; key: string }[] {
  const today = todayInChina();
  const limit = asOf !== undefined && asOf < today ? asOf : today;
  const out: { path: (string | number)[]; key: string }[] = [];
  household.members.forEach((m, i) => {
    const birth = memberBirthDate(m);
    if (birth !== undefined && birth > limit) {
      out.push({ path: ['members', i, m.birthDate ? 'birthDate' : 'idNumber'], key: 'futureDate' });
    }
    // A partial discharge date is in the future only when its first day is.
    const discharge = m.dischargeDate === undefined ? undefined : dateSpan(m.dischargeDate);
    if (discharge !== undefined && discharge.first > limit) {
      out.push({ path: ['members', i, 'dischargeDate'], key: 'futureDate' });
    }
  });
  return out;
}

/** `factDateProblems` as a zod refinement of a request with `household` and `asOf`. */
export function checkFactDates(req: { household: Household; asOf?: string }, ctx: z.RefinementCtx) {
  for (const p of factDateProblems(req.household, req.asOf)) {
    ctx.addIssue({ code: 'custom', path: ['household', ...p.path], ...issue(p.key) });
  }
}
