/**
 * The reference evaluator: the same rule files run through json-rules-engine, the library the rule
 * format comes from. The engine is two-valued and records every condition's result; a leaf is
 * marked unknown where its fact was not answered and window where only the window can settle it,
 * and the tree is folded with Kleene's rules (src/engine/logic.ts). The compiled evaluator must
 * agree with it on every household (test/differential.test.ts); it can also be chosen for an
 * audit (`?engine=reference`, or ENGINE=reference).
 */
import { Engine, Rule, type RuleResult } from 'json-rules-engine';
import type { Household } from '../model/household.js';
import type { Catalogue, CompiledProgram } from './catalogue.js';
import type { FactRow } from './compile.js';
import { FACT_SLOT, type FactValue, WINDOW } from './facts.js';
import { applyHypotheses, planHypotheses } from './hypotheses.js';
import { foldAll, foldAny, foldNot, type LogicNode, type Truth } from './logic.js';
import { type ConditionNode, isLeaf, type Leaf, PARAM_PREFIX, paramsOf } from './program.js';
import { type Evaluator, finish, firstPass, type Prepared, type ProgramState, prepare, type Rows } from './screen.js';
import type { Detail, Screening } from './types.js';

type Scope = 'household' | 'member';
type RuleSet = 'all' | 'statusDependent';

interface EngineCondition {
  all?: EngineCondition[];
  any?: EngineCondition[];
  not?: EngineCondition;
  result?: boolean;
}

/**
 * Engines per scope and rule set. A json-rules-engine Engine is not safe for concurrent runs (its
 * status flag stops every run when one finishes), so each run takes an engine of its own.
 */
class EnginePool {
  private readonly idle = new Map<string, Engine[]>();
  constructor(private readonly catalogue: Catalogue) {}

  private build(scope: Scope, rules: RuleSet): Engine {
    const engine = new Engine([], { allowUndefinedFacts: true });
    for (const p of this.catalogue.compiled.values()) {
      if (p.file.scope !== scope || (rules === 'statusDependent' && p.readsStatuses.length === 0)) continue;
      engine.addRule(new Rule({ name: p.file.id, conditions: p.file.conditions, event: { type: p.file.id } }));
    }
    return engine;
  }

  async run(scope: Scope, facts: Record<string, unknown>, rules: RuleSet): Promise<Map<string, RuleResult>> {
    const key = `${scope}:${rules}`;
    let idle = this.idle.get(key);
    if (!idle) {
      idle = [];
      this.idle.set(key, idle);
    }
    const engine = idle.pop() ?? this.build(scope, rules);
    try {
      const { results, failureResults } = await engine.run(facts);
      return new Map([...results, ...failureResults].map((r) => [r.name as string, r]));
    } finally {
      idle.push(engine);
    }
  }
}

const pools = new WeakMap<Catalogue, EnginePool>();

/** A leaf's four-valued status from the engine's two-valued result and the answers. */
function leafTruth(leaf: Leaf, got: EngineCondition, row: FactRow): Truth {
  const value = row[FACT_SLOT.get(leaf.fact) as number];
  const ref = typeof leaf.value === 'object' && !Array.isArray(leaf.value) ? leaf.value.fact : undefined;
  const other = ref && !ref.startsWith(PARAM_PREFIX) ? row[FACT_SLOT.get(ref) as number] : null;
  if (value === WINDOW || other === WINDOW) return 'W';
  if (value === undefined || other === undefined) return 'U';
  return got.result ? 'T' : 'F';
}

function buildTree(def: ConditionNode, got: EngineCondition, row: FactRow): LogicNode<Leaf> {
  if (isLeaf(def)) return { op: 'leaf', children: [], leaf: def, truth: leafTruth(def, got, row) };
  if ('not' in def) {
    const child = buildTree(def.not, got.not as EngineCondition, row);
    return { op: 'not', children: [child], truth: foldNot(child.truth) };
  }
  const op = 'all' in def ? 'all' : 'any';
  const defs = 'all' in def ? def.all : def.any;
  const gots = (op === 'all' ? got.all : got.any) as EngineCondition[];
  const children = defs.map((d, i) => buildTree(d, gots[i], row));
  const truths = children.map((c) => c.truth);
  return { op, children, truth: op === 'all' ? foldAll(truths) : foldAny(truths) };
}

/** Runs the engines on rows and answers from their recorded results. */
class ReferenceEvaluator implements Evaluator {
  private readonly results = new Map<FactRow, Map<string, RuleResult>>();
  constructor(
    private readonly prep: Prepared,
    private readonly pool: EnginePool,
  ) {}

  /** The engine's facts for a row: every computed fact (window as undefined) and the parameters. */
  private engineFacts(row: FactRow): Record<string, unknown> {
    const { catalogue, date } = this.prep;
    const out: Record<string, unknown> = {};
    for (const { file } of date.programs) {
      for (const id of paramsOf(file)) out[PARAM_PREFIX + id] = catalogue.params.at(id, date.asOf).value;
    }
    for (const def of date.facts) {
      const v: FactValue = row[FACT_SLOT.get(def.id) as number];
      out[def.id] = v === WINDOW ? undefined : v;
    }
    return out;
  }

  async run(rows: Rows, rules: RuleSet): Promise<void> {
    for (const [i, row] of rows.entries()) {
      if (this.results.has(row)) continue;
      this.results.set(row, await this.pool.run(i === 0 ? 'household' : 'member', this.engineFacts(row), rules));
    }
  }

  tree(p: CompiledProgram, row: FactRow): LogicNode<Leaf> {
    const rr = this.results.get(row)?.get(p.file.id);
    if (!rr) throw new Error(`no engine result for ${p.file.id}`);
    return buildTree(p.file.conditions as ConditionNode, rr.conditions as unknown as EngineCondition, row);
  }

  truth(p: CompiledProgram, row: FactRow): Truth {
    return this.tree(p, row).truth;
  }
}

async function evaluate(catalogue: Catalogue, household: Household, asOf: string) {
  let pool = pools.get(catalogue);
  if (!pool) {
    pool = new EnginePool(catalogue);
    pools.set(catalogue, pool);
  }
  const prep = prepare(catalogue, household, asOf);
  const ev = new ReferenceEvaluator(prep, pool);
  await ev.run(prep.rows, 'all');
  const first = firstPass(prep, ev);
  const plan = planHypotheses(prep, first, ev);
  if (plan?.withGranted) await ev.run(plan.withGranted, 'statusDependent');
  if (plan?.withPossible) await ev.run(plan.withPossible, 'statusDependent');
  return { prep, ev, states: plan ? applyHypotheses(first, plan, ev) : first };
}

/** Outcomes only, evaluated by json-rules-engine (the counterpart of `screenOutcomes`). */
export async function screenReferenceOutcomes(
  catalogue: Catalogue,
  household: Household,
  asOf: string,
): Promise<ProgramState[]> {
  return (await evaluate(catalogue, household, asOf)).states;
}

/** The same screening as `screen`, with every condition evaluated by json-rules-engine. */
export async function screenReference(
  catalogue: Catalogue,
  household: Household,
  asOf: string,
  detail: Detail = 'full',
): Promise<Screening> {
  const { prep, ev, states } = await evaluate(catalogue, household, asOf);
  return finish(prep, states, ev, detail);
}
