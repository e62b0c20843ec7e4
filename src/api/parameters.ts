/**
 * Parameter values through the window: the list with the values in force (any signed-in account),
 * and for admins the impact of a candidate value on the saved cases, adding a dated value and
 * deleting one. Values are checked by checkParameterInput, as `npm run params -- set` checks them.
 */
import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { TFunction } from 'i18next';
import * as z from 'zod';
import { staffOnly } from '../auth/middleware.js';
import type { Core } from '../core.js';
import { createCore } from '../core.js';
import { auditInsert } from '../db/audit.js';
import { listCases } from '../db/cases.js';
import { deleteOverride, upsertOverride } from '../db/store.js';
import { todayInChina } from '../model/dates.js';
import type { Household } from '../model/household.js';
import { ParameterError, type ParameterOverride } from '../params/parameters.js';
import { checkParameterInput, type ParameterProblem, UNIT_BOUNDS } from '../params/validate.js';
import type { AppEnv } from './app.js';
import { changesBetween, neutralOutcomes } from './cases.js';
import { doc } from './doc.js';
import { errorResponse, simpleError, validationHook } from './errors.js';
import { ChangeSchema, INPUT_LIMITS } from './schemas.js';
import type { WindowDeps } from './window.js';

/** Saved cases checked per batch by the impact preview (one database page at a time). */
const IMPACT_BATCH = 200;
/** The most saved cases one impact preview re-screens (newest first); `checked` says how many were. */
export const MAX_IMPACT_CASES = 5_000;

const ValueSchema = z.union([z.number(), z.string()]);
const ParameterSchema = z
  .object({
    id: z.string(),
    label: z.string(),
    unit: z.string(),
    min: z.number().optional(),
    max: z.number().optional(),
    integer: z.boolean().optional(),
    firstFrom: z.string(),
    inForce: z
      .object({ value: ValueSchema, from: z.string(), source: z.string(), unverified: z.boolean() })
      .optional()
      .describe('Today; absent before the first value'),
    values: z.array(
      z.object({
        from: z.string(),
        value: ValueSchema,
        source: z.string(),
        unverified: z.boolean(),
        origin: z.enum(['seed', 'staff']),
        by: z.string().optional().describe('Display name of the account that set it'),
        at: z.string().optional(),
      }),
    ),
  })
  .meta({ id: 'Parameter' });

const Candidate = z
  .strictObject({
    from: z.string().max(INPUT_LIMITS.text),
    value: ValueSchema.describe('A plain number (630, 1.5), or a date for a date parameter'),
    source: z.string().max(INPUT_LIMITS.source),
  })
  .meta({ id: 'ParameterValueInput' });

const IdParam = z.object({ id: z.string().min(1).max(INPUT_LIMITS.text) });

