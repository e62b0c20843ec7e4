/**
 * Builds the pages and starts the real Node server (createApp + @hono/node-server + mountWeb, as in
 * src/node.ts) on a free port with a temporary SQLite database; stops it after the run. The window's
 * accounts are made by the code behind `npm run admin:create` (createAccount): an administrator,
 * window staff and a hotline account, whose credentials the tests receive.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { TestProject } from 'vitest/node';
import { buildWeb } from '../../web/build.js';

export interface TestAccount {
  username: string;
  password: string;
  displayName: string;
  role: 'admin' | 'staff' | 'hotline';
  window?: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    accounts: { admin: TestAccount; staff: TestAccount; hotline: TestAccount };
  }
}

/** The header a test sends to count as a client of its own for the sign-in rate limit (test server only). */
export const TEST_CLIENT_HEADER = 'x-test-client';

export default async function setup(project: TestProject) {
  await buildWeb({ quiet: true });
  const dir = mkdtempSync(join(tmpdir(), 'jz-browser-'));
  const { createApp } = await import('../../src/api/app.js');
  const { mountWeb } = await import('../../src/api/web.js');
  const { openSqliteStore } = await import('../../src/db/sqlite.js');
  const { createAccount } = await import('../../src/auth/accounts.js');
  const store = openSqliteStore(join(dir, 'test.sqlite'));
  const accounts = {
    admin: {
      username: 'admin',
      password: 'admin-password-1',
      displayName: '李管理',
      role: 'admin',
      window: '市民政局1号窗口',
    },
    staff: {
      username: 'window3',
      password: 'staff-password-3',
      displayName: '王小红',
      role: 'staff',
      window: '武陟县民政局3号窗口',
    },
    hotline: { username: 'hotline', password: 'hotline-password', displayName: '赵热线', role: 'hotline' },
  } satisfies Record<string, TestAccount>;
  for (const account of Object.values(accounts)) await createAccount(store, account);
  const app = createApp({
    store,
    web: mountWeb,
    // As on Node (src/node.ts): the socket's address. A test may stand for another client (the
    // rate-limit test), so that its failures do not lock the other tests out of 127.0.0.1.
    clientAddress: (c) => c.req.header(TEST_CLIENT_HEADER) ?? getConnInfo(c).remote.address,
  });
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server has no port');
  project.provide('baseUrl', `http://127.0.0.1:${address.port}`);
  project.provide('accounts', accounts);
  return async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    store.close();
    rmSync(dir, { recursive: true, force: true });
  };
}
