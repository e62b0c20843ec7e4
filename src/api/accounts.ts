/** Accounts (admins only): list, create, change (role, window, disabled), reset a password. */
import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import * as z from 'zod';
import { AccountExists, AccountInput, createAccount, MAX_NAME_LENGTH, Password } from '../auth/accounts.js';
import { staffOnly } from '../auth/middleware.js';
import { hashPassword } from '../auth/password.js';
import { auditInsert } from '../db/audit.js';
import { countActiveAdmins, deleteUserSessions, findUser, listUsers, ROLES } from '../db/users.js';
import type { AppEnv } from './app.js';
import { doc } from './doc.js';
import { errorResponse, simpleError, validationHook } from './errors.js';
import { INPUT_LIMITS, UserSchema } from './schemas.js';
import type { WindowDeps } from './window.js';

const AccountPatch = z
  .strictObject({
    displayName: z.string().trim().min(1).max(MAX_NAME_LENGTH).optional(),
    role: z.enum(ROLES).optional(),
    window: z.string().trim().max(MAX_NAME_LENGTH).nullable().optional().describe('Empty or null: no window'),
    disabled: z.boolean().optional(),
  })
  .meta({ id: 'AccountPatch' });

const IdParam = z.object({ id: z.string().min(1).max(INPUT_LIMITS.id) });
const accountBody = { 'application/json': { schema: z.object({ account: UserSchema }) } };

export function accountRoutes(deps: WindowDeps) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  const { store } = deps;
  const { db } = store;
  const admin = staffOnly(deps, 'admin');
  const iso = () => new Date(deps.now()).toISOString();
  const notFound = (c: Context<AppEnv>) =>
    c.json(simpleError('not_found', c.var.t('errors.window.accountNotFound')), 404);

  app.openapi(
    createRoute({
      method: 'get',
      path: '/accounts',
      operationId: 'listAccounts',
      summary: doc.listAccounts.summary,
      middleware: admin,
      responses: {
        200: {
          description: doc.listAccounts.responses['200'],
          content: { 'application/json': { schema: z.object({ accounts: z.array(UserSchema) }) } },
        },
        401: errorResponse(doc.listAccounts.responses['401']),
        403: errorResponse(doc.listAccounts.responses['403']),
      },
    }),
    async (c) => c.json({ accounts: await listUsers(db) }, 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/accounts',
      operationId: 'createAccount',
      summary: doc.createAccount.summary,
      middleware: admin,
      request: {
        body: {
          required: true,
          content: { 'application/json': { schema: AccountInput.meta({ id: 'AccountInput' }) } },
        },
      },
      responses: {
        201: { description: doc.createAccount.responses['201'], content: accountBody },
        400: errorResponse(doc.createAccount.responses['400']),
        401: errorResponse(doc.createAccount.responses['401']),
        403: errorResponse(doc.createAccount.responses['403']),
        409: errorResponse(doc.createAccount.responses['409']),
      },
    }),
    async (c) => {
      try {
        const account = await createAccount(store, c.req.valid('json'), {
          by: c.var.user?.id,
          iterations: deps.iterations,
          now: deps.now,
        });
        return c.json({ account }, 201);
      } catch (e) {
        if (!(e instanceof AccountExists)) throw e;
        const message = c.var.t('errors.window.usernameTaken');
        return c.json({ error: { code: 'conflict', message, fields: [{ path: 'username', message }] } }, 409);
      }
    },
  );

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/accounts/{id}',
      operationId: 'updateAccount',
      summary: doc.updateAccount.summary,
      description: doc.updateAccount.description,
      middleware: admin,
      request: { params: IdParam, body: { required: true, content: { 'application/json': { schema: AccountPatch } } } },
      responses: {
        200: { description: doc.updateAccount.responses['200'], content: accountBody },
        400: errorResponse(doc.updateAccount.responses['400']),
        401: errorResponse(doc.updateAccount.responses['401']),
        403: errorResponse(doc.updateAccount.responses['403']),
        404: errorResponse(doc.updateAccount.responses['404']),
        409: errorResponse(doc.updateAccount.responses['409']),
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const patch = c.req.valid('json');
      const target = await findUser(db, id);
      if (!target) return notFound(c);
      const removesAdmin =
        target.role === 'admin' &&
        !target.disabled &&
        (patch.disabled === true || (patch.role !== undefined && patch.role !== 'admin'));
      if (removesAdmin && (await countActiveAdmins(db)) <= 1) {
        return c.json(simpleError('last_admin', c.var.t('errors.window.lastAdmin')), 409);
      }
      const at = iso();
      const set = {
        ...(patch.displayName !== undefined ? { display_name: patch.displayName } : {}),
        ...(patch.role !== undefined ? { role: patch.role } : {}),
        ...(patch.window !== undefined ? { window_name: patch.window || null } : {}),
        ...(patch.disabled !== undefined ? { disabled: patch.disabled ? 1 : 0 } : {}),
        updated_at: at,
      };
      await store.atomic([
        db.updateTable('users').set(set).where('id', '=', id).compile(),
        // Disabling an account ends its sessions (a disabled account's session is refused anyway).
        ...(patch.disabled === true ? [deleteUserSessions(db, id)] : []),
        auditInsert(db, {
          at,
          userId: c.var.user?.id,
          action: 'account.update',
          detail: {
            accountId: id,
            changed: Object.keys(patch),
            ...(patch.role ? { role: patch.role } : {}),
            ...(patch.disabled !== undefined ? { disabled: patch.disabled } : {}),
          },
        }),
      ]);
      const account = await findUser(db, id);
      if (!account) return notFound(c);
      return c.json({ account }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/accounts/{id}/password',
      operationId: 'resetPassword',
      summary: doc.resetPassword.summary,
      middleware: admin,
      request: {
        params: IdParam,
        body: { required: true, content: { 'application/json': { schema: z.strictObject({ password: Password }) } } },
      },
      responses: {
        204: { description: doc.resetPassword.responses['204'] },
        400: errorResponse(doc.resetPassword.responses['400']),
        401: errorResponse(doc.resetPassword.responses['401']),
        403: errorResponse(doc.resetPassword.responses['403']),
        404: errorResponse(doc.resetPassword.responses['404']),
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const target = await findUser(db, id);
      if (!target) return notFound(c);
      const hash = await hashPassword(c.req.valid('json').password, deps.iterations);
      const at = iso();
      await store.atomic([
        db.updateTable('users').set({ password_hash: hash, updated_at: at }).where('id', '=', id).compile(),
        deleteUserSessions(db, id),
        auditInsert(db, { at, userId: c.var.user?.id, action: 'account.password', detail: { accountId: id } }),
      ]);
      return c.body(null, 204);
    },
  );
  return app;
}
