/**
 * The window's cases: save a screened household (POST /cases), find (GET /cases), open
 * (GET /cases/:id, audited), re-screen as of another date with the changes program by program
 * (POST /cases/:id/rescreen) and export to CSV (GET /cases/export.csv).
 */
import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { TFunction } from 'i18next';
import * as z from 'zod';
import { staffOnly } from '../auth/middleware.js';
import type { Core } from '../core.js';
import { seededPrograms } from '../core.js';
import { auditInsert } from '../db/audit.js';
import {
  type CaseFilter,
  type CaseRow,
  type Counts,
  caseHistory,
  getCase,
  insertCase,
  insertIdHashes,
  insertScreening,
  listCases,
  type Outcomes,
  type ProgramOutcome,
  setLatestScreening,
} from '../db/cases.js';
import type { LocalizedScreening } from '../engine/result-schema.js';
import { OutcomeSchema } from '../engine/result-schema.js';
import { ScreeningError, screen } from '../engine/screen.js';
import { isCalendarDate, todayInChina } from '../model/dates.js';
import { AsOfDate, issue } from '../model/fields.js';
import { checkFactDates, Household, type Locale, ScreeningRequest } from '../model/household.js';
import { maskIdNumber, maskName, maskPhone } from '../model/mask.js';
import type { AppEnv } from './app.js';
import { doc } from './doc.js';
import { asOfError, beforeFirstDate, errorResponse, simpleError, validationError, validationHook } from './errors.js';
import { privateHeaders } from './headers.js';
import { CaseDetailSchema, CaseSummarySchema, ChangeSchema, INPUT_LIMITS } from './schemas.js';
import { normalizeIdNumber, snapshot, type WindowDeps } from './window.js';

/** Cases per page of GET /cases. */
export const PAGE_SIZE = 20;
/** The most rows one CSV export carries (a month of a busy window is a few hundred). */
export const MAX_EXPORT_ROWS = 5_000;
/** Longest applicant name: the contract's 40 characters. */
const MAX_APPLICANT_NAME = 40;
/** Longest case note. */
const MAX_NOTE = 1_000;
/** A Chinese mobile number, or a landline with its area code (0391-1234567). */
const PHONE = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/;
/** An ID number as searched: 17 digits and a digit or X (checked further when saved, not searched). */
const ID_SEARCH = /^\d{17}[\dX]$/;
/** The UTF-8 byte order mark: Excel reads a CSV without it in the system's code page. */
const BOM = '\uFEFF';
/** Cells a spreadsheet would run as a formula (OWASP CSV injection); tab and CR as well. */
const FORMULA_START = /^[=+\-@\t\r]/;

const programIds = seededPrograms.map((p) => p.id) as [string, ...string[]];

const Applicant = z.strictObject({
  name: z.string().trim().min(1).max(MAX_APPLICANT_NAME).optional(),
  phone: z
    .string()
    .trim()
    .refine((v) => PHONE.test(v), issue('phone'))
    .optional()
    .describe('A mobile number (1[3-9] and 9 digits) or a landline 0AAA-NNNNNNN'),
});

const CaseRequest = z
  .strictObject({
    household: Household,
    asOf: AsOfDate.optional(),
    note: z.string().trim().max(MAX_NOTE).optional(),
    applicant: Applicant.optional(),
  })
  .superRefine(checkFactDates)
  .meta({ id: 'CaseRequest' });

const isoDate = z.string().refine(isCalendarDate, issue('date'));

const ListQuery = z.object({
  lang: z.string().optional(),
  county: z.string().max(INPUT_LIMITS.text).optional(),
  from: isoDate.optional().describe('Created on or after (YYYY-MM-DD, Asia/Shanghai)'),
  to: isoDate.optional().describe('Created on or before'),
  program: z.enum(programIds).optional().describe('A catalogue id; alone: the cases eligible for it'),
  outcome: OutcomeSchema.optional().describe("With program: that program's outcome; alone: any program's"),
  idNumber: z.string().max(INPUT_LIMITS.text).optional().describe('Exact, searched by its keyed hash'),
  page: z.coerce.number().int().min(1).max(INPUT_LIMITS.page).optional(),
});

const ExportQuery = ListQuery.extend({
  ids: z
    .string()
    .max(INPUT_LIMITS.idList)
    .optional()
    .describe('Comma-separated case ids (else the filters of GET /cases)'),
  unmasked: z.enum(['0', '1']).optional().describe('1: ID numbers, names and phones in full (admins only)'),
});

