/** Health check and the household JSON Schema. */
import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import * as z from 'zod';
import type { Store } from '../db/store.js';
import { Household } from '../model/household.js';
import type { AppEnv } from './app.js';
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
      summary: 'Health check',
      responses: {
        200: { description: 'Service and database are up', content: { 'application/json': { schema: Health } } },
        503: { description: 'The database does not answer', content: { 'application/json': { schema: Health } } },
      },
    }),
    async (c) => {
      const database = await store.ping().catch(() => false);
      const body = {
        status: database ? ('ok' as const) : ('degraded' as const),
        database,
        programs: c.var.core.catalogue.programs.size,
        message: c.var.t('api.health'),
      };
      return database ? c.json(body, 200) : c.json(body, 503);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/schema',
      summary: 'The household model as JSON Schema',
      responses: {
        200: {
          description: 'JSON Schema (draft 2020-12)',
          content: { 'application/json': { schema: z.record(z.string(), z.unknown()) } },
        },
      },
    }),
    (c) => c.json(householdJsonSchema, 200),
  );
  return app;
}

export const householdJsonSchema = z.toJSONSchema(Household, { io: 'input' }) as Record<string, unknown>;
