/**
 * Node entry: the Hono app on @hono/node-server with the embedded better-sqlite3 database.
 * PORT (default 8787) and DATABASE_PATH (default data/jiaozuo.sqlite) override the defaults;
 * ID_HASH_KEY is the key of the ID numbers' keyed hash (production sets it; without it a random key
 * is kept in the database).
 */
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { serve } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
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
/** zlib level 4: a 3-member screening gzips to about the size level 6 gives, in two thirds of the time. */
const GZIP_LEVEL = 4;
const gzipAsync = promisify(gzip);
const app = createApp({
  store,
  web: mountWeb,
  engine,
  gzip: (data) => gzipAsync(data, { level: GZIP_LEVEL }),
  idHashKey: process.env.ID_HASH_KEY || undefined,
  // The socket's address: X-Forwarded-For is not trusted (anyone can send it).
  clientAddress: (c) => getConnInfo(c).remote.address,
});
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
