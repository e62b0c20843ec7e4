/**
 * Compiles a rule file's condition tree (json-rules-engine's format) once, at load, into closures
 * that evaluate the four values directly: T (passed), F (failed), U (unknown: an answer is missing)
 * and W (only the window can settle it), folding `all` / `any` / `not` with Kleene's rules.
 *
 * Two functions per tree:
 * - `truth`: the fast path, short-circuiting (an `all` stops at its first F, an `any` at its first T);
 * - `tree`: the same evaluation without short-circuits, keeping every node's truth, for the programs
 *   whose explanation is requested and for the differential test against json-rules-engine.
 * Leaves read facts by slot (an array index, not a property name) and parameters from an array
 * resolved once per as-of date. No code is generated at run time (Workers forbid `new Function`).
 */
import { type FactValue, WINDOW } from './facts.js';
import { foldNot, type LogicNode, type Truth } from './logic.js';
import { type ConditionNode, isLeaf, type Leaf, PARAM_PREFIX } from './program.js';

/** A subject's facts by slot, and the parameter values in force by slot. */
export type FactRow = readonly FactValue[];
export type ParamRow = readonly (number | string | undefined)[];

export type TruthFn = (facts: FactRow, params: ParamRow) => Truth;
export type TreeFn = (facts: FactRow, params: ParamRow) => LogicNode<Leaf>;

export interface Slots {
  fact(id: string): number;
  param(id: string): number;
}

/** json-rules-engine's numeric operators first check the fact value with this validator. */
const isNumeric = (v: unknown) => Number.parseFloat(v as string).toString() !== 'NaN';

type Compare = (a: FactValue, b: unknown) => boolean;

/** The same semantics as json-rules-engine's default operators (engine-default-operators.js). */
const OPERATORS: Record<Leaf['operator'], Compare> = {
  equal: (a, b) => a === b,
  notEqual: (a, b) => a !== b,
  in: (a, b) => (b as unknown[]).indexOf(a) > -1,
  notIn: (a, b) => (b as unknown[]).indexOf(a) === -1,
  lessThan: (a, b) => isNumeric(a) && (a as number) < (b as number),
  lessThanInclusive: (a, b) => isNumeric(a) && (a as number) <= (b as number),
  greaterThan: (a, b) => isNumeric(a) && (a as number) > (b as number),
  greaterThanInclusive: (a, b) => isNumeric(a) && (a as number) >= (b as number),
};

/** A leaf's truth: window before unknown, as the reference path classifies it. */
function compileLeaf(leaf: Leaf, slots: Slots): TruthFn {
  const slot = slots.fact(leaf.fact);
  const compare = OPERATORS[leaf.operator];
  const ref = typeof leaf.value === 'object' && !Array.isArray(leaf.value) ? leaf.value.fact : undefined;
  if (ref?.startsWith(PARAM_PREFIX)) {
    const p = slots.param(ref.slice(PARAM_PREFIX.length));
    return (f, params) => {
      const v = f[slot];
      if (v === WINDOW) return 'W';
      if (v === undefined) return 'U';
      return compare(v, params[p]) ? 'T' : 'F';
    };
  }
  if (ref !== undefined) {
    const other = slots.fact(ref);
    return (f) => {
      const v = f[slot];
      const t = f[other];
      if (v === WINDOW || t === WINDOW) return 'W';
      if (v === undefined || t === undefined) return 'U';
      return compare(v, t) ? 'T' : 'F';
    };
  }
  const literal = leaf.value;
  return (f) => {
    const v = f[slot];
    if (v === WINDOW) return 'W';
    if (v === undefined) return 'U';
    return compare(v, literal) ? 'T' : 'F';
  };
}

/**
 * `all` (F dominates, T when every child is T) and `any` (T dominates, F when every child is F);
 * otherwise U if some child is unknown, else W. Stops at the first dominant child.
 */
function compileFold(children: TruthFn[], dominant: 'T' | 'F'): TruthFn {
  const unanimous = dominant === 'F' ? 'T' : 'F';
  return (f, p) => {
    let sawU = false;
    let sawW = false;
    for (const c of children) {
      const v = c(f, p);
      if (v === dominant) return dominant;
      if (v === 'U') sawU = true;
      else if (v === 'W') sawW = true;
    }
    return sawU ? 'U' : sawW ? 'W' : unanimous;
  };
}

export function compileTruth(node: ConditionNode, slots: Slots): TruthFn {
  if (isLeaf(node)) return compileLeaf(node, slots);
  if ('not' in node) {
    const child = compileTruth(node.not, slots);
    return (f, p) => foldNot(child(f, p));
  }
  if ('all' in node)
    return compileFold(
      node.all.map((c) => compileTruth(c, slots)),
      'F',
    );
  return compileFold(
    node.any.map((c) => compileTruth(c, slots)),
    'T',
  );
}

const NO_CHILDREN: LogicNode<Leaf>[] = [];

/** The full tree with every node's truth: the material for "why" and "why not". */
export function compileTree(node: ConditionNode, slots: Slots): TreeFn {
  if (isLeaf(node)) {
    const truth = compileLeaf(node, slots);
    return (f, p) => ({ op: 'leaf', children: NO_CHILDREN, leaf: node, truth: truth(f, p) });
  }
  if ('not' in node) {
    const child = compileTree(node.not, slots);
    return (f, p) => {
      const c = child(f, p);
      return { op: 'not', children: [c], truth: foldNot(c.truth) };
    };
  }
  const op = 'all' in node ? 'all' : 'any';
  const kids = ('all' in node ? node.all : node.any).map((c) => compileTree(c, slots));
  // Kleene's fold as in compileFold, over every child (no short-circuit: each child's truth is kept).
  const dominant: Truth = op === 'all' ? 'F' : 'T';
  const unanimous: Truth = op === 'all' ? 'T' : 'F';
  return (f, p) => {
    const children = new Array<LogicNode<Leaf>>(kids.length);
    let sawDominant = false;
    let sawU = false;
    let sawW = false;
    for (let i = 0; i < kids.length; i++) {
      const c = kids[i](f, p);
      children[i] = c;
      if (c.truth === dominant) sawDominant = true;
      else if (c.truth === 'U') sawU = true;
      else if (c.truth === 'W') sawW = true;
    }
    const truth = sawDominant ? dominant : sawU ? 'U' : sawW ? 'W' : unanimous;
    return { op, children, truth };
  };
}
