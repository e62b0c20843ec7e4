/**
 * A household's documents: a program lists every document it may need; the ones tied to an answer
 * (a 残疾人证 to a member with a disability certificate, a 烈士证明书 to a survivor…) are kept only
 * when the answers do not rule them out. The ties are data (seeds/documents.json); an unanswered
 * question keeps the document, and a status the result assumes granted ("once granted") counts as held.
 */
import * as z from 'zod';
import documentsFile from '../../seeds/documents.json' with { type: 'json' };
import type { Household } from '../model/household.js';

const Values = z.array(z.union([z.string(), z.boolean(), z.number()])).min(1);
const Tie = z.strictObject({
  household: z.record(z.string(), Values).optional(),
  member: z.record(z.string(), Values).optional(),
});
export const DocumentTies = z.strictObject({ source: z.string(), documents: z.record(z.string(), Tie) });
export type DocumentTie = z.infer<typeof Tie>;

export const DOCUMENT_TIES: ReadonlyMap<string, DocumentTie> = new Map(
  Object.entries(DocumentTies.parse(documentsFile).documents),
);

type Answers = Record<string, unknown>;

/** Whether the answers leave the document possibly needed: a tie met, or one not yet answered. */
function needed(tie: DocumentTie, household: Household, assumed: ReadonlySet<string>): boolean {
  let open = false;
  const check = (answers: Answers, field: string, values: readonly unknown[]) => {
    const v = assumed.has(field) ? true : answers[field];
    if (v === undefined) open = true;
    return v !== undefined && values.includes(v);
  };
  for (const [field, values] of Object.entries(tie.household ?? {}))
    if (check(household as Answers, field, values)) return true;
  for (const [field, values] of Object.entries(tie.member ?? {}))
    for (const m of household.members) if (check(m as Answers, field, values)) return true;
  return open;
}

export function documentsFor(
  keys: readonly string[],
  household: Household,
  assumed: ReadonlySet<string> = new Set(),
): string[] {
  return keys.filter((key) => {
    const tie = DOCUMENT_TIES.get(key);
    return tie === undefined || needed(tie, household, assumed);
  });
}