const IdParam = z.object({ id: z.string().min(1).max(INPUT_LIMITS.id) });
const Rescreen = z.strictObject({ asOf: AsOfDate.optional() }).meta({ id: 'RescreenRequest' });

const caseResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: z.object({ case: CaseDetailSchema }) } },
});

/** The neutral result of each program (outcome, amount): what is saved, compared and counted. */
export function neutralOutcomes(core: Core, household: Household, asOf: string): Outcomes {
  const out: Outcomes = {};
  for (const r of screen(core.catalogue, household, asOf, 'brief').results) {
    out[r.id] = {
      outcome: r.outcome,
      ...(r.amount ? { amount: r.amount.value, period: r.amount.period } : {}),
    };
  }
  return out;
}

function countsOf(outcomes: Outcomes): Counts {
  const counts: Counts = { eligible: 0, not_eligible: 0, needs_info: 0, refer: 0 };
  for (const o of Object.values(outcomes)) if (o.outcome !== 'not_in_force') counts[o.outcome] += 1;
  return counts;
}

const NOT_IN_FORCE: ProgramOutcome = { outcome: 'not_in_force' };

/** The programs whose outcome or amount differ, in catalogue order. */
export function changesBetween(before: Outcomes, after: Outcomes, t: TFunction) {
  const ids = seededPrograms.map((p) => p.id).filter((id) => before[id] || after[id]);
  return ids.flatMap((programId) => {
    const b = before[programId] ?? NOT_IN_FORCE;
    const a = after[programId] ?? NOT_IN_FORCE;
    if (b.outcome === a.outcome && b.amount === a.amount && b.period === a.period) return [];
    return [{ programId, program: t(`programs:${programId}.name`), before: b, after: a }];
  });
}

/** The applicant's ID number: the member who is `self`, else the first with one. */
function applicantId(household: Household): string | undefined {
  const self = household.members.find((m) => m.relation === 'self' && m.idNumber);
  return (self ?? household.members.find((m) => m.idNumber))?.idNumber;
}

function summary(row: CaseRow) {
  const household = JSON.parse(row.household) as Household;
  const id = applicantId(household);
  const s = row.screening;
  return {
    id: row.id,
    number: row.number,
    createdAt: row.createdAt,
    createdBy: row.createdBy,
    ...(row.county ? { county: row.county } : {}),
    asOf: s.asOf,
    members: row.members,
    applicant: {
      ...(row.applicantName ? { name: maskName(row.applicantName) } : {}),
      ...(id ? { idNumber: maskIdNumber(id) } : {}),
      ...(row.applicantPhone ? { phone: maskPhone(row.applicantPhone) } : {}),
    },
    eligible: Object.entries(s.outcomes)
      .filter(([, o]) => o.outcome === 'eligible')
      .map(([programId]) => programId),
    counts: s.counts,
  };
}