export function parameterRoutes(deps: WindowDeps) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  const { store } = deps;
  const { db } = store;
  const admin = staffOnly(deps, 'admin');

  async function names(ids: readonly string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows = await db
      .selectFrom('users')
      .select(['id', 'display_name'])
      .where('id', 'in', [...ids])
      .execute();
    return new Map(rows.map((r) => [r.id, r.display_name]));
  }

  function describe(
    core: Core,
    overrides: readonly ParameterOverride[],
    id: string,
    t: TFunction,
    by: Map<string, string>,
  ) {
    const params = core.catalogue.params;
    const def = params.definition(id);
    const staff = new Map(overrides.filter((o) => o.id === id).map((o) => [o.from, o]));
    const bounds = def.unit === 'date' ? undefined : UNIT_BOUNDS[def.unit];
    let inForce: { value: number | string; from: string; source: string; unverified: boolean } | undefined;
    try {
      const v = params.at(id, todayInChina(deps.now()));
      inForce = { value: v.value, from: v.from, source: v.source, unverified: v.unverified };
    } catch (e) {
      if (!(e instanceof ParameterError)) throw e;
    }
    return {
      id,
      label: t(`params:${id}`),
      unit: def.unit,
      ...(bounds ? { min: bounds.min, max: bounds.max, ...(bounds.integer ? { integer: true } : {}) } : {}),
      firstFrom: def.values[0].from,
      ...(inForce ? { inForce } : {}),
      values: def.values.map((v) => {
        const o = staff.get(v.from);
        const name = o?.by ? by.get(o.by) : undefined;
        return {
          from: v.from,
          value: v.value,
          source: v.source,
          unverified: v.confidence === 'UNVERIFIED',
          origin: o ? ('staff' as const) : ('seed' as const),
          ...(name ? { by: name } : {}),
          ...(o?.at ? { at: o.at } : {}),
        };
      }),
    };
  }

  async function describeOne(id: string, t: TFunction) {
    const { core, overrides } = await deps.cores.entry();
    return describe(core, overrides, id, t, await names(overrides.flatMap((o) => (o.by ? [o.by] : []))));
  }

  /** The candidate value checked as the `params` command checks it: field errors, or the override. */
  function check(c: Context<AppEnv>, core: Core, id: string, body: z.infer<typeof Candidate>) {
    const input = { id, from: body.from, value: String(body.value), source: body.source };
    const checked = checkParameterInput(core.catalogue.params, input, todayInChina(deps.now()));
    if (checked.ok) return { override: checked.override };
    const t = c.var.t;
    if (checked.problems.some((p) => p.field === 'id')) {
      return { response: c.json(simpleError('not_found', t('errors.window.parameterNotFound', { id })), 404) };
    }
    const fields = checked.problems.map((p: ParameterProblem) => ({
      path: p.field,
      message: t(`errors.parameter.${p.code}`, p.values),
    }));
    return { response: c.json({ error: { code: 'validation', message: t('errors.title'), fields } }, 400) };
  }

  app.openapi(
    createRoute({
      method: 'get',
      path: '/parameters',
      operationId: 'listParameters',
      summary: doc.listParameters.summary,
      middleware: staffOnly(deps),
      request: { query: z.object({ lang: z.string().optional() }) },
      responses: {
        200: {
          description: doc.listParameters.responses['200'],
          content: { 'application/json': { schema: z.object({ parameters: z.array(ParameterSchema) }) } },
        },
        401: errorResponse(doc.listParameters.responses['401']),
      },
    }),
    async (c) => {
      const { core, overrides } = await deps.cores.entry();
      const by = await names(overrides.flatMap((o) => (o.by ? [o.by] : [])));
      const ids = core.catalogue.params.ids().sort();
      return c.json({ parameters: ids.map((id) => describe(core, overrides, id, c.var.t, by)) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/parameters/{id}/impact',
      operationId: 'parameterImpact',
      summary: doc.parameterImpact.summary,
      description: doc.parameterImpact.description,
      middleware: admin,
      request: { params: IdParam, body: { required: true, content: { 'application/json': { schema: Candidate } } } },
      responses: {
        200: {
          description: doc.parameterImpact.responses['200'],
          content: {
            'application/json': {
              schema: z.object({
                affected: z.array(ChangeSchema.extend({ caseId: z.string(), number: z.string() })),
                checked: z.number().int(),
              }),
            },
          },
        },
        400: errorResponse(doc.parameterImpact.responses['400']),
        401: errorResponse(doc.parameterImpact.responses['401']),
        403: errorResponse(doc.parameterImpact.responses['403']),
        404: errorResponse(doc.parameterImpact.responses['404']),
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const { core, overrides } = await deps.cores.entry();
      const result = check(c, core, id, c.req.valid('json'));
      if (result.response) return result.response;
      const candidate = result.override;
      const candidateCore = createCore([
        ...overrides.filter((o) => !(o.id === candidate.id && o.from === candidate.from)),
        candidate,
      ]);
      const affected = [];
      let checked = 0;
      for (let offset = 0; offset < MAX_IMPACT_CASES; offset += IMPACT_BATCH) {
        const { rows } = await listCases(db, {}, IMPACT_BATCH, offset);
        for (const row of rows) {
          checked += 1;
          const asOf = row.screening.asOf;
          // A value from `from` on cannot change a screening dated before it.
          if (asOf < candidate.from) continue;
          const household = JSON.parse(row.household) as Household;
          try {
            const before = neutralOutcomes(core, household, asOf);
            const after = neutralOutcomes(candidateCore, household, asOf);
            for (const change of changesBetween(before, after, c.var.t)) {
              affected.push({ caseId: row.id, number: row.number, ...change });
            }
          } catch (e) {
            if (!(e instanceof ParameterError) && !(e instanceof Error && e.name === 'ScreeningError')) throw e;
          }
        }
        if (rows.length < IMPACT_BATCH) break;
      }
      return c.json({ affected, checked }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/parameters/{id}/values',
      operationId: 'addParameterValue',
      summary: doc.addParameterValue.summary,
      description: doc.addParameterValue.description,
      middleware: admin,
      request: { params: IdParam, body: { required: true, content: { 'application/json': { schema: Candidate } } } },
      responses: {
        201: {
          description: doc.addParameterValue.responses['201'],
          content: { 'application/json': { schema: z.object({ parameter: ParameterSchema }) } },
        },
        400: errorResponse(doc.addParameterValue.responses['400']),
        401: errorResponse(doc.addParameterValue.responses['401']),
        403: errorResponse(doc.addParameterValue.responses['403']),
        404: errorResponse(doc.addParameterValue.responses['404']),
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const { core } = await deps.cores.entry();
      const result = check(c, core, id, c.req.valid('json'));
      if (result.response) return result.response;
      const user = c.var.user;
      const at = new Date(deps.now()).toISOString();
      const override = { ...result.override, by: user?.id };
      await store.atomic([
        upsertOverride(db, override, at),
        auditInsert(db, {
          at,
          userId: user?.id,
          action: 'parameter.add',
          detail: { parameterId: id, from: override.from, value: String(override.value), source: override.source },
        }),
      ]);
      store.overridesWritten();
      deps.cores.invalidate();
      return c.json({ parameter: await describeOne(id, c.var.t) }, 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/parameters/{id}/values/{from}',
      operationId: 'deleteParameterValue',
      summary: doc.deleteParameterValue.summary,
      middleware: admin,
      request: {
        params: z.object({
          id: z.string().min(1).max(INPUT_LIMITS.text),
          from: z.string().min(1).max(INPUT_LIMITS.text),
        }),
      },
      responses: {
        204: { description: doc.deleteParameterValue.responses['204'] },
        401: errorResponse(doc.deleteParameterValue.responses['401']),
        403: errorResponse(doc.deleteParameterValue.responses['403']),
        404: errorResponse(doc.deleteParameterValue.responses['404']),
      },
    }),
    async (c) => {
      const { id, from } = c.req.valid('param');
      const { overrides } = await deps.cores.entry();
      // Only a staff value can go: the seeds stay the baseline.
      const found = await db
        .selectFrom('parameter_overrides')
        .select('parameter_id')
        .where('parameter_id', '=', id)
        .where('from_date', '=', from)
        .executeTakeFirst();
      if (!found) {
        return c.json(simpleError('not_found', c.var.t('errors.window.valueNotFound', { id, from })), 404);
      }
      const at = new Date(deps.now()).toISOString();
      const old = overrides.find((o) => o.id === id && o.from === from);
      await store.atomic([
        deleteOverride(db, id, from),
        auditInsert(db, {
          at,
          userId: c.var.user?.id,
          action: 'parameter.delete',
          detail: { parameterId: id, from, ...(old ? { value: String(old.value) } : {}) },
        }),
      ]);
      store.overridesWritten();
      deps.cores.invalidate();
      return c.body(null, 204);
    },
  );
  return app;
}
