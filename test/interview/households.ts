/**
 * The households of the resident page's browser tests (test/browser/households.test.ts), as the
 * household model holds them after the questionnaire: the answers the tests give, nothing more
 * (a question the test leaves blank is absent). The interview tests and the benchmark run the
 * hotline's interview on them with a caller who knows exactly these answers.
 */
import type { Household } from '../../src/model/household.js';
import { question } from '../../src/questions/catalogue.js';

/** What the page sends for a "no" to these group questions ("does anyone…?"): their fields, for the member. */
const saidNo = (...groups: string[]) => Object.assign({}, ...groups.map((g) => question(g).group?.no));

/** A date `months` before `today` (day capped at 28); the browser tests' `monthsAgo` from today. */
export function monthsBefore(today: string, months: number): string {
  const [y, m, d] = today.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1 - months, Math.min(d, 28)));
  return date.toISOString().slice(0, 10);
}

export function browserHouseholds(today: string): Record<string, Household> {
  return {
    // (a) an elderly woman living alone on a low income
    a: {
      hukouInJiaozuo: true,
      residesInJiaozuo: true,
      hukouType: 'urban',
      county: '410811',
      monthlyIncomeTotal: 450,
      holdsDibao: false,
      holdsLowIncome: false,
      hardshipEvent: false,
      ownsHomeInJiaozuo: false,
      members: [
        {
          relation: 'self',
          birthDate: '1950-03-01',
          sex: 'female',
          ...saidNo('_tekun', '_medical', '_legal', '_military'),
          hasDisabilityCertificate: false,
          hasCapableSupporter: false,
        },
      ],
    },
    // (b) a dibao household with a severely disabled daughter
    b: {
      hukouInJiaozuo: true,
      residesInJiaozuo: true,
      hukouType: 'urban',
      monthlyIncomeTotal: 900,
      holdsDibao: true,
      ownsHomeInJiaozuo: true,
      floorAreaPerCapita: 30,
      members: [
        {
          relation: 'self',
          birthDate: '1970-05-01',
          sex: 'female',
          ...saidNo('_tekun', '_medical', '_legal', '_military'),
          hasDisabilityCertificate: false,
          employment: 'other',
          hasCapableSupporter: true,
        },
        {
          relation: 'child',
          birthDate: '1998-02-02',
          sex: 'female',
          ...saidNo('_tekun', '_medical', '_legal', '_military'),
          hasDisabilityCertificate: true,
          disabilityCategory: 'physical',
          disabilityGrade: 1,
          employment: 'unable',
          hasCapableSupporter: true,
        },
      ],
    },
    // (c) a young veteran discharged four months ago
    c: {
      hukouInJiaozuo: true,
      residesInJiaozuo: true,
      hukouType: 'rural',
      county: '410822',
      monthlyIncomeTotal: 3000,
      holdsDibao: false,
      holdsLowIncome: false,
      holdsPovertyAlleviation: false,
      houseSafety: 'A',
      members: [
        {
          relation: 'self',
          birthDate: '2002-04-01',
          sex: 'male',
          holdsTekun: false,
          hasDisabilityCertificate: false,
          schoolStage: 'none',
          isVeteran: true,
          survivorOf: 'none',
          dischargeDate: monthsBefore(today, 4),
          hukouAtEnlistment: 'rural',
          isCombatVeteran: false,
          isDisabledServiceman: false,
          wantsSkillsTraining: true,
          seekingWork: true,
          startingBusiness: false,
          employment: 'unemployed',
        },
      ],
    },
  };
}
