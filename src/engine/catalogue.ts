/**
 * The loaded catalogue: program files checked against the fact registry and the parameters, each
 * rule compiled once into four-valued closures (src/engine/compile.ts), and what a screening needs
 * per as-of date (programs in force, facts to compute, parameter values) resolved once per date.
 * Building fails loudly on a rule that reads an unknown fact or parameter, so a typo in a rule
 * file is caught by the test suite, not by a resident.
 */

import type { ParameterSet } from '../params/parameters.js';
import { compileTree, compileTruth, type ParamRow, type TreeFn, type TruthFn } from './compile.js';
import {
  FACT_SLOT,
  FACTS,
  type FactDefinition,
  factsNeeded,
  type ParamReader,
  paramReader,
  type RowPlan,
  rowPlan,
} from './facts.js';
import {
  amountRefs,
  type ConditionNode,
  factsOf,
  leaves,
  PARAM_PREFIX,
  type ProgramFile,
  paramsOf,
} from './program.js';

/** A status (低保, 低保边缘, 特困…) that one program grants and others read: derived from `grantsStatus`. */
export interface StatusDefinition {
  /** The boolean fact that says the status is held, e.g. `holdsDibao`. */
  key: string;
  /** The program that grants it. */
  programId: string;
  /** Whether the fact is a household's or a member's. */
  scope: 'household' | 'member';
}

export interface CompiledProgram {
  file: ProgramFile;
  truth: TruthFn;
  tree: TreeFn;
  /** The statuses this program's conditions read (empty for the status programs themselves). */
  readsStatuses: readonly string[];
}

/** What a screening on one date needs: resolved once per date and kept. */
export interface DateContext {
  asOf: string;
  programs: readonly CompiledProgram[];
  /** Facts some program in force reads. */
  facts: readonly FactDefinition[];
  /** How to fill the fact rows with them. */
  rows: RowPlan;
  /** Parameter values in force by slot (undefined for parameters no program in force reads). */
  params: ParamRow;
  /** Reads any parameter in force on the date (for derived facts and amounts), memoized. */
  reader: ParamReader;
}

/** Bound on the per-date caches (one entry per as-of date seen). */
const DATE_CACHE_LIMIT = 512;

export class Catalogue {
  readonly programs: ReadonlyMap<string, ProgramFile>;
  readonly compiled: ReadonlyMap<string, CompiledProgram>;
  readonly statuses: readonly StatusDefinition[];
  readonly statusKeys: ReadonlySet<string>;
  /** Status programs first: other programs read the statuses they grant. */
  readonly order: readonly string[];
  /** The first date screened: the earliest date a program takes effect. Earlier screenings are refused. */
  readonly firstDate: string;
  /** Every parameter a rule compares with, by slot. */
  private readonly paramIds: string[] = [];
  private readonly paramSlot = new Map<string, number>();
  private readonly dates = new Map<string, DateContext>();
  private readonly factStatuses = new Map<string, readonly string[]>();

  constructor(
    programs: readonly ProgramFile[],
    readonly params: ParameterSet,
  ) {
    const map = new Map<string, ProgramFile>();
    for (const p of programs) {
      if (map.has(p.id)) throw new Error(`program ${p.id} is defined twice`);
      checkProgram(p, params);
      map.set(p.id, p);
    }
    this.programs = map;
    this.firstDate = [...map.values()].map((p) => p.effective.from).sort()[0];
    this.statuses = [...map.values()]
      .filter((p) => p.grantsStatus !== undefined)
      .map((p) => {
        const key = p.grantsStatus as string;
        const fact = FACTS.get(key);
        if (!fact) throw new Error(`rules/${p.id}.json: grantsStatus ${key} is not a fact`);
        return { key, programId: p.id, scope: fact.scope };
      });
    const statusKeys = new Set(this.statuses.map((s) => s.key));
    this.statusKeys = statusKeys;
    const slots = {
      fact: (id: string) => {
        const slot = FACT_SLOT.get(id);
        if (slot === undefined) throw new Error(`unknown fact ${id}`);
        return slot;
      },
      param: (id: string) => {
        let slot = this.paramSlot.get(id);
        if (slot === undefined) {
          slot = this.paramIds.push(id) - 1;
          this.paramSlot.set(id, slot);
        }
        return slot;
      },
    };
    const statusesOf = (factId: string) => this.statusesOf(factId);
    const compiled = new Map<string, CompiledProgram>();
    for (const p of map.values()) {
      const root = p.conditions as ConditionNode;
      const read = new Set(factsOf(p).flatMap(statusesOf));
      compiled.set(p.id, {
        file: p,
        truth: compileTruth(root, slots),
        tree: compileTree(root, slots),
        readsStatuses: p.grantsStatus ? [] : [...statusKeys].filter((k) => read.has(k)),
      });
    }
    this.compiled = compiled;
    this.order = [...map.values()].sort((a, b) => Number(!a.grantsStatus) - Number(!b.grantsStatus)).map((p) => p.id);
  }

