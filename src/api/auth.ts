/** Sign-in, sign-out and the signed-in account: POST /auth/sign-in, POST /auth/sign-out, GET /auth/me. */
import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import * as z from 'zod';
import { staffOnly } from '../auth/middleware.js';
import { dummyHash, MAX_PASSWORD_LENGTH, verifyPassword } from '../auth/password.js';
import {
  clearSessionCookie,
  crossSite,
  newTokens,
  SESSION_SECONDS,
  setSessionCookie,
  tokenHash,
} from '../auth/session.js';
import { auditInsert } from '../db/audit.js';
import {
  deleteExpiredSessions,
  deleteOldFailures,
  deleteSession,
  findUserByUsername,
  insertFailure,
  insertSession,
  recentFailures,
  toUser,
} from '../db/users.js';
import type { AppEnv } from './app.js';
import { doc } from './doc.js';
import { errorResponse, simpleError, validationHook } from './errors.js';
import { noStore, privateHeaders } from './headers.js';
import { INPUT_LIMITS, SessionSchema } from './schemas.js';
import type { WindowDeps } from './window.js';

/** Failed sign-ins allowed per username and per client address within RATE_WINDOW_MS. */
export const MAX_FAILURES = 5;
/** The rate limit's window: 15 minutes. */
export const RATE_WINDOW_MS = 15 * 60 * 1000;
const MS_PER_SECOND = 1000;

const SignIn = z
  .strictObject({
    username: z.string().min(1).max(INPUT_LIMITS.text),
    password: z.string().min(1).max(MAX_PASSWORD_LENGTH),
  })
  .meta({ id: 'SignIn' });

const signIn = createRoute({
  method: 'post',
  path: '/auth/sign-in',
  operationId: 'signIn',
  summary: doc.signIn.summary,
  description: doc.signIn.description,
  middleware: [noStore],
  request: { body: { required: true, content: { 'application/json': { schema: SignIn } } } },
  responses: {
    200: { description: doc.signIn.responses['200'], content: { 'application/json': { schema: SessionSchema } } },
    400: errorResponse(doc.signIn.responses['400']),
    401: errorResponse(doc.signIn.responses['401']),
    403: errorResponse(doc.signIn.responses['403']),
    429: errorResponse(doc.signIn.responses['429']),
  },
});

export function authRoutes(deps: WindowDeps) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  const { store } = deps;
  const { db } = store;
  const iso = (ms: number) => new Date(ms).toISOString();

  app.openapi(signIn, async (c) => {
    if (crossSite(c)) return c.json(simpleError('csrf', c.var.t('errors.window.crossSite')), 403);
    const { username, password } = c.req.valid('json');
    const address = deps.clientAddress(c);
    const now = deps.now();
    const at = iso(now);

    // The rate limit: 5 failures in 15 minutes for this username or from this address.
    const since = iso(now - RATE_WINDOW_MS);
    const [byName, byAddress] = await Promise.all([
      recentFailures(db, 'username', username, since),
      address === undefined ? [] : recentFailures(db, 'address', address, since),
    ]);
    const limited = [byName, byAddress].filter((f) => f.length >= MAX_FAILURES);
    if (limited.length > 0) {
      // Free again when the oldest failure that counts leaves the window.
      const until = Math.max(...limited.map((f) => Date.parse(f[f.length - MAX_FAILURES].at) + RATE_WINDOW_MS));
      const seconds = Math.max(1, Math.ceil((until - now) / MS_PER_SECOND));
      await store.atomic([auditInsert(db, { at, action: 'sign_in_failed', detail: { reason: 'rate_limited' } })]);
      c.header('Retry-After', String(seconds));
      const message = c.var.t('errors.window.rateLimited', { minutes: Math.ceil(seconds / 60) });
      return c.json(simpleError('rate_limited', message), 429);
    }

    const user = await findUserByUsername(db, username);
    // An unknown username costs the same hash as a known one: timing does not tell them apart.
    const ok = await verifyPassword(password, user?.password_hash ?? (await dummyHash(deps.iterations)));
    if (!user || !ok || user.disabled === 1) {
      const reason = !user ? 'unknown_user' : !ok ? 'bad_password' : 'disabled';
      await store.atomic([
        insertFailure(db, username, address ?? '', at),
        deleteOldFailures(db, since),
        auditInsert(db, { at, userId: user?.id ?? null, action: 'sign_in_failed', detail: { reason } }),
      ]);
      return c.json(simpleError('bad_credentials', c.var.t('errors.window.badCredentials')), 401);
    }

    const { token, csrfToken } = newTokens();
    await store.atomic([
      deleteExpiredSessions(db, at),
      insertSession(db, {
        tokenHash: await tokenHash(token),
        userId: user.id,
        csrfToken,
        createdAt: at,
        expiresAt: iso(now + SESSION_SECONDS * MS_PER_SECOND),
      }),
      auditInsert(db, { at, userId: user.id, action: 'sign_in' }),
    ]);
    setSessionCookie(c, token);
    return c.json({ user: toUser(user), csrfToken }, 200);
  });

  app.openapi(
    createRoute({
      method: 'post',
      path: '/auth/sign-out',
      operationId: 'signOut',
      summary: doc.signOut.summary,
      middleware: staffOnly(deps),
      responses: {
        204: { description: doc.signOut.responses['204'] },
        401: errorResponse(doc.signOut.responses['401']),
        403: errorResponse(doc.signOut.responses['403']),
      },
    }),
    async (c: Context<AppEnv>) => {
      const session = c.var.session;
      const user = c.var.user;
      if (session && user) {
        const at = iso(deps.now());
        await store.atomic([
          deleteSession(db, session.tokenHash),
          auditInsert(db, { at, userId: user.id, action: 'sign_out' }),
        ]);
      }
      clearSessionCookie(c);
      privateHeaders(c);
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/auth/me',
      operationId: 'getMe',
      summary: doc.getMe.summary,
      middleware: staffOnly(deps),
      responses: {
        200: { description: doc.getMe.responses['200'], content: { 'application/json': { schema: SessionSchema } } },
        401: errorResponse(doc.getMe.responses['401']),
      },
    }),
    (c) => {
      const user = c.var.user;
      const session = c.var.session;
      if (!user || !session)
        return c.json(simpleError('unauthenticated', c.var.t('errors.window.unauthenticated')), 401);
      return c.json({ user, csrfToken: session.csrfToken }, 200);
    },
  );
  return app;
}
