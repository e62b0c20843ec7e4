/**
 * The Workers wiring of the one Hono app: D1 as the store, the pages through the ASSETS binding,
 * the secret key of the ID numbers' hash, the client address from CF-Connecting-IP. src/worker.ts
 * (the entry) builds it once per isolate; the workerd tests build it around a counting D1.
 */
import { createApp } from './api/app.js';
import { type AssetsLike, assetsBinding, mountPages } from './api/pages.js';
import { WORKERS_ITERATIONS } from './auth/password.js';
import { type D1Like, d1Store } from './db/d1.js';

/** The bindings the app reads: wrangler.toml's (src/worker-configuration.d.ts) and the secrets. */
export interface WorkerBindings {
  DB: D1Like;
  ASSETS: AssetsLike;
  /** `reference` runs every screening through json-rules-engine (an audit); compiled otherwise. */
  ENGINE?: string;
  /** The key of the ID numbers' keyed hash (a secret: `wrangler secret put ID_HASH_KEY`). */
  ID_HASH_KEY?: string;
}

/**
 * How long an isolate screens with the overrides it read before asking D1 again: a screening
 * within it costs no D1 round trip; a value set through this isolate applies at once, one set
 * through another isolate within this time.
 */
export const D1_RECHECK_MS = 10_000;

export function workerApp(env: WorkerBindings) {
  return createApp({
    store: d1Store(env.DB),
    web: (app) => mountPages(app, assetsBinding(env.ASSETS)),
    engine: env.ENGINE === 'reference' ? 'reference' : 'compiled',
    recheckMs: D1_RECHECK_MS,
    idHashKey: env.ID_HASH_KEY || undefined,
    // Cloudflare sets it to the client's address; a client cannot forge it through the edge.
    clientAddress: (c) => c.req.header('cf-connecting-ip'),
    // Workers refuses PBKDF2 above 100,000 iterations in production.
    passwordIterations: WORKERS_ITERATIONS,
  });
}
