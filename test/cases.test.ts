/**
 * Every program's test cases, as data (test/cases/<program>.json), run by this one table-driven
 * test. Each program must have at least one case of each kind: eligible, not_eligible, boundary
 * and missing (an unanswered question).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createCore } from '../src/core.js';
import { Household } from '../src/model/household.js';

interface Case {
  name: string;
  kind: 'eligible' | 'not_eligible' | 'boundary' | 'missing' | 'refer' | 'other';
  asOf: string;
  household: unknown;
  /** The article the expectation rests on. */
  basis?: string;
  /** `law`: written from the policy text alone, without reading the rule. */
  source?: 'law';
  /** How a disagreement between a law case and the rule was settled. */
  resolution?: string;
  expect: {
    /** false: the program is not screened on this date (before its effective date); true: it is. */
    inForce?: boolean;
    outcome?: 'eligible' | 'not_eligible' | 'needs_info' | 'refer';
    members?: number[];
    /** A number, or null when no amount may be shown. */
    amount?: number | null;
    /** A status the household (or each listed member) already holds: 已享受, not to apply for. */
    held?: boolean;
    /** Keys of texts.*.window that the result must show. */
    window?: string[];
    amountUnverified?: boolean;
    onceGranted?: string[];
    questions?: string[];
    changes?: number;
    unverified?: string[];
    reasons?: Record<string, 'passed' | 'failed' | 'unknown' | 'window'>;
  };
}

const dir = new URL('./cases/', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
const core = createCore();

describe.each(files)('%s', (file) => {
  const data = JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as { program: string; cases: Case[] };

  it('names a program of the catalogue and matches its file name', () => {
    expect(file).toBe(`${data.program}.json`);
    expect(core.catalogue.programs.has(data.program)).toBe(true);
  });

  it('covers eligible, not eligible, boundary and missing-answer cases', () => {
    const kinds = new Set(data.cases.map((c) => c.kind));
    for (const k of ['eligible', 'not_eligible', 'boundary', 'missing']) expect(kinds, k).toContain(k);
  });

  it.each(data.cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const household = Household.parse(c.household);
    const screening = await core.screen(household, c.asOf, 'en', { detail: 'full' });
    const r = screening.results.find((x) => x.programId === data.program);
    const e = c.expect;
    if (e.inForce === false) {
      expect(r, 'program not in force on the as-of date').toBeUndefined();
      return;
    }
    expect(r, 'program in force on the as-of date').toBeDefined();
    if (!r || e.outcome === undefined) return;
    if (r.detail !== 'full') throw new Error('detail=full gives every field');
    expect(r.outcome, r.reasons.map((x) => x.text).join('\n')).toBe(e.outcome);
    if (e.members) expect(r.members?.map((m) => m.index)).toEqual(e.members);
    if (e.amount === null) expect(r.amount).toBeUndefined();
    else if (e.amount !== undefined) expect(r.amount?.value).toBe(e.amount);
    if (e.held !== undefined) expect(r.held ?? false).toBe(e.held);
    for (const key of e.window ?? []) expect(r.window).toContain(core.t.en(`programs:${data.program}.window.${key}`));
    if (e.amountUnverified !== undefined) expect(r.amount?.unverified).toBe(e.amountUnverified);
    expect(r.onceGranted?.map((s) => s.status)).toEqual(e.onceGranted);
    if (e.questions) expect(r.questions.map((q) => q.path).sort()).toEqual([...e.questions].sort());
    if (e.changes !== undefined) expect(r.changes).toHaveLength(e.changes);
    if (e.unverified) expect(r.unverifiedParameters.map((p) => p.id).sort()).toEqual([...e.unverified].sort());
    for (const [name, status] of Object.entries(e.reasons ?? {})) {
      expect(
        r.reasons.filter((x) => x.name === name).map((x) => x.status),
        name,
      ).toContain(status);
    }
    if (e.outcome === 'needs_info') expect(r.questions.length).toBeGreaterThan(0);
  });
});
