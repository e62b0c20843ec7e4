/** GET /audit (admins): the audit records, newest first, filtered by case, account and date. */
import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import * as z from 'zod';
import { staffOnly } from '../auth/middleware.js';
import { listAudit } from '../db/audit.js';
import { isCalendarDate } from '../model/dates.js';
import { issue } from '../model/fields.js';
import type { AppEnv } from './app.js';
import { doc } from './doc.js';
import { errorResponse, validationHook } from './errors.js';
import { INPUT_LIMITS } from './schemas.js';
import type { WindowDeps } from './window.js';

/** Records per page of GET /audit. */
export const AUDIT_PAGE_SIZE = 50;

const isoDate = z.string().refine(isCalendarDate, issue('date'));

const Record = z
  .object({
    id: z.number().int(),
    at: z.string(),
    user: z.object({ id: z.string(), username: z.string(), displayName: z.string() }).optional(),
    action: z.string(),
    caseId: z.string().optional(),
    detail: z.record(z.string(), z.unknown()),
  })
  .meta({ id: 'AuditRecord' });

export function auditRoutes(deps: WindowDeps) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.openapi(
    createRoute({
      method: 'get',
      path: '/audit',
      operationId: 'listAudit',
      summary: doc.listAudit.summary,
      middleware: staffOnly(deps, 'admin'),
      request: {
        query: z.object({
          lang: z.string().optional(),
          caseId: z.string().max(INPUT_LIMITS.id).optional(),
          user: z.string().max(INPUT_LIMITS.text).optional().describe('An account id or username'),
          from: isoDate.optional().describe('From this day (UTC)'),
          to: isoDate.optional().describe('To this day (UTC), inclusive'),
          page: z.coerce.number().int().min(1).max(INPUT_LIMITS.page).optional(),
        }),
      },
      responses: {
        200: {
          description: doc.listAudit.responses['200'],
          content: {
            'application/json': {
              schema: z.object({ records: z.array(Record), total: z.number().int(), page: z.number().int() }),
            },
          },
        },
        400: errorResponse(doc.listAudit.responses['400']),
        401: errorResponse(doc.listAudit.responses['401']),
        403: errorResponse(doc.listAudit.responses['403']),
      },
    }),
    async (c) => {
      const { page = 1, lang: _lang, ...filter } = c.req.valid('query');
      const { records, total } = await listAudit(deps.store.db, filter, page, AUDIT_PAGE_SIZE);
      return c.json({ records, total, page }, 200);
    },
  );
  return app;
}
