/**
 * Saved cases: the household as entered, its screenings (newest is `latest_screening_id`), the
 * keyed hashes of its members' ID numbers. Queries only; src/api/cases.ts decides what they mean.
 */
import { type Kysely, sql } from 'kysely';
import type { Outcome } from '../engine/types.js';
import type { ParameterOverride } from '../params/parameters.js';
import type { Database } from './schema.js';

export type Period = 'month' | 'year' | 'once';
/** The language-neutral result of one program: what re-screening compares. */
export interface ProgramOutcome {
  outcome: Outcome | 'not_in_force';
  amount?: number;
  period?: Period;
}
export type Outcomes = Record<string, ProgramOutcome>;
export interface Counts {
  eligible: number;
  not_eligible: number;
  needs_info: number;
  refer: number;
}

/** Width of the sequence in a case number: JZ-2026-000042. */
const CASE_SEQ_DIGITS = 6;

export function caseNumber(year: number, seq: number): string {
  return `JZ-${year}-${String(seq).padStart(CASE_SEQ_DIGITS, '0')}`;
}

export interface NewScreening {
  id: string;
  caseId: string;
  at: string;
  by: string;
  asOf: string;
  rulesVersion: string;
  parametersVersion: string;
  overrides: readonly ParameterOverride[];
  outcomes: Outcomes;
  counts: Counts;
}

export function insertScreening(db: Kysely<Database>, s: NewScreening) {
  return db
    .insertInto('case_screenings')
    .values({
      id: s.id,
      case_id: s.caseId,
      at: s.at,
      screened_by: s.by,
      as_of: s.asOf,
      rules_version: s.rulesVersion,
      parameters_version: s.parametersVersion,
      overrides: JSON.stringify(s.overrides),
      outcomes: JSON.stringify(s.outcomes),
      counts: JSON.stringify(s.counts),
    })
    .compile();
}

export interface NewCase {
  id: string;
  /** The year of the case number (of the creation date in Asia/Shanghai). */
  year: number;
  createdAt: string;
  createdOn: string;
  createdBy: string;
  county?: string;
  members: number;
  applicantName?: string;
  applicantPhone?: string;
  note?: string;
  household: unknown;
  screeningId: string;
}

/**
 * The insert of a case. Its sequence is the year's highest plus one, computed inside the INSERT
 * itself, so that it is right in a D1 batch too (SQLite runs one write at a time; UNIQUE (year,
 * seq) refuses a duplicate rather than keeping it).
 */
export function insertCase(db: Kysely<Database>, c: NewCase) {
  return db
    .insertInto('cases')
    .values({
      id: c.id,
      year: c.year,
      seq: sql<number>`(SELECT coalesce(max(seq), 0) + 1 FROM cases WHERE year = ${c.year})`,
      created_at: c.createdAt,
      created_on: c.createdOn,
      created_by: c.createdBy,
      county: c.county ?? null,
      members: c.members,
      applicant_name: c.applicantName ?? null,
      applicant_phone: c.applicantPhone ?? null,
      note: c.note ?? null,
      household: JSON.stringify(c.household),
      latest_screening_id: c.screeningId,
    })
    .compile();
}

export function insertIdHashes(db: Kysely<Database>, caseId: string, hashes: readonly string[]) {
  return hashes.map((h) => db.insertInto('case_ids').values({ case_id: caseId, id_hash: h }).compile());
}

export function setLatestScreening(db: Kysely<Database>, caseId: string, screeningId: string) {
  return db.updateTable('cases').set({ latest_screening_id: screeningId }).where('id', '=', caseId).compile();
}

export interface CaseFilter {
  county?: string;
  from?: string;
  to?: string;
  program?: string;
  outcome?: Outcome;
  idHash?: string;
  ids?: readonly string[];
}

export interface CaseRow {
  id: string;
  number: string;
  createdAt: string;
  createdBy: string;
  county?: string;
  members: number;
  applicantName?: string;
  applicantPhone?: string;
  note?: string;
  household: string;
  screening: {
    id: string;
    at: string;
    by: string;
    asOf: string;
    rulesVersion: string;
    parametersVersion: string;
    overrides: ParameterOverride[];
    outcomes: Outcomes;
    counts: Counts;
  };
}

function baseQuery(db: Kysely<Database>) {
  return db
    .selectFrom('cases as c')
    .innerJoin('case_screenings as s', 's.id', 'c.latest_screening_id')
    .innerJoin('users as cu', 'cu.id', 'c.created_by')
    .innerJoin('users as su', 'su.id', 's.screened_by');
}

