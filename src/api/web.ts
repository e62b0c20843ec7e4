/**
 * The resident page (web/, built into web/dist by `npm run build:web`) on Node: index.html at `/`,
 * the window's staff page (staff.html) at `/staff`, the hotline's (hotline.html) at `/hotline`, and the hashed bundles at /assets/*,
 * precompressed (.br/.gz) when the browser accepts it.
 * Node-only (file system): src/node.ts passes `mountWeb` to createApp; app.ts stays platform-free.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Env, Hono } from 'hono';
import { pageHeaders } from './headers.js';

export { CSP, pageHeaders } from './headers.js';

export const WEB_DIST = fileURLToPath(new URL('../../web/dist', import.meta.url));

export function mountWeb<E extends Env>(app: Hono<E>, root: string = WEB_DIST) {
  if (!existsSync(`${root}/index.html`)) {
    console.warn(`The resident page is not built (${root}/index.html missing): run npm run build:web`);
  }
  app.use(
    '/assets/*',
    serveStatic({
      root,
      precompressed: true,
      onFound: (_path, c) => {
        // File names carry a content hash; the app appends Accept-Language to serveStatic's
        // `Vary: Accept-Encoding`, so shared caches keep the precompressed bodies apart.
        c.header('Cache-Control', 'public, max-age=31536000, immutable');
        c.header('X-Content-Type-Options', 'nosniff');
      },
    }),
  );
  app.get('/', serveStatic({ root, path: 'index.html', precompressed: true, onFound: (_path, c) => pageHeaders(c) }));
  for (const page of ['staff', 'hotline']) {
    app.get(
      `/${page}`,
      serveStatic({ root, path: `${page}.html`, precompressed: true, onFound: (_path, c) => pageHeaders(c) }),
    );
    app.get(`/${page}/`, (c) => c.redirect(`/${page}`, 301));
  }
}
