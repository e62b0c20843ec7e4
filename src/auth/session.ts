/**
 * Sessions: the cookie `jz_session` carries a random 32-byte token (base64url); the database keeps
 * only its SHA-256. Every state-changing request of the staff API carries the session's CSRF token
 * in `X-CSRF-Token` (SameSite=Strict already keeps other sites' requests cookie-less; the header is
 * the second lock). Platform-free: WebCrypto only.
 */
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { randomToken, sha256Hex } from './crypto.js';

export const SESSION_COOKIE = 'jz_session';
export const CSRF_HEADER = 'X-CSRF-Token';
/** Session token and CSRF token: 32 random bytes each (256 bits). */
export const TOKEN_BYTES = 32;
/** A session lasts one working day, 8 hours, from sign-in (no sliding). */
export const SESSION_SECONDS = 8 * 60 * 60;
/** Hosts served over plain HTTP in development: the cookie cannot be `Secure` there. */
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

export function newTokens() {
  return { token: randomToken(TOKEN_BYTES), csrfToken: randomToken(TOKEN_BYTES) };
}

export const tokenHash = (token: string) => sha256Hex(token);

export function sessionToken(c: Context): string | undefined {
  return getCookie(c, SESSION_COOKIE);
}

function secure(c: Context): boolean {
  return !LOCAL_HOSTS.has(new URL(c.req.url).hostname);
}

export function setSessionCookie(c: Context, token: string) {
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Strict',
    path: '/',
    maxAge: SESSION_SECONDS,
    secure: secure(c),
  });
}

export function clearSessionCookie(c: Context) {
  deleteCookie(c, SESSION_COOKIE, { httpOnly: true, sameSite: 'Strict', path: '/', secure: secure(c) });
}

/** Whether a request comes from another site: an Origin (or Sec-Fetch-Site) that is not this one. */
export function crossSite(c: Context): boolean {
  if (c.req.header('sec-fetch-site') === 'cross-site') return true;
  const origin = c.req.header('origin');
  if (origin === undefined) return false;
  try {
    return new URL(origin).host !== new URL(c.req.url).host;
  } catch {
    return true; // "null" or garbage: not this site
  }
}
