import { Employment, type Household, Household as HouseholdSchema } from '../src/model/household.js';

/** A small deterministic PRNG (mulberry32) for seeded random tests: a failure replays from its seed. */
export function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A discharge date 2015–2024: a full date, or (as a veteran may remember no more) only the year or
 * the year and month, which the "recently discharged" fact settles or leaves unknown.
 */
function dischargeDate(r: () => number): string {
  const year = 2015 + Math.floor(r() * 10);
  const form = r();
  if (form < 0.25) return String(year);
  const month = String(1 + Math.floor(r() * 12)).padStart(2, '0');
  return form < 0.5 ? `${year}-${month}` : `${year}-${month}-${String(1 + Math.floor(r() * 28)).padStart(2, '0')}`;
}

export function randomHousehold(r: () => number, maxMembers = 4): Household {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const bool = () => r() < 0.5;
  const size = 1 + Math.floor(r() * maxMembers);
  const members = Array.from({ length: size }, () => {
    const year = 1935 + Math.floor(r() * 85);
    // Only adults serve: a veteran is born by 2000 and discharged 2015–2024, after the age of 15.
    const veteran = r() < 0.3 && year <= 2000;
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
      // Every option of the model, so a new one (务农) is compared as soon as it exists.
      employment: pick(Employment.options),
      seekingWork: bool(),
      startingBusiness: bool(),
      wantsSkillsTraining: bool(),
      isVeteran: veteran,
      ...(veteran
        ? {
            dischargeDate: dischargeDate(r),
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
export function withAnswersDropped(h: Household, r: () => number): Household {
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
