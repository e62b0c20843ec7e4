/** The catalogue as a whole: every file registered, every required program present and complete. */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { programFiles } from '../rules/index.js';
import catalogue from '../seeds/catalogue.json' with { type: 'json' };
import { parameterFiles } from '../seeds/index.js';
import { createCore } from '../src/core.js';
import { FACTS } from '../src/engine/facts.js';
import { type AmountExpr, type ConditionNode, leaves, PARAM_PREFIX } from '../src/engine/program.js';
import { AMOUNT_REVIEW } from '../src/engine/screen.js';

const core = createCore();
const contract = new Map(catalogue.programs.map((p) => [p.id, p]));
/** Tier A, plus the statuses Tier A depends on. */
const REQUIRED = [
  ...catalogue.programs.filter((p) => p.tier === 'A').map((p) => p.id),
  'dibao',
  'low-income-household',
  'tekun-support',
];

describe('catalogue', () => {
  it('registers every rule file and every parameter file', () => {
    const ruleFiles = readdirSync(new URL('../rules/', import.meta.url)).filter((f) => f.endsWith('.json'));
    expect(programFiles).toHaveLength(ruleFiles.length);
    expect(ruleFiles.sort()).toEqual(core.programs.map((p) => `${p.id}.json`).sort());
    const seedFiles = readdirSync(new URL('../seeds/parameters/', import.meta.url)).filter((f) => f.endsWith('.json'));
    expect(parameterFiles).toHaveLength(seedFiles.length);
  });

  it('uses only catalogue ids, with the catalogue tier', () => {
    for (const p of core.programs) {
      expect(contract.has(p.id), p.id).toBe(true);
      expect(p.tier, p.id).toBe(contract.get(p.id)?.tier);
    }
  });

  it.each(REQUIRED)('has %s, with its test cases', (id) => {
    expect(core.catalogue.programs.has(id)).toBe(true);
    const cases = readdirSync(new URL('./cases/', import.meta.url));
    expect(cases).toContain(`${id}.json`);
  });

  it('gives every parameter a source and a confidence, and labels UNVERIFIED values with a note', () => {
    for (const file of core.parameterFiles) {
      for (const [id, def] of Object.entries(file.parameters)) {
        for (const v of def.values) {
          expect(v.source.length, id).toBeGreaterThan(0);
          if (v.confidence === 'UNVERIFIED') expect(v.note, `${id} ${v.from}`).toBeTruthy();
        }
      }
    }
  });

  it('gives every leaf condition its legal basis (programs from issue 8 on)', () => {
    // Programs written before leaves carried a basis; to be backfilled.
    const legacy = new Set([
      'affordable-rental-housing',
      'barrier-free-modification',
      'compulsory-education-free',
      'compulsory-living-subsidy',
      'dibao',
      'elder-health-check',
      'high-school-fee-waiver',
      'high-school-grant',
      'honor-home-care',
      'low-income-household',
      'preschool-aid',
      'public-rental-housing',
      'rural-housing-renovation',
      'tekun-support',
      'veteran-adaptive-training',
      'veteran-employment-support',
      'veteran-hardship-aid',
      'veteran-periodic-pension',
      'veteran-severe-disability-care',
    ]);
    for (const p of core.programs) {
      if (legacy.has(p.id)) continue;
      for (const leaf of leaves(p.conditions as ConditionNode)) expect(leaf.basis, `${p.id}.${leaf.name}`).toBeTruthy();
    }
  });

  it('compares numbers only with parameters or derived facts, never literals', () => {
    for (const p of core.programs) {
      for (const leaf of leaves(p.conditions as ConditionNode)) {
        if (['lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive'].includes(leaf.operator)) {
          expect(typeof leaf.value, `${p.id}.${leaf.name}`).toBe('object');
          const ref = (leaf.value as { fact: string }).fact;
          expect(ref.startsWith(PARAM_PREFIX) || FACTS.has(ref), `${p.id}.${leaf.name}`).toBe(true);
        }
      }
    }
  });

  it('explains at the window an amount that can come to nothing (a formula that subtracts)', () => {
    const subtracts = (e: AmountExpr): boolean =>
      'op' in e ? e.op === 'sub' || e.args.some(subtracts) : 'switch' in e && Object.values(e.cases).some(subtracts);
    for (const p of core.programs) {
      if (!p.amount || !subtracts(p.amount.formula)) continue;
      for (const locale of ['zh-CN', 'en'] as const) expect(p.texts[locale].window?.[AMOUNT_REVIEW], p.id).toBeTruthy();
    }
  });

  it('has the citation and both languages for every program', () => {
    for (const p of core.programs) {
      expect(p.citation.quote.length, p.id).toBeGreaterThan(5);
      for (const locale of ['zh-CN', 'en'] as const) {
        expect(core.t[locale](`programs:${p.id}.name`), p.id).toBe(p.texts[locale].name);
      }
    }
  });
});
