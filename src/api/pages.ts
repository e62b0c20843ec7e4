/**
 * The pages (resident, window, hotline) and their bundles, platform-free: which path serves which file of web/dist and
 * with which headers. Each platform only says how a file is read: serveStatic on Node
 * (src/api/web.ts), the ASSETS binding on Workers (`assetsBinding` below, wired in
 * src/worker-app.ts).
 */
import type { Context, Env, Hono, MiddlewareHandler } from 'hono';
import { assetHeaders, pageHeaders } from './headers.js';

/** The HTML files of web/dist served as pages. */
export type PageFile = 'index.html' | 'staff.html' | 'hotline.html';

/** How a platform answers a file of web/dist: a Response, or `next()` when the file is missing. */
export interface PageFiles<E extends Env = Env> {
  page(file: PageFile): MiddlewareHandler<E>;
  /** The hashed bundles under /assets/* (the request's own path). */
  assets(): MiddlewareHandler<E>;
}

/** The headers set on a file's answer (after it: a platform's own Cache-Control gives way). */
function withHeaders<E extends Env>(serve: MiddlewareHandler<E>, headers: (c: Context) => void): MiddlewareHandler<E> {
  return async (c, next) => {
    const res = await serve(c, next);
    // Not found: `serve` went on to the next handler, which answered.
    if (!(res instanceof Response)) return;
    c.res = res;
    headers(c);
    return c.res;
  };
}

/** The pages served at `/<name>` besides the resident page at `/`. */
const NAMED_PAGES = ['staff', 'hotline'] as const;

/** The resident page at `/`, the window's at `/staff`, the hotline's at `/hotline`, the bundles at `/assets/*`. */
export function mountPages<E extends Env>(app: Hono<E>, files: PageFiles<E>) {
  app.use('/assets/*', withHeaders(files.assets(), assetHeaders));
  app.get('/', withHeaders(files.page('index.html'), pageHeaders));
  for (const name of NAMED_PAGES) {
    app.get(`/${name}`, withHeaders(files.page(`${name}.html`), pageHeaders));
    app.get(`/${name}/`, (c) => c.redirect(`/${name}`, 301));
  }
}

/** The part of the Workers ASSETS binding the pages use (wrangler types generates the full one). */
export interface AssetsLike {
  fetch(request: Request): Promise<Response>;
}

/**
 * Files through the ASSETS binding of wrangler.toml's [assets] (run_worker_first: the Worker
 * answers every path, so the pages carry the same headers as on Node). A page is asked for by its
 * file name; the binding's HTML handling is "none", so no pretty-URL redirect gets in the way.
 */
export function assetsBinding<E extends Env>(assets: AssetsLike): PageFiles<E> {
  const serve =
    (path: (c: Context) => string): MiddlewareHandler<E> =>
    async (c, next) => {
      if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
      const url = new URL(path(c), c.req.url);
      const res = await assets.fetch(new Request(url, { method: c.req.method, headers: c.req.raw.headers }));
      // 304 answers a conditional request for a file that exists.
      if (!res.ok && res.status !== 304) return next();
      // A copy: the binding's headers are immutable.
      return new Response(res.body, res);
    };
  return { page: (file) => serve(() => `/${file}`), assets: () => serve((c) => c.req.path) };
}
