/** Workers entry: the same Hono app, with D1 as the store. */
import type { ExecutionContext } from 'hono';
import { createApp } from './api/app.js';
import { WORKERS_ITERATIONS } from './auth/password.js';
import { type D1Like, d1Store } from './db/d1.js';

export interface Env {
  DB: D1Like;
  /** `reference` runs every screening through json-rules-engine (an audit); compiled otherwise. */
  ENGINE?: string;
  /** The key of the ID numbers' keyed hash (a secret: `wrangler secret put ID_HASH_KEY`). */
  ID_HASH_KEY?: string;
}

/** How long an isolate screens with the overrides it read before asking D1 again. */
const D1_RECHECK_MS = 10_000;

let app: ReturnType<typeof createApp> | undefined;

export default {
  fetch(request: Request, env: Env, ctx: ExecutionContext): Response | Promise<Response> {
    app ??= createApp({
      store: d1Store(env.DB),
      engine: env.ENGINE === 'reference' ? 'reference' : 'compiled',
      // A stamp check is a round trip to D1: overrides are re-checked every D1_RECHECK_MS at most.
      recheckMs: D1_RECHECK_MS,
      idHashKey: env.ID_HASH_KEY || undefined,
      // Cloudflare sets it to the client's address; a client cannot forge it through the edge.
      clientAddress: (c) => c.req.header('cf-connecting-ip'),
      // Workers refuses PBKDF2 above 100,000 iterations in production.
      passwordIterations: WORKERS_ITERATIONS,
    });
    return app.fetch(request, env, ctx);
  },
};
