/**
 * Dated policy parameters. Each parameter is a series of values, each with the date it takes
 * effect, its source, year and confidence. The value in force on a screening's as-of date is the
 * last one whose `from` is on or before it; a date before the first value has no value and the
 * screening is refused rather than guessed.
 */
import * as z from 'zod';
import { isCalendarDate } from '../model/dates.js';

export const Confidence = z.enum(['H', 'M', 'L', 'UNVERIFIED']);
export type Confidence = z.infer<typeof Confidence>;

export const Unit = z.enum(['CNY/month', 'CNY/year', 'CNY/once', 'years', 'months', 'sqm', 'grade', 'ratio', 'date']);
export type Unit = z.infer<typeof Unit>;

const isoDate = z.string().refine(isCalendarDate, 'a real date, YYYY-MM-DD');

export const ParameterValue = z.strictObject({
  from: isoDate,
  value: z.union([z.number(), z.string()]),
  source: z.string().min(1),
  year: z.number().int(),
  confidence: Confidence,
  note: z.string().optional(),
});
export type ParameterValue = z.infer<typeof ParameterValue>;

const LocalizedText = z.strictObject({ 'zh-CN': z.string().min(1), en: z.string().min(1) });

export const ParameterDefinition = z.strictObject({
  unit: Unit,
  label: LocalizedText,
  values: z.array(ParameterValue).min(1),
});
export type ParameterDefinition = z.infer<typeof ParameterDefinition>;

export const ParameterFile = z.strictObject({
  family: z.string(),
  parameters: z.record(z.string().regex(/^[a-z0-9_.-]+$/), ParameterDefinition),
});
export type ParameterFile = z.infer<typeof ParameterFile>;

/**
 * A value added by staff at run time (stored in the database), layered over the seeded series: set
 * from a cited source document (a notice, a decision), so it is not a placeholder.
 */
export interface ParameterOverride {
  id: string;
  from: string;
  value: number | string;
  /** The document the value comes from. */
  source: string;
  /** The account that set it (absent for values set with `npm run params`). */
  by?: string;
  /** When it was set (ISO timestamp), as stored. */
  at?: string;
}

/** The confidence of a staff value: taken from the cited local document by staff of the window. */
export const STAFF_CONFIDENCE: Confidence = 'H';

export interface ValueInForce extends ParameterValue {
  id: string;
  unit: Unit;
  unverified: boolean;
}

export class ParameterError extends Error {
  constructor(
    readonly code: 'unknown' | 'beforeFirstValue',
    readonly parameterId: string,
    readonly firstDate?: string,
  ) {
    super(`parameter ${parameterId}: ${code}${firstDate ? ` (first value ${firstDate})` : ''}`);
  }
}

/** Bound on the memo of values in force (one entry per parameter and as-of date). */
const MEMO_LIMIT = 50_000;

export class ParameterSet {
  private readonly defs = new Map<string, ParameterDefinition>();
  private readonly memo = new Map<string, ValueInForce>();

  constructor(files: readonly ParameterFile[], overrides: readonly ParameterOverride[] = []) {
    for (const file of files) {
      for (const [id, def] of Object.entries(file.parameters)) {
        if (this.defs.has(id)) throw new Error(`parameter ${id} is defined twice`);
        this.defs.set(id, { ...def, values: [...def.values].sort((a, b) => a.from.localeCompare(b.from)) });
      }
    }
    for (const o of overrides) {
      const def = this.defs.get(o.id);
      if (!def) continue; // an override of a parameter no longer seeded is ignored, not fatal
      const values = def.values.filter((v) => v.from !== o.from);
      values.push({
        from: o.from,
        value: o.value,
        source: o.source,
        year: Number(o.from.slice(0, 4)),
        confidence: STAFF_CONFIDENCE,
      });
      values.sort((a, b) => a.from.localeCompare(b.from));
      this.defs.set(o.id, { ...def, values });
    }
  }

  ids(): string[] {
    return [...this.defs.keys()];
  }

  has(id: string): boolean {
    return this.defs.has(id);
  }

  definition(id: string): ParameterDefinition {
    const def = this.defs.get(id);
    if (!def) throw new ParameterError('unknown', id);
    return def;
  }

  /** The value in force on `asOf` (YYYY-MM-DD); throws ParameterError before the first value. */
  at(id: string, asOf: string): ValueInForce {
    const key = `${id}@${asOf}`;
    const hit = this.memo.get(key);
    if (hit) return hit;
    const def = this.definition(id);
    let found: ParameterValue | undefined;
    for (const v of def.values) {
      if (v.from <= asOf) found = v;
      else break;
    }
    if (!found) throw new ParameterError('beforeFirstValue', id, def.values[0].from);
    const value = Object.freeze({ ...found, id, unit: def.unit, unverified: found.confidence === 'UNVERIFIED' });
    if (this.memo.size >= MEMO_LIMIT) this.memo.clear();
    this.memo.set(key, value);
    return value;
  }

  /** The value in force as a number (for thresholds and amounts). */
  number(id: string, asOf: string): number {
    const v = this.at(id, asOf).value;
    if (typeof v !== 'number') throw new Error(`parameter ${id} is not numeric`);
    return v;
  }
}
