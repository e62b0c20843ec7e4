/**
 * Four-valued folding of a condition tree. json-rules-engine is two-valued: an undefined fact
 * simply fails. Here a leaf is T (passed), F (failed), U (unknown: a question would settle it) or
 * W (only the service window can settle it), and all / any / not fold with Kleene's rules, so
 * "not eligible" always rests on a known answer:
 *   all: F if any child is F; T if every child is T; otherwise U if any child is U, else W.
 *   any: T if any child is T; F if every child is F; otherwise U if any child is U, else W.
 *   not: swaps T and F; U and W stay.
 */
export type Truth = 'T' | 'F' | 'U' | 'W';

export interface LogicNode<L> {
  op: 'leaf' | 'all' | 'any' | 'not';
  children: LogicNode<L>[];
  leaf?: L;
  truth: Truth;
}

export function foldAll(values: Truth[]): Truth {
  if (values.includes('F')) return 'F';
  if (values.every((v) => v === 'T')) return 'T';
  return values.includes('U') ? 'U' : 'W';
}

export function foldAny(values: Truth[]): Truth {
  if (values.includes('T')) return 'T';
  if (values.every((v) => v === 'F')) return 'F';
  return values.includes('U') ? 'U' : 'W';
}

export function foldNot(v: Truth): Truth {
  return v === 'T' ? 'F' : v === 'F' ? 'T' : v;
}

/** Recomputes a tree's truth from its leaves, with some leaves' truth replaced. */
export function refold<L>(node: LogicNode<L>, override: Map<LogicNode<L>, Truth>): Truth {
  const forced = override.get(node);
  if (forced) return forced;
  switch (node.op) {
    case 'leaf':
      return node.truth;
    case 'all':
      return foldAll(node.children.map((c) => refold(c, override)));
    case 'any':
      return foldAny(node.children.map((c) => refold(c, override)));
    case 'not':
      return foldNot(refold(node.children[0], override));
  }
}

/**
 * The leaves that explain a node's truth: for a passed `any`, only what passed; for a failed
 * `all`, only what failed; otherwise all children (unknowns included).
 */
export function relevantLeaves<L>(node: LogicNode<L>): LogicNode<L>[] {
  if (node.op === 'leaf') return [node];
  if (node.op === 'not') return relevantLeaves(node.children[0]);
  let kids = node.children;
  if (node.op === 'any' && node.truth === 'T') kids = kids.filter((c) => c.truth === 'T');
  else if (node.op === 'all' && node.truth === 'F') kids = kids.filter((c) => c.truth === 'F');
  else if (node.op === 'any' && (node.truth === 'U' || node.truth === 'W')) kids = kids.filter((c) => c.truth !== 'F');
  return kids.flatMap(relevantLeaves);
}

/** Known leaves that alone would turn a false tree true if their answer were the other way: the near misses. */
export function nearMisses<L>(root: LogicNode<L>): LogicNode<L>[] {
  if (root.truth !== 'F') return [];
  return relevantLeaves(root).filter((leaf) => {
    if (leaf.truth !== 'T' && leaf.truth !== 'F') return false;
    const flipped: Truth = leaf.truth === 'T' ? 'F' : 'T';
    return refold(root, new Map([[leaf, flipped]])) === 'T';
  });
}
