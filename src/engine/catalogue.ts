/**
 * The loaded catalogue: program files checked against the fact registry and the parameters, and
 * the json-rules-engine engines built once (one for household-scope rules, one for member-scope
 * rules). Building fails loudly on a rule that reads an unknown fact or parameter, so a typo in a
 * rule file is caught by the test suite, not by a resident.
 */
import { Engine, Rule, type RuleResult } from 'json-rules-engine';
import type { ParameterSet } from '../params/parameters.js';
import { FACTS, STATUS_FACTS } from './facts.js';
import { amountRefs, type ConditionNode, leaves, PARAM_PREFIX, type ProgramFile, paramsOf } from './program.js';

type Scope = 'household' | 'member';
/** `all` rules, or only those that read a granted status (for the "once granted" re-runs). */
export type RuleSet = 'all' | 'statusDependent';
type Pool = `${Scope}:${RuleSet}`;

/** Whether a program's conditions read a status that another program grants. */
export function readsStatus(p: ProgramFile): boolean {
  return !p.grantsStatus && [...leaves(p.conditions as ConditionNode)].some((l) => STATUS_FACTS.has(l.fact));
}

export class Catalogue {
  readonly programs: ReadonlyMap<string, ProgramFile>;
  /**
   * Idle engines per scope. A json-rules-engine Engine is not safe for concurrent runs (its status
   * flag stops every run when one finishes, and rules hold their engine), so each run takes an
   * engine of its own from the pool and returns it afterwards.
   */
  private readonly idle = new Map<Pool, Engine[]>();
  /** Status programs first: other programs read the statuses they grant. */
  readonly order: string[];

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
    this.order = [...map.values()].sort((a, b) => Number(!a.grantsStatus) - Number(!b.grantsStatus)).map((p) => p.id);
  }

  private buildEngine(scope: Scope, rules: RuleSet): Engine {
    const engine = new Engine([], { allowUndefinedFacts: true });
    for (const p of this.programs.values()) {
      if (p.scope !== scope || (rules === 'statusDependent' && !readsStatus(p))) continue;
      engine.addRule(new Rule({ name: p.id, conditions: p.conditions, event: { type: p.id } }));
    }
    return engine;
  }

  /** Runs the rules of a scope on the given facts; results by program id. */
  async run(scope: Scope, facts: Record<string, unknown>, rules: RuleSet = 'all'): Promise<Map<string, RuleResult>> {
    const key: Pool = `${scope}:${rules}`;
    let idle = this.idle.get(key);
    if (!idle) {
      idle = [];
      this.idle.set(key, idle);
    }
    const engine = idle.pop() ?? this.buildEngine(scope, rules);
    try {
      const { results, failureResults } = await engine.run(facts);
      return new Map([...results, ...failureResults].map((r) => [r.name as string, r]));
    } finally {
      idle.push(engine);
    }
  }

  /** Programs in force on a date (effective.from ≤ asOf ≤ effective.to). */
  inForce(asOf: string): ProgramFile[] {
    return this.order
      .map((id) => this.programs.get(id) as ProgramFile)
      .filter((p) => p.effective.from <= asOf && (p.effective.to === undefined || asOf <= p.effective.to));
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
