/** Amounts: a rule's formula of parameters and facts, evaluated for an eligible subject. */
import type { SubjectRef } from './detail.js';
import { FACT_SLOT, factParams, type ParamReader } from './facts.js';
import type { AmountExpr } from './program.js';
import type { Amount } from './types.js';

type Arith = Extract<AmountExpr, { op: string }>['op'];

const ARITHMETIC: Record<Arith, (a: number, b: number) => number> = {
  add: (a, b) => a + b,
  sub: (a, b) => a - b,
  mul: (a, b) => a * b,
  div: (a, b) => a / b,
  min: (a, b) => Math.min(a, b),
  max: (a, b) => Math.max(a, b),
};

/** The amount for one subject, or undefined when an answer it needs is missing. */
export function computeAmount(
  reader: ParamReader,
  formula: AmountExpr,
  period: Amount['period'],
  s: SubjectRef,
): Amount | undefined {
  const used = new Set<string>();
  const member = s.member === undefined ? undefined : s.household.members[s.member];
  const evalExpr = (e: AmountExpr): number | undefined => {
    if ('param' in e) {
      used.add(e.param);
      return reader.number(e.param);
    }
    if ('fact' in e) {
      for (const id of factParams(reader, e.fact, s.household, member)) used.add(id);
      const v = s.row[FACT_SLOT.get(e.fact) as number];
      return typeof v === 'number' ? v : undefined;
    }
    if ('switch' in e) {
      const key = s.row[FACT_SLOT.get(e.switch) as number];
      const branch = key === undefined || typeof key === 'symbol' ? undefined : e.cases[String(key)];
      return branch ? evalExpr(branch) : undefined;
    }
    const args = e.args.map(evalExpr);
    if (args.some((a) => a === undefined)) return undefined;
    return (args as number[]).reduce(ARITHMETIC[e.op]);
  };
  const value = evalExpr(formula);
  if (value === undefined || !Number.isFinite(value)) return undefined;
  return {
    value: Math.max(0, Math.round(value)),
    period,
    unverified: [...used].filter((id) => reader.at(id).unverified),
  };
}
