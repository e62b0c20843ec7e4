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
export function relevantLeaves<L>(node: LogicNode<L>, out: LogicNode<L>[] = []): LogicNode<L>[] {
  if (node.op === 'leaf') {
    out.push(node);
    return out;
  }
  if (node.op === 'not') return relevantLeaves(node.children[0], out);
  const t = node.truth;
  for (const c of node.children) {
    if (node.op === 'any' && t === 'T' && c.truth !== 'T') continue;
    if (node.op === 'all' && t === 'F' && c.truth !== 'F') continue;
    if (node.op === 'any' && (t === 'U' || t === 'W') && c.truth === 'F') continue;
    relevantLeaves(c, out);
  }
  return out;
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
