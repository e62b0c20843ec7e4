/**
 * At which ages a member's answer can matter: for a member question, the ages at which some program
 * in force gives a different result for different answers, everything else unknown. Derived from the
 * rules and the parameters in force on the date (a staff value included), never written by hand, so
 * that the resident page asks a 62-year-old about job-hunting only while a program in force for his
 * age reads it. Computed for a lone member of each age, with only the programs that read the field.
 */
import type { Household } from '../model/household.js';
import { question } from '../questions/catalogue.js';
import type { Catalogue, CompiledProgram } from './catalogue.js';
import { FACTS } from './facts.js';
import { factsOf } from './program.js';
import { compiledFor, evaluateProgram, prepare } from './screen.js';

/** The ages looked at, in whole years. */
const AGE_RANGE = { min: 0, max: 100 } as const;

/** The ages found, per catalogue (a staff value makes a new one) and date: a few dates at most. */
const CACHE_LIMIT = 16;
const caches = new WeakMap<Catalogue, Map<string, Map<string, [number, number] | null>>>();

/** A birth date that makes someone `age` whole years old on `asOf` (their birthday a day later). */
function bornAged(asOf: string, age: number): string {
  const [y, m, d] = asOf.split('-').map(Number);
  const date = new Date(Date.UTC(y - age - 1, m - 1, d + 1));
  return date.toISOString().slice(0, 10);
}

function readers(catalogue: Catalogue, asOf: string, field: string): CompiledProgram[] {
  return catalogue
    .at(asOf)
    .programs.filter((p) => factsOf(p.file).some((f) => FACTS.get(f)?.questions.some((q) => q.field === field)));
}

/**
 * The youngest and oldest age at which the field's answer changes some program's result for a lone
 * member of that age (the ages between are taken to matter too); null when it changes none at any
 * age (it may still matter through other members, so a page must not read null as "never ask").
 */
export function agesWhereFieldMatters(catalogue: Catalogue, asOf: string, field: string): [number, number] | null {
  let cache = caches.get(catalogue);
  if (!cache) {
    cache = new Map();
    caches.set(catalogue, cache);
  }
  let byField = cache.get(asOf);
  if (!byField) {
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
    byField = new Map();
    cache.set(asOf, byField);
  }
  if (byField.has(field)) return byField.get(field) ?? null;
  const q = question(field);
  const values = q.kind === 'yesno' ? [true, false] : (q.options ?? []).map((o) => (q.numeric ? Number(o) : o));
  const programs = readers(catalogue, asOf, field);
  const matters = (age: number) => {
    const birthDate = bornAged(asOf, age);
    const outcomes = new Set<string>();
    for (const value of values) {
      const household: Household = { members: [{ relation: 'self', birthDate, [field]: value }] };
      const prep = prepare(catalogue, household, asOf);
      const ev = compiledFor(prep);
      outcomes.add(programs.map((p) => evaluateProgram(ev, p, prep.rows).outcome).join());
    }
    return outcomes.size > 1;
  };
  // The youngest from below, the oldest from above: the ages between are not looked at.
  let youngest: number | undefined;
  for (let age = AGE_RANGE.min; age <= AGE_RANGE.max && youngest === undefined; age++) if (matters(age)) youngest = age;
  let oldest = youngest;
  for (let age = AGE_RANGE.max; youngest !== undefined && age > youngest; age--) {
    if (matters(age)) {
      oldest = age;
      break;
    }
  }
  const range: [number, number] | null = youngest === undefined ? null : [youngest, oldest as number];
  byField.set(field, range);
  return range;
}
