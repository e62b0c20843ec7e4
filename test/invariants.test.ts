/**
 * Properties that must hold for every household, checked on seeded random households:
 * - an unanswered question never becomes "not eligible": a decided result (eligible or not
 *   eligible) stays the same when the answers left out are given;
 * - every "not eligible" rests on at least one known, failed condition;
 * - every "needs information" names at least one question.
 */
import { describe, expect, it } from 'vitest';
import { createCore } from '../src/core.js';
import { type Household, Household as HouseholdSchema } from '../src/model/household.js';
import { rng } from './random.js';

const CASES = 150;
const AS_OF = '2025-06-01';

function randomHousehold(r: () => number): Household {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const bool = () => r() < 0.5;
  const size = 1 + Math.floor(r() * 4);
  const members = Array.from({ length: size }, () => {
    const year = 1935 + Math.floor(r() * 85);
    const veteran = r() < 0.3;
    const cert = r() < 0.3;
    return {
      birthDate: `${year}-${String(1 + Math.floor(r() * 12)).padStart(2, '0')}-15`,
      sex: pick(['male', 'female'] as const),
      hasDisabilityCertificate: cert,
      ...(cert
        ? {
            disabilityCategory: pick(['physical', 'mental', 'visual', 'intellectual'] as const),
            disabilityGrade: 1 + Math.floor(r() * 4),
          }
        : {}),
      schoolStage: pick(['none', 'kindergarten', 'primary', 'junior', 'senior', 'vocational'] as const),
      kindergartenPuhui: bool(),
      boarding: bool(),
      employment: pick(['employed', 'unemployed', 'retired', 'student', 'unable'] as const),
      seekingWork: bool(),
      startingBusiness: bool(),
      wantsSkillsTraining: bool(),
      isVeteran: veteran,
      ...(veteran
        ? {
            dischargeDate: `${2015 + Math.floor(r() * 10)}-03-01`,
            hukouAtEnlistment: pick(['urban', 'rural'] as const),
          }
        : {}),
      isDisabledServiceman: veteran && r() < 0.3,
      serviceDisabilityGrade: 1 + Math.floor(r() * 10),
      serviceDisabilityCause: pick(['war', 'duty', 'illness'] as const),
      survivorOf: pick(['none', 'none', 'martyr', 'duty_death'] as const),
      isCombatVeteran: veteran && bool(),
      orphan: r() < 0.1,
      factuallyUnsupported: r() < 0.1,
      hasCapableSupporter: bool(),
      holdsTekun: r() < 0.1,
    };
  });
  return HouseholdSchema.parse({
    hukouType: pick(['urban', 'rural'] as const),
    hukouInJiaozuo: r() < 0.8,
    yearsInJiaozuo: Math.floor(r() * 10),
    monthlyIncomeTotal: Math.floor(r() * 3000 * size),
    holdsDibao: r() < 0.3,
    holdsLowIncome: r() < 0.2,
    holdsPovertyAlleviation: r() < 0.2,
    ownsHomeInJiaozuo: bool(),
    floorAreaPerCapita: Math.floor(r() * 40),
    houseSafety: pick(['A', 'B', 'C', 'D', 'no_house', 'unassessed'] as const),
    members,
  });
}

/** The same household with a random part of its answers left out (members kept). */
function withAnswersDropped(h: Household, r: () => number): Household {
  const drop = <T extends object>(o: T, keep: string[] = []): T =>
    Object.fromEntries(Object.entries(o).filter(([k]) => keep.includes(k) || r() > 0.35)) as T;
  const partial = drop(h, ['members']);
  return HouseholdSchema.parse({
    ...partial,
    members: h.members.map((m) => {
      const kept = drop(m);
      // Keep disability details only with the certificate answer they depend on.
      if (kept.hasDisabilityCertificate === undefined && m.hasDisabilityCertificate) {
        delete kept.disabilityCategory;
        delete kept.disabilityGrade;
      }
      return kept;
    }),
  });
}

const core = createCore();

describe('invariants on random households', () => {
  it(`holds for ${CASES} seeded households`, async () => {
    for (let seed = 1; seed <= CASES; seed++) {
      const r = rng(seed);
      const full = randomHousehold(r);
      const partial = withAnswersDropped(full, r);
      const [a, b] = await Promise.all([core.screen(full, AS_OF, 'en'), core.screen(partial, AS_OF, 'en')]);
      const fullById = new Map(a.results.map((x) => [x.programId, x]));
      for (const p of b.results) {
        const where = `seed ${seed}, ${p.programId}`;
        if (p.outcome === 'not_eligible') {
          expect(
            p.reasons.some((x) => x.status === 'failed'),
            where,
          ).toBe(true);
          if (!p.onceGranted) expect(fullById.get(p.programId)?.outcome, where).toBe('not_eligible');
        }
        if (p.outcome === 'eligible' && !p.onceGranted)
          expect(fullById.get(p.programId)?.outcome, where).toBe('eligible');
        if (p.outcome === 'needs_info') expect(p.questions.length, where).toBeGreaterThan(0);
      }
    }
  });
});
