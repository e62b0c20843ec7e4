/**
 * Workers entry: the same Hono app (src/worker-app.ts), built once per isolate. `Env` is generated
 * from wrangler.toml by `npm run types` (src/worker-configuration.d.ts, checked by tsconfig.worker.json).
 */
import { type WorkerBindings, workerApp } from './worker-app.js';

/** wrangler.toml's bindings and the secrets, which `wrangler types` cannot see. */
type WorkerEnv = Env & Pick<WorkerBindings, 'ENGINE' | 'ID_HASH_KEY'>;

let app: ReturnType<typeof workerApp> | undefined;

export default {
  fetch(request, env, ctx) {
    app ??= workerApp(env);
    return app.fetch(request, env, ctx);
  },
} satisfies ExportedHandler<WorkerEnv>;
