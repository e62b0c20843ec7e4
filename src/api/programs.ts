/** GET /programs and /programs/:id: what each program is, its citation and the parameters in force. */
import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import type { TFunction } from 'i18next';
import * as z from 'zod';
import type { Core } from '../core.js';
import { FACTS } from '../engine/facts.js';
import { type ConditionNode, factsOf, leaves, type ProgramFile, paramsOf } from '../engine/program.js';
import { todayInChina } from '../model/dates.js';
import { AsOfDate } from '../model/fields.js';
import { ParameterError } from '../params/parameters.js';
import type { AppEnv } from './app.js';
import { doc } from './doc.js';
import { beforeFirstDate, errorResponse, simpleError, validationHook } from './errors.js';

const Summary = z.object({
  id: z.string(),
  tier: z.enum(['A', 'B']),
  name: z.string(),
  summary: z.string(),
  inForce: z.boolean(),
  effective: z.object({ from: z.string(), to: z.string().optional() }),
  department: z.object({ key: z.string(), name: z.string(), where: z.string() }),
  citation: z.string(),
});

const ParameterInForce = z.object({
  id: z.string(),
  label: z.string(),
  unit: z.string(),
  value: z.union([z.number(), z.string()]).optional(),
  from: z.string().optional(),
  source: z.string().optional(),
  year: z.number().int().optional(),
  confidence: z.string().optional(),
  unverified: z.boolean(),
  note: z.string().optional(),
});

const Detail = Summary.extend({
  scope: z.enum(['household', 'member']),
  citationDetail: z.object({
    chapter: z.string(),
    section: z.string().optional(),
    lead: z.string(),
    quote: z.string(),
    also: z.array(z.string()),
  }),
  documents: z.array(z.object({ key: z.string(), text: z.string() })),
  clauses: z.array(z.object({ name: z.string(), basis: z.string(), text: z.string(), questions: z.array(z.string()) })),
  window: z.array(z.string()),
  parameters: z.array(ParameterInForce),
  asOf: z.string(),
  rule: z.unknown().describe('The json-rules-engine condition tree'),
});

const Texts = z.object({
  id: z.string(),
  summary: z.string(),
  quote: z.string().describe("The plan's paragraph the program implements"),
  also: z.array(z.string()).describe('Other sources'),
  basis: z.record(z.string(), z.string()).describe("Each clause's legal basis, by the reason name of a screening"),
});

const Query = z.object({
  lang: z.string().optional(),
  asOf: AsOfDate.optional(),
});

function summarize(p: ProgramFile, t: TFunction, asOf: string) {
  return {
    id: p.id,
    tier: p.tier,
    name: t(`programs:${p.id}.name`),
    summary: t(`programs:${p.id}.summary`),
    inForce: p.effective.from <= asOf && (p.effective.to === undefined || asOf <= p.effective.to),
    effective: p.effective,
    department: {
      key: p.department,
      name: t(`departments.${p.department}.name`),
      where: t(`departments.${p.department}.where`),
    },
    citation: t('sentence.citation', {
      chapter: p.citation.chapter,
      section: p.citation.section ?? '',
      lead: p.citation.lead,
    }),
  };
}

/** Every parameter a program reads, directly or through a derived fact, with the value in force. */
function parametersOf(core: Core, p: ProgramFile, t: TFunction, asOf: string) {
  const ids = new Set(paramsOf(p));
  for (const f of factsOf(p)) for (const id of FACTS.get(f)?.params ?? []) ids.add(id);
  return [...ids].map((id) => {
    const def = core.catalogue.params.definition(id);
    const base = { id, label: t(`params:${id}`), unit: def.unit };
    try {
      const v = core.catalogue.params.at(id, asOf);
      return {
        ...base,
        value: v.value,
        from: v.from,
        source: v.source,
        year: v.year,
        confidence: v.confidence,
        unverified: v.unverified,
        note: v.note,
      };
    } catch (e) {
      if (e instanceof ParameterError) return { ...base, unverified: false };
      throw e;
    }
  });
}

export function programRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.openapi(
    createRoute({
      method: 'get',
      path: '/programs',
      operationId: 'listPrograms',
      summary: doc.listPrograms.summary,
      request: { query: Query },
      responses: {
        200: {
          description: doc.listPrograms.responses['200'],
          content: { 'application/json': { schema: z.object({ programs: z.array(Summary) }) } },
        },
        400: errorResponse(doc.listPrograms.responses['400']),
      },
    }),
    (c) => {
      const asOf = c.req.valid('query').asOf ?? todayInChina();
      const early = beforeFirstDate(c.var.t, asOf, c.var.core.catalogue.firstDate);
      if (early) return c.json(early, 400);
      const programs = c.var.core.programs.map((p) => summarize(p, c.var.t, asOf));
      return c.json({ programs }, 200);
    },
  );

  // The texts a screening leaves out unless detail=full: the same for every household, so a client
  // fetches them once (and a cache keeps them) instead of receiving them with every screening.
  app.openapi(
    createRoute({
      method: 'get',
      path: '/program-texts',
      operationId: 'getProgramTexts',
      summary: doc.getProgramTexts.summary,
      request: { query: z.object({ lang: z.string().optional() }) },
      responses: {
        200: {
          description: doc.getProgramTexts.responses['200'],
          content: { 'application/json': { schema: z.object({ locale: z.string(), programs: z.array(Texts) }) } },
        },
      },
    }),
    (c) => {
      const { core, t } = c.var;
      const programs = core.programs.map((p) => ({
        id: p.id,
        summary: t(`programs:${p.id}.summary`),
        quote: p.citation.quote,
        also: p.citation.also ?? [],
        basis: Object.fromEntries([...leaves(p.conditions as ConditionNode)].map((l) => [l.name, l.basis])),
      }));
      c.header('Cache-Control', 'public, max-age=3600');
      return c.json({ locale: c.var.locale, programs }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/programs/{id}',
      operationId: 'getProgram',
      summary: doc.getProgram.summary,
      request: { params: z.object({ id: z.string() }), query: Query },
      responses: {
        200: { description: doc.getProgram.responses['200'], content: { 'application/json': { schema: Detail } } },
        400: errorResponse(doc.getProgram.responses['400']),
        404: errorResponse(doc.getProgram.responses['404']),
      },
    }),
    (c) => {
      const { id } = c.req.valid('param');
      const asOf = c.req.valid('query').asOf ?? todayInChina();
      const { core, t } = c.var;
      const early = beforeFirstDate(t, asOf, core.catalogue.firstDate);
      if (early) return c.json(early, 400);
      const p = core.catalogue.programs.get(id);
      if (!p) return c.json(simpleError('not_found', t('errors.notFound', { what: id })), 404);
      const clauses = [...leaves(p.conditions as ConditionNode)].map((l) => ({
        name: l.name,
        basis: l.basis,
        text: t(`programs:${p.id}.conditions.${l.name}`),
        questions: (FACTS.get(l.fact)?.questions ?? []).map((q) => q.field),
      }));
      return c.json(
        {
          ...summarize(p, t, asOf),
          scope: p.scope,
          citationDetail: { ...p.citation, also: p.citation.also ?? [] },
          documents: p.documents.map((key) => ({ key, text: t(`documents.${key}`) })),
          clauses,
          window: (p.verifiedAtWindow ?? []).map((k) => t(`programs:${p.id}.window.${k}`)),
          parameters: parametersOf(core, p, t, asOf),
          asOf,
          rule: p.conditions,
        },
        200,
      );
    },
  );
  return app;
}
