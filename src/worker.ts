/** Workers entry: the same Hono app, with D1 as the store. */
import type { ExecutionContext } from 'hono';
import { createApp } from './api/app.js';
import { type D1Like, d1Store } from './db/d1.js';

export interface Env {
  DB: D1Like;
  /** `reference` runs every screening through json-rules-engine (an audit); compiled otherwise. */
  ENGINE?: string;
}

let app: ReturnType<typeof createApp> | undefined;

export default {
  fetch(request: Request, env: Env, ctx: ExecutionContext): Response | Promise<Response> {
    app ??= createApp({ store: d1Store(env.DB), engine: env.ENGINE === 'reference' ? 'reference' : 'compiled' });
    return app.fetch(request, env, ctx);
  },
};
