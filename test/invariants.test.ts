/**
 * Properties that must hold for every household, checked on seeded random households:
 * - an unanswered question never becomes "not eligible": a decided result (eligible or not
 *   eligible) stays the same when the answers left out are given;
 * - every "not eligible" rests on at least one known, failed condition;
 * - every "needs information" names at least one question.
 */
import { describe, expect, it } from 'vitest';
import { createCore } from '../src/core.js';
import { randomHousehold, rng, withAnswersDropped } from './random.js';

const CASES = 150;
const AS_OF = '2025-06-01';

const core = createCore();

describe('invariants on random households', () => {
  it(`holds for ${CASES} seeded households`, async () => {
    for (let seed = 1; seed <= CASES; seed++) {
      const r = rng(seed);
      const full = randomHousehold(r);
      const partial = withAnswersDropped(full, r);
      const [a, b] = await Promise.all([
        core.screen(full, AS_OF, 'en', { detail: 'full' }),
        core.screen(partial, AS_OF, 'en', { detail: 'full' }),
      ]);
      const fullById = new Map(a.results.map((x) => [x.programId, x]));
      for (const p of b.results) {
        if (p.detail !== 'full') throw new Error('detail=full gives every field');
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