type Base = ReturnType<typeof baseQuery>;

function filtered(q: Base, f: CaseFilter): Base {
  let out = q;
  if (f.county) out = out.where('c.county', '=', f.county);
  if (f.from) out = out.where('c.created_on', '>=', f.from);
  if (f.to) out = out.where('c.created_on', '<=', f.to);
  if (f.program) {
    // A catalogue id (checked by the route), quoted as a JSON path key.
    const path = `$."${f.program}".outcome`;
    out = out.where(sql<string>`json_extract(s.outcomes, ${path})`, '=', f.outcome ?? 'eligible');
  } else if (f.outcome) {
    const outcome = f.outcome;
    out = out.where(({ exists, selectFrom }) =>
      exists(
        selectFrom(sql`json_each(s.outcomes)`.as('j'))
          .select(sql`1`.as('one'))
          .where(sql<string>`json_extract(j.value, '$.outcome')`, '=', outcome),
      ),
    );
  }
  if (f.idHash) {
    const hash = f.idHash;
    out = out.where('c.id', 'in', (eb) => eb.selectFrom('case_ids').select('case_id').where('id_hash', '=', hash));
  }
  if (f.ids) out = f.ids.length > 0 ? out.where('c.id', 'in', [...f.ids]) : out.where(sql<boolean>`0`);
  return out;
}

function selectRow(q: Base) {
  return q.select([
    'c.id',
    'c.year',
    'c.seq',
    'c.created_at',
    'cu.display_name as creator',
    'c.county',
    'c.members',
    'c.applicant_name',
    'c.applicant_phone',
    'c.note',
    'c.household',
    's.id as s_id',
    's.at as s_at',
    'su.display_name as screener',
    's.as_of',
    's.rules_version',
    's.parameters_version',
    's.overrides',
    's.outcomes',
    's.counts',
  ]);
}

type Selected = Awaited<ReturnType<ReturnType<typeof selectRow>['execute']>>[number];

function toRow(r: Selected): CaseRow {
  return {
    id: r.id,
    number: caseNumber(r.year, r.seq),
    createdAt: r.created_at,
    createdBy: r.creator,
    ...(r.county ? { county: r.county } : {}),
    members: r.members,
    ...(r.applicant_name ? { applicantName: r.applicant_name } : {}),
    ...(r.applicant_phone ? { applicantPhone: r.applicant_phone } : {}),
    ...(r.note ? { note: r.note } : {}),
    household: r.household,
    screening: {
      id: r.s_id,
      at: r.s_at,
      by: r.screener,
      asOf: r.as_of,
      rulesVersion: r.rules_version,
      parametersVersion: r.parameters_version,
      overrides: JSON.parse(r.overrides) as ParameterOverride[],
      outcomes: JSON.parse(r.outcomes) as Outcomes,
      counts: JSON.parse(r.counts) as Counts,
    },
  };
}

export async function listCases(
  db: Kysely<Database>,
  filter: CaseFilter,
  limit: number,
  offset = 0,
): Promise<{ rows: CaseRow[]; total: number }> {
  const q = filtered(baseQuery(db), filter);
  const total = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await selectRow(q)
    .orderBy('c.created_at', 'desc')
    .orderBy(sql`c.rowid`, 'desc') // the same instant: the last saved first
    .limit(limit)
    .offset(offset)
    .execute();
  return { rows: rows.map(toRow), total: Number(total.n) };
}

export async function getCase(db: Kysely<Database>, id: string): Promise<CaseRow | undefined> {
  const r = await selectRow(baseQuery(db)).where('c.id', '=', id).executeTakeFirst();
  return r ? toRow(r) : undefined;
}

export async function caseHistory(db: Kysely<Database>, caseId: string) {
  const rows = await db
    .selectFrom('case_screenings as s')
    .innerJoin('users as u', 'u.id', 's.screened_by')
    .select(['s.at', 'u.display_name', 's.as_of', 's.counts'])
    .where('s.case_id', '=', caseId)
    .orderBy('s.at')
    .orderBy(sql`s.rowid`) // the same instant: in the order saved
    .execute();
  return rows.map((r) => ({ at: r.at, by: r.display_name, asOf: r.as_of, counts: JSON.parse(r.counts) as Counts }));
}
