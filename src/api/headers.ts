/**
 * Response headers shared by the pages and the API, platform-free (web.ts is Node-only): the pages'
 * Content-Security-Policy, and the headers of every response that carries household or case data.
 */
import type { Context, MiddlewareHandler } from 'hono';

/** The page loads only its own files and talks only to its own API. */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

export function pageHeaders(c: Context) {
  c.header('Cache-Control', 'no-cache');
  c.header('Content-Security-Policy', CSP);
  c.header('X-Content-Type-Options', 'nosniff');
  c.header('Referrer-Policy', 'no-referrer');
}

/** The bundles under /assets/* carry a content hash in their names: cached for a year, never sniffed. */
export function assetHeaders(c: Context) {
  c.header('Cache-Control', 'public, max-age=31536000, immutable');
  c.header('X-Content-Type-Options', 'nosniff');
}

/** Case data is never cached (not by the browser, not by a proxy) nor sniffed as another type. */
export function privateHeaders(c: Context) {
  c.header('Cache-Control', 'no-store');
  c.header('X-Content-Type-Options', 'nosniff');
  c.header('Referrer-Policy', 'no-referrer');
}

/** privateHeaders on every answer of a route, errors included. */
export const noStore: MiddlewareHandler = async (c, next) => {
  await next();
  privateHeaders(c);
};
