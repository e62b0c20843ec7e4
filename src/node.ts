/**
 * Node entry: the Hono app on @hono/node-server with the embedded better-sqlite3 database.
 * PORT (default 8787) and DATABASE_PATH (default data/jiaozuo.sqlite) override the defaults.
 */
import { serve } from '@hono/node-server';
import { createApp } from './api/app.js';
import { mountWeb } from './api/web.js';
import { openSqliteStore } from './db/sqlite.js';

const DEFAULT_PORT = 8787;
const port = Number(process.env.PORT ?? DEFAULT_PORT);
const host = process.env.HOST ?? '127.0.0.1';
const databasePath = process.env.DATABASE_PATH ?? 'data/jiaozuo.sqlite';

const store = openSqliteStore(databasePath);
// ENGINE=reference runs every screening through json-rules-engine, for an audit.
const engine = process.env.ENGINE === 'reference' ? 'reference' : 'compiled';
const app = createApp({ store, web: mountWeb, engine, compress: true });
const server = serve({ fetch: app.fetch, port, hostname: host }, (info) => {
  console.log(`Jiaozuo Entitlement Assistant on http://${host}:${info.port} (database ${databasePath})`);
});

function shutdown() {
  server.close(() => {
    store.close();
    process.exit(0);
  });
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
