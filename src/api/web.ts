/**
 * The pages (web/, built into web/dist by `npm run build:web`) on Node: the routes and headers of
 * src/api/pages.ts, the files read by serveStatic, precompressed (.br/.gz) when the browser
 * accepts it.
 * Node-only (file system): src/node.ts passes `mountWeb` to createApp; app.ts stays platform-free.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Env, Hono } from 'hono';
import { mountPages, type PageFiles } from './pages.js';

export const WEB_DIST = fileURLToPath(new URL('../../web/dist', import.meta.url));

/** web/dist's files from the disk. */
function diskFiles<E extends Env>(root: string = WEB_DIST): PageFiles<E> {
  // serveStatic appends `Vary: Accept-Encoding`; the app appends Accept-Language, so shared caches
  // keep the precompressed bodies apart. (Its onFound runs after the response is made: headers set
  // there are lost, hence the headers are set by mountPages on the answer.)
  return {
    page: (path) => serveStatic({ root, path, precompressed: true }),
    assets: () => serveStatic({ root, precompressed: true }),
  };
}

export function mountWeb<E extends Env>(app: Hono<E>, root: string = WEB_DIST) {
  if (!existsSync(`${root}/index.html`)) {
    console.warn(`The resident page is not built (${root}/index.html missing): run npm run build:web`);
  }
  mountPages(app, diskFiles<E>(root));
}
