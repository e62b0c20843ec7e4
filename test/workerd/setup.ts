/** Before each test file in workerd: D1's migrations, as `wrangler d1 migrations apply` applies them. */
import { applyD1Migrations, env } from 'cloudflare:test';

await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);
