/** Health check and the household JSON Schema. */
import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import * as z from 'zod';
import type { Store } from '../db/store.js';
import { todayInChina } from '../model/dates.js';
import { Household } from '../model/household.js';
import type { AppEnv } from './app.js';
import { boundedPatterns, withBounds } from './contract.js';
import { doc } from './doc.js';
import { validationHook } from './errors.js';

const Health = z.object({
  status: z.enum(['ok', 'degraded']),
  database: z.boolean(),
  programs: z.number().int(),
  message: z.string(),
});

export function systemRoutes(store: Store) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.openapi(
    createRoute({
      method: 'get',
      path: '/health',
      operationId: 'getHealth',
      summary: doc.getHealth.summary,
      responses: {
        200: { description: doc.getHealth.responses['200'], content: { 'application/json': { schema: Health } } },
        503: { description: doc.getHealth.responses['503'], content: { 'application/json': { schema: Health } } },
      },
    }),
    async (c) => {
      const database = await store.ping().catch(() => false);
      const body = {
        status: database ? ('ok' as const) : ('degraded' as const),
        database,
        programs: c.var.core.catalogue.programs.size,
        message: c.var.t(database ? 'api.health' : 'api.healthDegraded'),
      };
      return database ? c.json(body, 200) : c.json(body, 503);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/schema',
      operationId: 'getSchema',
      summary: doc.getSchema.summary,
      responses: {
        200: {
          description: doc.getSchema.responses['200'],
          content: { 'application/json': { schema: z.record(z.string(), z.unknown()) } },
        },
      },
    }),
    (c) =>
      c.json(withBounds(householdJsonSchema, boundedPatterns(todayInChina(), c.var.core.catalogue.firstDate)), 200),
  );
  return app;
}

export const householdJsonSchema = z.toJSONSchema(Household, { io: 'input' }) as Record<string, unknown>;
