/**
 * json-rules-engine stays the reference: the compiled evaluator must give the same screening as
 * the same rule files run through json-rules-engine, on generated households of 1–20 members with
 * random unanswered questions, on dates that include every program's and every parameter value's
 * effective date. Compared: every program's outcome, deciding members, per-condition statuses,
 * near misses, questions, amounts and "once granted" statuses (the whole language-neutral result).
 */
import { describe, expect, it } from 'vitest';
import { createCore } from '../src/core.js';
import { screenReference } from '../src/engine/reference.js';
import { ScreeningError, screen } from '../src/engine/screen.js';
import type { Screening } from '../src/engine/types.js';
import { randomHousehold, rng, withAnswersDropped } from './random.js';

const HOUSEHOLDS = Number(process.env.DIFFERENTIAL_HOUSEHOLDS ?? 10_000);
const core = createCore();
const { catalogue } = core;

/** Every effective date of a program or a parameter value, the day before each, and a few others. */
function screeningDates(): string[] {
  const dates = new Set<string>(['2021-06-01', '2023-01-01', '2025-06-01', '2026-11-29']);
  const dayBefore = (d: string) => new Date(Date.parse(`${d}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  for (const p of catalogue.programs.values()) {
    dates.add(p.effective.from);
    dates.add(dayBefore(p.effective.from));
  }
  for (const file of core.parameterFiles) {
    for (const def of Object.values(file.parameters)) {
      for (const v of def.values) {
        dates.add(v.from);
        dates.add(dayBefore(v.from));
      }
    }
  }
  return [...dates].sort();
}

async function both(household: Parameters<typeof screen>[1], asOf: string) {
  const run = async (f: () => Screening | Promise<Screening>) => {
    try {
      return { screening: await f() };
    } catch (e) {
      if (e instanceof ScreeningError) return { refused: e.cause.parameterId };
      throw e;
    }
  };
  return Promise.all([
    run(() => screen(catalogue, household, asOf, 'full')),
    run(() => screenReference(catalogue, household, asOf, 'full')),
  ]);
}

describe('compiled evaluator against json-rules-engine', () => {
  it(`gives identical results on ${HOUSEHOLDS} generated households`, async () => {
    const dates = screeningDates();
    let compared = 0;
    let programResults = 0;
    for (let seed = 1; seed <= HOUSEHOLDS; seed++) {
      const r = rng(seed);
      // Mostly small households, some up to the limit of 20 members.
      const maxMembers = r() < 0.15 ? 20 : 6;
      const full = randomHousehold(r, maxMembers);
      const household = r() < 0.7 ? withAnswersDropped(full, r) : full;
      const asOf = dates[Math.floor(r() * dates.length)];
      const [compiled, reference] = await both(household, asOf);
      if (JSON.stringify(compiled) !== JSON.stringify(reference)) {
        // Show the first program that differs, with the seed to replay it.
        expect(compiled, `seed ${seed}, as of ${asOf}`).toEqual(reference);
      }
      compared += 1;
      programResults += compiled.screening?.results.length ?? 0;
    }
    expect(compared).toBe(HOUSEHOLDS);
    // Most households are screened on a date some program is in force.
    expect(programResults).toBeGreaterThan(HOUSEHOLDS);
  }, 600_000);
});
