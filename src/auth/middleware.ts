/**
 * The staff routes' guards, run only on those routes (resident screening never touches the
 * database): private headers, the session (401 `unauthenticated`), the role (403 `forbidden`) and,
 * for a state-changing method, the CSRF header (403 `csrf`). A failing database answers 503
 * `unavailable` through the app's error handler (DatabaseError).
 */
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../api/app.js';
import { simpleError } from '../api/errors.js';
import { noStore } from '../api/headers.js';
import type { WindowDeps } from '../api/window.js';
import type { Role } from '../db/schema.js';
import { findSession } from '../db/users.js';
import { constantTimeEqualText } from './crypto.js';
import { CSRF_HEADER, sessionToken, tokenHash } from './session.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function authenticate(deps: WindowDeps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const token = sessionToken(c);
    const found = token
      ? await findSession(deps.store.db, await tokenHash(token), new Date(deps.now()).toISOString())
      : undefined;
    if (!found) return c.json(simpleError('unauthenticated', c.var.t('errors.window.unauthenticated')), 401);
    c.set('user', found.user);
    c.set('session', { tokenHash: found.tokenHash, csrfToken: found.csrfToken });
    await next();
  };
}

/** Lets through only the roles given (after authenticate). */
export function requireRole(...roles: Role[]): MiddlewareHandler<AppEnv> {
  const allowed = new Set(roles);
  return async (c, next) => {
    const user = c.var.user;
    if (!user || !allowed.has(user.role)) {
      return c.json(simpleError('forbidden', c.var.t('errors.window.forbidden')), 403);
    }
    await next();
  };
}

/** A state-changing request must carry the session's CSRF token in X-CSRF-Token. */
export const requireCsrf: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (!SAFE_METHODS.has(c.req.method)) {
    const sent = c.req.header(CSRF_HEADER) ?? '';
    const expected = c.var.session?.csrfToken ?? '';
    if (expected === '' || !constantTimeEqualText(sent, expected)) {
      return c.json(simpleError('csrf', c.var.t('errors.window.csrf')), 403);
    }
  }
  await next();
};

/** Every guard of a staff route, in order; no roles given: any signed-in account. */
export function staffOnly(deps: WindowDeps, ...roles: Role[]): MiddlewareHandler<AppEnv>[] {
  const guards: MiddlewareHandler<AppEnv>[] = [noStore as MiddlewareHandler<AppEnv>, authenticate(deps)];
  if (roles.length > 0) guards.push(requireRole(...roles));
  guards.push(requireCsrf);
  return guards;
}
