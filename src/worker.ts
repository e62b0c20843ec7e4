/** Workers entry: the same Hono app, with D1 as the store. */
import type { ExecutionContext } from 'hono';
import { createApp } from './api/app.js';
import { type D1Like, d1Store } from './db/d1.js';

export interface Env {
  DB: D1Like;
}

let app: ReturnType<typeof createApp> | undefined;

export default {
  fetch(request: Request, env: Env, ctx: ExecutionContext): Response | Promise<Response> {
    app ??= createApp({ store: d1Store(env.DB) });
    return app.fetch(request, env, ctx);
  },
};