  /**
   * The statuses a fact depends on: itself when it is one, or the status answers it reads (e.g.
   * "someone in the household holds 特困" reads each member's holdsTekun).
   */
  statusesOf(factId: string): readonly string[] {
    let statuses = this.factStatuses.get(factId);
    if (!statuses) {
      const def = FACTS.get(factId);
      statuses = [...this.statusKeys].filter(
        (k) => k === factId || def?.questions.some((q) => q.field === k) || def?.alsoReads?.includes(k),
      );
      this.factStatuses.set(factId, statuses);
    }
    return statuses;
  }

  /**
   * Programs, facts and parameter values for a date, resolved once and kept. Throws
   * ParameterError when a program in force needs a parameter that has no value yet on that date.
   */
  at(asOf: string): DateContext {
    const hit = this.dates.get(asOf);
    if (hit) return hit;
    const programs = this.order
      .map((id) => this.compiled.get(id) as CompiledProgram)
      .filter(({ file: p }) => p.effective.from <= asOf && (p.effective.to === undefined || asOf <= p.effective.to));
    const params: (number | string | undefined)[] = new Array(this.paramIds.length);
    for (const { file } of programs) {
      for (const id of paramsOf(file)) {
        const slot = this.paramSlot.get(id);
        const value = this.params.at(id, asOf).value; // throws before the first value
        if (slot !== undefined) params[slot] = value;
      }
    }
    const facts = factsNeeded(new Set(programs.flatMap(({ file }) => factsOf(file))));
    const context: DateContext = {
      asOf,
      programs,
      facts,
      rows: rowPlan(facts),
      params,
      reader: paramReader(this.params, asOf),
    };
    if (this.dates.size >= DATE_CACHE_LIMIT) this.dates.clear();
    this.dates.set(asOf, context);
    return context;
  }
}

function checkProgram(p: ProgramFile, params: ParameterSet): void {
  const fail = (msg: string) => {
    throw new Error(`rules/${p.id}.json: ${msg}`);
  };
  const names = new Set<string>();
  for (const leaf of leaves(p.conditions as ConditionNode)) {
    const fact = FACTS.get(leaf.fact);
    if (!fact) fail(`condition ${leaf.name} reads unknown fact ${leaf.fact}`);
    if (p.scope === 'household' && fact?.scope === 'member') fail(`household rule reads member fact ${leaf.fact}`);
    if (typeof leaf.value === 'object' && !Array.isArray(leaf.value)) {
      const ref = leaf.value.fact;
      if (ref.startsWith(PARAM_PREFIX)) {
        if (!params.has(ref.slice(PARAM_PREFIX.length))) fail(`condition ${leaf.name} reads unknown parameter ${ref}`);
      } else if (!FACTS.has(ref)) fail(`condition ${leaf.name} compares with unknown fact ${ref}`);
    } else if (typeof leaf.value === 'number') {
      fail(`condition ${leaf.name} has a literal number: thresholds must be parameters`);
    }
    if (names.has(leaf.name)) fail(`condition name ${leaf.name} is used twice`);
    names.add(leaf.name);
    for (const locale of ['zh-CN', 'en'] as const) {
      if (!p.texts[locale].conditions[leaf.name]) fail(`no ${locale} text for condition ${leaf.name}`);
    }
  }
  for (const id of paramsOf(p)) if (!params.has(id)) fail(`unknown parameter ${id}`);
  if (p.amount) {
    for (const r of amountRefs(p.amount.formula))
      if (r.fact && !FACTS.has(r.fact)) fail(`amount reads unknown fact ${r.fact}`);
  }
  for (const key of p.verifiedAtWindow ?? []) {
    for (const locale of ['zh-CN', 'en'] as const) {
      if (!p.texts[locale].window?.[key]) fail(`no ${locale} text for window check ${key}`);
    }
  }
}