export function caseRoutes(deps: WindowDeps) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  const { store } = deps;
  const { db } = store;
  const iso = () => new Date(deps.now()).toISOString();
  const anyRole = staffOnly(deps, 'staff', 'hotline', 'admin');
  const staffAdmin = staffOnly(deps, 'staff', 'admin');

  /** The core a saved screening ran with: the one in force if its staff values are the same. */
  async function coreOf(row: CaseRow): Promise<Core> {
    const entry = await deps.cores.entry();
    const key = (os: readonly { id: string; from: string; value: unknown }[]) =>
      JSON.stringify(os.map((o) => [o.id, o.from, o.value]));
    return key(entry.overrides) === key(row.screening.overrides) ? entry.core : deps.coreFor(row.screening.overrides);
  }

  async function detail(row: CaseRow, locale: Locale, rendered?: LocalizedScreening) {
    const household = JSON.parse(row.household) as Household;
    const s = row.screening;
    const screening = rendered ?? (await (await coreOf(row)).screen(household, s.asOf, locale));
    return {
      ...summary(row),
      ...(row.note ? { note: row.note } : {}),
      applicantFull: {
        ...(row.applicantName ? { name: row.applicantName } : {}),
        ...(row.applicantPhone ? { phone: row.applicantPhone } : {}),
      },
      household,
      screening,
      rulesVersion: s.rulesVersion,
      parametersVersion: s.parametersVersion,
      screenedAt: s.at,
      screenedBy: s.by,
      history: await caseHistory(db, row.id),
    };
  }

  const notFound = (c: Context<AppEnv>) => c.json(simpleError('not_found', c.var.t('errors.window.caseNotFound')), 404);

  /** The 400 of a screening date before a parameter's first value. */
  function screeningError(c: Context<AppEnv>, e: ScreeningError, asOf: string) {
    const t = c.var.t;
    const parameter = t(`params:${e.cause.parameterId}`);
    return c.json(
      asOfError(t('errors.asOfBeforeParameters', { asOf, parameter, first: e.cause.firstDate ?? '' })),
      400,
    );
  }

  async function filterOf(q: z.infer<typeof ListQuery>): Promise<CaseFilter> {
    return {
      county: q.county,
      from: q.from,
      to: q.to,
      program: q.program,
      outcome: q.outcome,
      ...(q.idNumber !== undefined ? { idHash: await deps.idHash(q.idNumber) } : {}),
    };
  }

  /** An idNumber query that cannot be an ID number: a field error rather than an empty list. */
  function badIdSearch(c: Context<AppEnv>, idNumber: string | undefined) {
    if (idNumber === undefined || ID_SEARCH.test(normalizeIdNumber(idNumber))) return undefined;
    const message = c.var.t('errors.custom.idNumber.format');
    return c.json(
      { error: { code: 'validation', message: c.var.t('errors.title'), fields: [{ path: 'idNumber', message }] } },
      400,
    );
  }

  app.openapi(
    createRoute({
      method: 'post',
      path: '/cases',
      operationId: 'createCase',
      summary: doc.createCase.summary,
      description: doc.createCase.description,
      middleware: anyRole,
      request: { body: { required: true, content: { 'application/json': { schema: CaseRequest } } } },
      responses: {
        201: caseResponse(doc.createCase.responses['201']),
        400: errorResponse(doc.createCase.responses['400']),
        401: errorResponse(doc.createCase.responses['401']),
        403: errorResponse(doc.createCase.responses['403']),
      },
    }),
    async (c) => {
      const body = c.req.valid('json');
      const user = c.var.user;
      if (!user) throw new Error('guarded route without a user');
      const now = deps.now();
      const asOf = body.asOf ?? todayInChina(now);
      const early = beforeFirstDate(c.var.t, asOf, c.var.core.catalogue.firstDate);
      if (early) return c.json(early, 400);
      const { core, overrides } = await deps.cores.entry();
      let rendered: LocalizedScreening;
      let outcomes: Outcomes;
      try {
        rendered = await core.screen(body.household, asOf, c.var.locale);
        outcomes = neutralOutcomes(core, body.household, asOf);
      } catch (e) {
        if (e instanceof ScreeningError) return screeningError(c, e, asOf);
        throw e;
      }
      const ids = [...new Set(body.household.members.flatMap((m) => (m.idNumber ? [m.idNumber] : [])))];
      const hashes = [...new Set(await Promise.all(ids.map(deps.idHash)))];
      const caseId = crypto.randomUUID();
      const screeningId = crypto.randomUUID();
      const at = new Date(now).toISOString();
      const createdOn = todayInChina(now);
      const counts = countsOf(outcomes);
      await store.atomic([
        insertCase(db, {
          id: caseId,
          year: Number(createdOn.slice(0, 4)),
          createdAt: at,
          createdOn,
          createdBy: user.id,
          county: body.household.county,
          members: body.household.members.length,
          applicantName: body.applicant?.name,
          applicantPhone: body.applicant?.phone,
          note: body.note || undefined,
          household: body.household,
          screeningId,
        }),
        insertScreening(db, {
          id: screeningId,
          caseId,
          at,
          by: user.id,
          asOf,
          rulesVersion: rendered.version.rules,
          parametersVersion: rendered.version.parameters,
          overrides: snapshot(overrides),
          outcomes,
          counts,
        }),
        ...insertIdHashes(db, caseId, hashes),
        auditInsert(db, {
          at,
          userId: user.id,
          action: 'case.create',
          caseId,
          detail: { asOf, members: body.household.members.length, eligible: counts.eligible },
        }),
      ]);
      const row = await getCase(db, caseId);
      if (!row) throw new Error('case not found after saving');
      return c.json({ case: await detail(row, c.var.locale, rendered) }, 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/cases',
      operationId: 'listCases',
      summary: doc.listCases.summary,
      middleware: anyRole,
      request: { query: ListQuery },
      responses: {
        200: {
          description: doc.listCases.responses['200'],
          content: {
            'application/json': {
              schema: z.object({ cases: z.array(CaseSummarySchema), total: z.number().int(), page: z.number().int() }),
            },
          },
        },
        400: errorResponse(doc.listCases.responses['400']),
        401: errorResponse(doc.listCases.responses['401']),
        403: errorResponse(doc.listCases.responses['403']),
      },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const bad = badIdSearch(c, q.idNumber);
      if (bad) return bad;
      const page = q.page ?? 1;
      const { rows, total } = await listCases(db, await filterOf(q), PAGE_SIZE, (page - 1) * PAGE_SIZE);
      return c.json({ cases: rows.map(summary), total, page }, 200);
    },
  );

  // Before /cases/:id, which would otherwise take "export.csv" for an id.
  app.openapi(
    createRoute({
      method: 'get',
      path: '/cases/export.csv',
      operationId: 'exportCases',
      summary: doc.exportCases.summary,
      description: doc.exportCases.description,
      middleware: staffAdmin,
      request: { query: ExportQuery },
      responses: {
        200: { description: doc.exportCases.responses['200'], content: { 'text/csv': { schema: z.string() } } },
        400: errorResponse(doc.exportCases.responses['400']),
        401: errorResponse(doc.exportCases.responses['401']),
        403: errorResponse(doc.exportCases.responses['403']),
      },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const user = c.var.user;
      if (!user) throw new Error('guarded route without a user');
      const unmasked = q.unmasked === '1';
      if (unmasked && user.role !== 'admin') {
        return c.json(simpleError('forbidden', c.var.t('errors.window.unmaskedAdminOnly')), 403);
      }
      const bad = badIdSearch(c, q.idNumber);
      if (bad) return bad;
      const ids = q.ids
        ?.split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      if (ids && ids.length > MAX_EXPORT_ROWS) {
        const message = c.var.t('errors.too_big_array', { maximum: String(MAX_EXPORT_ROWS) });
        return c.json({ error: { code: 'validation', message, fields: [{ path: 'ids', message }] } }, 400);
      }
      const filter = ids ? { ids } : await filterOf(q);
      const { rows } = await listCases(db, filter, MAX_EXPORT_ROWS);
      await store.atomic([
        auditInsert(db, {
          at: iso(),
          userId: user.id,
          action: 'case.export',
          detail: { count: rows.length, unmasked, caseIds: rows.map((r) => r.id) },
        }),
      ]);
      const csv = toCsv(rows, c.var.t, unmasked);
      privateHeaders(c);
      c.header('Content-Type', 'text/csv; charset=utf-8');
      c.header('Content-Disposition', `attachment; filename="cases-${todayInChina(deps.now())}.csv"`);
      return c.body(csv, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/cases/{id}',
      operationId: 'getCase',
      summary: doc.getCase.summary,
      description: doc.getCase.description,
      middleware: anyRole,
      request: { params: IdParam, query: z.object({ lang: z.string().optional() }) },
      responses: {
        200: caseResponse(doc.getCase.responses['200']),
        401: errorResponse(doc.getCase.responses['401']),
        403: errorResponse(doc.getCase.responses['403']),
        404: errorResponse(doc.getCase.responses['404']),
      },
    }),
    async (c) => {
      const user = c.var.user;
      if (!user) throw new Error('guarded route without a user');
      const row = await getCase(db, c.req.valid('param').id);
      if (!row) return notFound(c);
      // Audited before anything is shown: a read that cannot be recorded is not served.
      await store.atomic([auditInsert(db, { at: iso(), userId: user.id, action: 'case.read', caseId: row.id })]);
      return c.json({ case: await detail(row, c.var.locale) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/cases/{id}/rescreen',
      operationId: 'rescreenCase',
      summary: doc.rescreenCase.summary,
      description: doc.rescreenCase.description,
      middleware: staffAdmin,
      request: {
        params: IdParam,
        body: { required: false, content: { 'application/json': { schema: Rescreen } } },
      },
      responses: {
        200: {
          description: doc.rescreenCase.responses['200'],
          content: {
            'application/json': { schema: z.object({ case: CaseDetailSchema, changes: z.array(ChangeSchema) }) },
          },
        },
        400: errorResponse(doc.rescreenCase.responses['400']),
        401: errorResponse(doc.rescreenCase.responses['401']),
        403: errorResponse(doc.rescreenCase.responses['403']),
        404: errorResponse(doc.rescreenCase.responses['404']),
      },
    }),
    async (c) => {
      const user = c.var.user;
      if (!user) throw new Error('guarded route without a user');
      const body = c.req.valid('json') ?? {};
      const row = await getCase(db, c.req.valid('param').id);
      if (!row) return notFound(c);
      const now = deps.now();
      const asOf = body.asOf ?? todayInChina(now);
      const early = beforeFirstDate(c.var.t, asOf, c.var.core.catalogue.firstDate);
      if (early) return c.json(early, 400);
      // The saved household must make sense on the new date (nobody born after it).
      const household = JSON.parse(row.household) as unknown;
      const checked = ScreeningRequest.safeParse({ household, asOf });
      if (!checked.success) return c.json(validationError(c.var.t, checked.error, { household, asOf }), 400);
      const { core, overrides } = await deps.cores.entry();
      let rendered: LocalizedScreening;
      let outcomes: Outcomes;
      try {
        rendered = await core.screen(checked.data.household, asOf, c.var.locale);
        outcomes = neutralOutcomes(core, checked.data.household, asOf);
      } catch (e) {
        if (e instanceof ScreeningError) return screeningError(c, e, asOf);
        throw e;
      }
      const changes = changesBetween(row.screening.outcomes, outcomes, c.var.t);
      const screeningId = crypto.randomUUID();
      const at = new Date(now).toISOString();
      await store.atomic([
        insertScreening(db, {
          id: screeningId,
          caseId: row.id,
          at,
          by: user.id,
          asOf,
          rulesVersion: rendered.version.rules,
          parametersVersion: rendered.version.parameters,
          overrides: snapshot(overrides),
          outcomes,
          counts: countsOf(outcomes),
        }),
        setLatestScreening(db, row.id, screeningId),
        auditInsert(db, {
          at,
          userId: user.id,
          action: 'case.rescreen',
          caseId: row.id,
          detail: { asOf, previousAsOf: row.screening.asOf, changed: changes.map((ch) => ch.programId) },
        }),
      ]);
      const saved = await getCase(db, row.id);
      if (!saved) throw new Error('case not found after re-screening');
      return c.json({ case: await detail(saved, c.var.locale, rendered), changes }, 200);
    },
  );

  return app;
}

/** One CSV cell (RFC 4180): quoted when it holds a quote, comma or line break; formulas defused. */
export function csvCell(value: string | number | undefined): string {
  if (value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const CSV_COLUMNS = [
  'number',
  'createdAt',
  'createdBy',
  'county',
  'asOf',
  'members',
  'applicantName',
  'applicantIdNumber',
  'applicantPhone',
  'eligible',
  'eligibleCount',
  'needsInfoCount',
  'referCount',
] as const;

function toCsv(rows: readonly CaseRow[], t: TFunction, unmasked: boolean): string {
  const header = CSV_COLUMNS.map((k) => csvCell(t(`window.csv.${k}`)));
  const separator = t('sentence.listSeparator');
  const lines = rows.map((row) => {
    const household = JSON.parse(row.household) as Household;
    const id = applicantId(household);
    const s = row.screening;
    const cells: Record<(typeof CSV_COLUMNS)[number], string | number | undefined> = {
      number: row.number,
      createdAt: row.createdAt,
      createdBy: row.createdBy,
      county: row.county ? t(`values.county.${row.county}`) : undefined,
      asOf: s.asOf,
      members: row.members,
      applicantName: row.applicantName && (unmasked ? row.applicantName : maskName(row.applicantName)),
      applicantIdNumber: id && (unmasked ? id : maskIdNumber(id)),
      applicantPhone: row.applicantPhone && (unmasked ? row.applicantPhone : maskPhone(row.applicantPhone)),
      eligible: Object.entries(s.outcomes)
        .filter(([, o]) => o.outcome === 'eligible')
        .map(([programId]) => t(`programs:${programId}.name`))
        .join(separator),
      eligibleCount: s.counts.eligible,
      needsInfoCount: s.counts.needs_info,
      referCount: s.counts.refer,
    };
    return CSV_COLUMNS.map((k) => csvCell(cells[k])).join(',');
  });
  return `${BOM}${[header.join(','), ...lines].join('\r\n')}\r\n`;
}
