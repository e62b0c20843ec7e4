/**
 * The API suite inside workerd (`npm run test:workerd`): @cloudflare/vitest-pool-workers runs the
 * test files in the Workers runtime, with wrangler.toml's bindings (D1 in memory, the built pages as
 * ASSETS) and the Worker (src/worker.ts) as SELF. The D1 migrations are applied before each file
 * (setup.ts). The pool always adds nodejs_compat_v2: test/workers.test.ts runs `wrangler dev` with
 * the platform's own flags.
 */
import { fileURLToPath } from 'node:url';
import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-pool-workers';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('../..', import.meta.url));

export default defineConfig({
  plugins: [
    cloudflareTest(async () => ({
      wrangler: { configPath: `${root}/wrangler.toml` },
      miniflare: {
        bindings: {
          TEST_MIGRATIONS: await readD1Migrations(`${root}/src/db/migrations`),
          ID_HASH_KEY: 'test-id-hash-key',
        },
      },
    })),
  ],
  test: {
    root,
    include: ['test/workerd/**/*.test.ts'],
    globalSetup: ['test/workerd/global-setup.ts'],
    setupFiles: ['test/workerd/setup.ts'],
    testTimeout: 20_000,
  },
});
