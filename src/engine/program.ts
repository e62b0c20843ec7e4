/**
 * A program file: one json-rules-engine rule, wrapped with what the engine does not keep (the
 * Rule constructor drops unknown keys): catalogue id, plan citation, effective dates, department,
 * documents, amount formula and the texts residents read, in zh-CN and en.
 */
import * as z from 'zod';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** A leaf condition in json-rules-engine's format; the value is a parameter (`param:<id>`), a fact, or a literal category. */
export const Leaf = z.strictObject({
  name: z.string().regex(/^[a-z0-9_]+$/),
  fact: z.string(),
  operator: z.enum([
    'equal',
    'notEqual',
    'lessThan',
    'lessThanInclusive',
    'greaterThan',
    'greaterThanInclusive',
    'in',
    'notIn',
  ]),
  value: z.union([z.strictObject({ fact: z.string() }), z.boolean(), z.string(), z.array(z.string())]),
  basis: z.string().min(1).optional(),
});
export type Leaf = z.infer<typeof Leaf>;

export type ConditionNode =
  | Leaf
  | { name?: string; all: ConditionNode[] }
  | { name?: string; any: ConditionNode[] }
  | { name?: string; not: ConditionNode };

export const ConditionNode: z.ZodType<ConditionNode> = z.lazy(() =>
  z.union([
    Leaf,
    z.strictObject({ name: z.string().optional(), all: z.array(ConditionNode).min(1) }),
    z.strictObject({ name: z.string().optional(), any: z.array(ConditionNode).min(1) }),
    z.strictObject({ name: z.string().optional(), not: ConditionNode }),
  ]),
);

/** An amount formula: parameters and facts combined by arithmetic; no literal numbers. */
export type AmountExpr =
  | { param: string }
  | { fact: string }
  | { op: 'add' | 'sub' | 'mul' | 'div' | 'min' | 'max'; args: AmountExpr[] }
  | { switch: string; cases: Record<string, AmountExpr> };

export const AmountExpr: z.ZodType<AmountExpr> = z.lazy(() =>
  z.union([
    z.strictObject({ param: z.string() }),
    z.strictObject({ fact: z.string() }),
    z.strictObject({ op: z.enum(['add', 'sub', 'mul', 'div', 'min', 'max']), args: z.array(AmountExpr).min(2) }),
    z.strictObject({ switch: z.string(), cases: z.record(z.string(), AmountExpr) }),
  ]),
);

const ProgramTexts = z.strictObject({
  name: z.string().min(1),
  summary: z.string().min(1),
  /** One sentence per named condition: the clause it checks. */
  conditions: z.record(z.string(), z.string().min(1)),
  /** What the window checks that no questionnaire can (assets, the house itself…), keyed like verifiedAtWindow. */
  window: z.record(z.string(), z.string().min(1)).optional(),
  amountNote: z.string().optional(),
});
export type ProgramTexts = z.infer<typeof ProgramTexts>;

export const StatusKey = z.enum(['holdsDibao', 'holdsLowIncome', 'holdsTekun']);
export type StatusKey = z.infer<typeof StatusKey>;

export const ProgramFile = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  tier: z.enum(['A', 'B']),
  scope: z.enum(['household', 'member']),
  /** For the programs that grant a household status others depend on (低保, 低保边缘, 特困). */
  grantsStatus: StatusKey.optional(),
  effective: z.strictObject({ from: isoDate, to: isoDate.optional() }),
  department: z.string(),
  documents: z.array(z.string()).min(1),
  citation: z.strictObject({
    chapter: z.string(),
    section: z.string().optional(),
    lead: z.string().min(1),
    quote: z.string().min(1),
    also: z.array(z.string()).optional(),
  }),
  amount: z.strictObject({ period: z.enum(['month', 'year', 'once']), formula: AmountExpr }).optional(),
  verifiedAtWindow: z.array(z.string()).optional(),
  conditions: z.union([
    z.strictObject({ all: z.array(ConditionNode).min(1) }),
    z.strictObject({ any: z.array(ConditionNode).min(1) }),
  ]),
  texts: z.strictObject({ 'zh-CN': ProgramTexts, en: ProgramTexts }),
});
export type ProgramFile = z.infer<typeof ProgramFile>;

export function isLeaf(node: ConditionNode): node is Leaf {
  return 'fact' in node;
}

export function* leaves(node: ConditionNode): Generator<Leaf> {
  if (isLeaf(node)) yield node;
  else if ('all' in node) for (const c of node.all) yield* leaves(c);
  else if ('any' in node) for (const c of node.any) yield* leaves(c);
  else yield* leaves(node.not);
}

export function* amountRefs(expr: AmountExpr): Generator<{ param?: string; fact?: string }> {
  if ('param' in expr) yield { param: expr.param };
  else if ('fact' in expr) yield { fact: expr.fact };
  else if ('op' in expr) for (const a of expr.args) yield* amountRefs(a);
  else {
    yield { fact: expr.switch };
    for (const c of Object.values(expr.cases)) yield* amountRefs(c);
  }
}

/** Parameter ids a program reads, in its conditions and its amount. */
export function paramsOf(p: ProgramFile): string[] {
  const ids = new Set<string>();
  for (const leaf of leaves(p.conditions as ConditionNode)) {
    if (typeof leaf.value === 'object' && !Array.isArray(leaf.value) && leaf.value.fact.startsWith(PARAM_PREFIX)) {
      ids.add(leaf.value.fact.slice(PARAM_PREFIX.length));
    }
  }
  if (p.amount) for (const r of amountRefs(p.amount.formula)) if (r.param) ids.add(r.param);
  return [...ids];
}

export const PARAM_PREFIX = 'param:';

/** Fact ids a program reads: in its conditions (both sides) and in its amount. */
export function factsOf(p: ProgramFile): string[] {
  const ids = new Set<string>();
  for (const leaf of leaves(p.conditions as ConditionNode)) {
    ids.add(leaf.fact);
    if (typeof leaf.value === 'object' && !Array.isArray(leaf.value) && !leaf.value.fact.startsWith(PARAM_PREFIX)) {
      ids.add(leaf.value.fact);
    }
  }
  if (p.amount) for (const r of amountRefs(p.amount.formula)) if (r.fact) ids.add(r.fact);
  return [...ids];
}
