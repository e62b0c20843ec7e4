/**
 * Builds the page and starts the real Node server (createApp + @hono/node-server + mountWeb, as in
 * src/node.ts) on a free port with a temporary SQLite database; stops it after the run.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import type { TestProject } from 'vitest/node';
import { buildWeb } from '../../web/build.js';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  await buildWeb({ quiet: true });
  const dir = mkdtempSync(join(tmpdir(), 'jz-browser-'));
  const { createApp } = await import('../../src/api/app.js');
  const { mountWeb } = await import('../../src/api/web.js');
  const { openSqliteStore } = await import('../../src/db/sqlite.js');
  const store = openSqliteStore(join(dir, 'test.sqlite'));
  const app = createApp({ store, web: mountWeb });
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server has no port');
  project.provide('baseUrl', `http://127.0.0.1:${address.port}`);
  return async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    store.close();
    rmSync(dir, { recursive: true, force: true });
  };
}
