/**
 * The published contract's date ranges. They move with today (screenings run to 31 December of
 * next year) and with the catalogue (the first date screened), so the generated JSON Schema carries
 * a marker on each bounded field (`x-bounds`, src/model/fields.ts) and this writes the field's
 * `pattern` when a document is served: exactly the real dates the server takes, as a regular
 * expression. Dates relative to another field (a birth after the screening date) stay in the
 * descriptions: no schema can express them.
 */
import { dateRangeRegex, partialDateRangeRegex } from '../model/date-pattern.js';
import { EARLIEST_BIRTH_DATE, EARLIEST_DISCHARGE_DATE, latestAsOf } from '../model/dates.js';
import { BOUNDS_MARKER, type BoundedField } from '../model/fields.js';

export function boundedPatterns(today: string, firstDate: string): Record<BoundedField, string> {
  return {
    birthDate: `^${dateRangeRegex(EARLIEST_BIRTH_DATE, today)}$`,
    dischargeDate: `^${partialDateRangeRegex(EARLIEST_DISCHARGE_DATE, today)}$`,
    asOf: `^${dateRangeRegex(firstDate, latestAsOf(today))}$`,
    idNumber: `^[0-9]{6}${dateRangeRegex(EARLIEST_BIRTH_DATE, today, '')}[0-9]{3}[0-9X]$`,
  };
}

/** A copy of a generated schema or document with each marked field's pattern written in. */
export function withBounds<T>(schema: T, patterns: Record<BoundedField, string>): T {
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk);
    if (node === null || typeof node !== 'object') return node;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(node)) if (k !== BOUNDS_MARKER) out[k] = walk(v);
    const kind = (node as Record<string, unknown>)[BOUNDS_MARKER] as BoundedField | undefined;
    if (kind !== undefined) out.pattern = patterns[kind];
    return out;
  };
  return walk(schema) as T;
}
