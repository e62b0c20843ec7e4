/** POST /screenings: a household in, every program's result out, in the requested language. */
import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import * as z from 'zod';
import { ScreeningResponseSchema } from '../engine/result-schema.js';
import { ScreeningError } from '../engine/screen.js';
import { todayInChina } from '../model/dates.js';
import { ScreeningRequest } from '../model/household.js';
import type { AppEnv } from './app.js';
import { doc } from './doc.js';
import { beforeFirstDate, errorResponse, requireJson, screeningDateError, validationHook } from './errors.js';

const route = createRoute({
  method: 'post',
  path: '/screenings',
  operationId: 'screenHousehold',
  summary: doc.screenHousehold.summary,
  description: doc.screenHousehold.description,
  request: {
    query: z.object({
      lang: z.string().optional(),
      detail: z
        .enum(['brief', 'full'])
        .optional()
        .describe('brief (default): not-eligible results carry only their deciding reason; full: everything'),
      engine: z
        .enum(['compiled', 'reference'])
        .optional()
        .describe('Audit: evaluate the rules with json-rules-engine instead of the compiled evaluator (same result)'),
    }),
    body: {
      required: true,
      content: { 'application/json': { schema: ScreeningRequest.meta({ id: 'ScreeningRequest' }) } },
    },
  },
  responses: {
    200: {
      description: doc.screenHousehold.responses['200'],
      content: { 'application/json': { schema: ScreeningResponseSchema.meta({ id: 'Screening' }) } },
    },
    400: errorResponse(doc.screenHousehold.responses['400']),
    413: errorResponse(doc.screenHousehold.responses['413']),
    415: errorResponse(doc.screenHousehold.responses['415']),
  },
});

export function screeningRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.use('/screenings', requireJson);

  app.openapi(route, async (c) => {
    const body = c.req.valid('json');
    const locale = body.locale ?? c.var.locale;
    c.set('locale', locale);
    const t = c.var.core.t[locale];
    const asOf = body.asOf ?? todayInChina();
    const query = c.req.valid('query');
    const early = beforeFirstDate(t, asOf, c.var.core.catalogue.firstDate);
    if (early) return c.json(early, 400);
    try {
      const result = await c.var.core.screen(body.household, asOf, locale, {
        detail: query.detail,
        engine: query.engine ?? c.var.engine,
      });
      return c.json(result, 200);
    } catch (e) {
      if (e instanceof ScreeningError) return c.json(screeningDateError(t, asOf, e), 400);
      throw e;
    }
  });
  return app;
}
