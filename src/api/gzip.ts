/**
 * Compresses responses the client accepts gzip for, with a compressor the platform supplies (Node:
 * zlib on its thread pool, src/node.ts). Hono's compress middleware streams through
 * CompressionStream, which on Node halved the screenings served per second; a whole JSON body is
 * small enough to compress in one call. Not used on Workers: the runtime compresses by itself.
 */
import type { MiddlewareHandler } from 'hono';
import { COMPRESSIBLE_CONTENT_TYPE_REGEX } from 'hono/utils/compress';

/** Compresses one whole body to gzip. */
export type Gzip = (data: Uint8Array) => Promise<Uint8Array>;

/** Below this, gzip's header and the work outweigh what it saves. */
const MIN_BYTES = 1024;
const NO_TRANSFORM = /(?:^|,)\s*no-transform\s*(?:,|$)/i;

/** Whether Accept-Encoding takes gzip (q=0 refuses it). */
function acceptsGzip(header: string | undefined): boolean {
  if (!header) return false;
  for (const part of header.split(',')) {
    const [name, ...params] = part.trim().split(';');
    const enc = name.trim().toLowerCase();
    if (enc !== 'gzip' && enc !== '*') continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return q === undefined || Number(q.slice(2)) > 0;
  }
  return false;
}

export function gzipResponses(gzip: Gzip): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const res = c.res;
    const type = res.headers.get('content-type') ?? '';
    if (
      !res.body ||
      c.req.method === 'HEAD' ||
      res.status === 206 ||
      res.headers.has('content-encoding') ||
      !COMPRESSIBLE_CONTENT_TYPE_REGEX.test(type) ||
      NO_TRANSFORM.test(res.headers.get('cache-control') ?? '')
    )
      return;
    const vary = res.headers.get('vary');
    if (!vary || !/\baccept-encoding\b/i.test(vary))
      c.header('Vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding');
    if (!acceptsGzip(c.req.header('accept-encoding'))) return;
    const body = new Uint8Array(await res.arrayBuffer());
    if (body.byteLength < MIN_BYTES) {
      c.res = new Response(body, res);
      return;
    }
    const zipped = await gzip(body);
    const headers = new Headers(res.headers);
    headers.set('Content-Encoding', 'gzip');
    headers.delete('Content-Length');
    c.res = new Response(zipped as Uint8Array<ArrayBuffer>, {
      status: res.status,
      statusText: res.statusText,
      headers,
    });
  };
}
