/** The catalogue as a whole: every file registered, every required program present and complete. */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { programFiles } from '../rules/index.js';
import catalogue from '../seeds/catalogue.json' with { type: 'json' };
import { parameterFiles } from '../seeds/index.js';
import { createCore } from '../src/core.js';
import { FACTS } from '../src/engine/facts.js';
import { type AmountExpr, type ConditionNode, leaves, PARAM_PREFIX, ProgramFile } from '../src/engine/program.js';
import { AMOUNT_REVIEW } from '../src/engine/screen.js';

const core = createCore();
const contract = new Map(catalogue.programs.map((p) => [p.id, p]));
/** Every program of the catalogue (shared/catalogue.md, seeds/catalogue.json): all are implemented. */
const REQUIRED = catalogue.programs.map((p) => p.id);

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

  it('rates a value read only on secondary sites, or inferred, at L or below (parameters.md scale)', () => {
    for (const file of core.parameterFiles) {
      for (const [id, def] of Object.entries(file.parameters)) {
        for (const v of def.values) {
          const text = `${v.source} ${v.note ?? ''}`;
          if (/secondary legal sites|is an inference/.test(text)) {
            expect(['L', 'UNVERIFIED'], `${id} ${v.from}`).toContain(v.confidence);
          }
        }
      }
    }
  });

  it('names the legal basis of every condition, and says so when only a placeholder parameter stands behind it', () => {
    for (const file of programFiles as { id: string; conditions: ConditionNode }[]) {
      for (const leaf of leaves(file.conditions)) {
        expect(typeof leaf.basis === 'string' && leaf.basis.trim().length > 0, `${file.id}.${leaf.name}`).toBe(true);
      }
    }
    for (const p of core.programs) {
      for (const leaf of leaves(p.conditions as ConditionNode)) {
        if (typeof leaf.value !== 'object' || Array.isArray(leaf.value) || !leaf.value.fact.startsWith(PARAM_PREFIX))
          continue;
        const id = leaf.value.fact.slice(PARAM_PREFIX.length);
        const values = core.parameterFiles.flatMap((f) => f.parameters[id]?.values ?? []);
        if (values.every((v) => v.confidence === 'UNVERIFIED')) {
          expect(leaf.basis, `${p.id}.${leaf.name}`).toContain(`占位参数 ${id}`);
        }
      }
    }
  });

  it('refuses a rule file with a condition that has no basis', () => {
    const file = structuredClone(programFiles[0]) as { conditions: { all?: unknown[]; any?: unknown[] } };
    const first = [...leaves(file.conditions as ConditionNode)][0] as { basis?: string };
    delete first.basis;
    expect(ProgramFile.safeParse(file).success).toBe(false);
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

  it('writes texts residents read as issue 7 asks: one wording per clause, names in running text, no unsourced remarks', () => {
    for (const p of core.programs) {
      for (const locale of ['zh-CN', 'en'] as const) {
        const clauses = Object.values(p.texts[locale].conditions);
        expect(new Set(clauses).size, `${p.id} ${locale}: a clause text repeated`).toBe(clauses.length);
        expect(JSON.stringify(p.texts[locale]), p.id).not.toContain('参试');
      }
      // Names appear mid-sentence in English ("qualifies for minimum living allowance"); the page capitalises titles.
      expect(p.texts.en.name[0], p.id).toBe(p.texts.en.name[0].toLowerCase());
    }
    const zh = (key: string) => core.t['zh-CN'](key, { value: 380, name: 'X', period: '每月' });
    for (const unit of ['yuan', 'age', 'years', 'months', 'grade', 'people', 'sqm']) {
      expect(zh(`unit.${unit}`), unit).toMatch(/^380\S/);
    }
    expect(zh('sentence.amount')).toBe('每月约380元');
    expect(zh('status.unknown')).toBe('待补充');
    expect(zh('sentence.headline.needs_info')).toContain('才能判断能否享受X');
    expect(zh('fields.hasCapableSupporter')).toBe('是否有能够履行赡养（抚养、扶养）义务的亲属');
    expect(zh('fields.serviceDisabilityGrade')).not.toContain('伤残');
    expect(core.t.en('unit.grade', { value: 2 })).toBe('2');
    expect(zh('programs:dibao.amountNote')).toContain('按低保标准减去家庭人均月收入的差额，再乘以家庭人口数估算');
    expect(zh('programs:low-income-household.summary')).toContain('高于低保标准、但低于低保标准的1.5倍');
  });

  it('resolves every department and document key to a text in both languages', () => {
    for (const p of core.programs) {
      for (const locale of ['zh-CN', 'en'] as const) {
        const t = core.t[locale];
        for (const key of [`departments.${p.department}.name`, `departments.${p.department}.where`]) {
          expect(t(key), `${p.id} ${locale} ${key}`).not.toBe(key);
        }
        for (const d of p.documents) expect(t(`documents.${d}`), `${p.id} ${locale} ${d}`).not.toBe(`documents.${d}`);
      }
    }
  });

  it('gives every parameter value a source, a year and a confidence', () => {
    for (const file of core.parameterFiles) {
      for (const [id, def] of Object.entries(file.parameters)) {
        for (const v of def.values) {
          expect(v.source.trim().length, id).toBeGreaterThan(0);
          expect(Number.isInteger(v.year), id).toBe(true);
          expect(['H', 'M', 'L', 'UNVERIFIED'], id).toContain(v.confidence);
        }
      }
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
