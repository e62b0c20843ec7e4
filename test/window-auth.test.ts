/**
 * Accounts and sessions: the cookie, what the database keeps, the rate limit, disabled accounts,
 * expiry (an injected clock), sign-out, password reset, the last administrator, the admin command.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/api/app.js';
import { MAX_FAILURES, RATE_WINDOW_MS } from '../src/api/auth.js';
import { createAccount } from '../src/auth/accounts.js';
import { hashPassword, PASSWORD_ITERATIONS, verifyPassword, WORKERS_ITERATIONS } from '../src/auth/password.js';
import { SESSION_SECONDS } from '../src/auth/session.js';
import { runAdminCreate } from '../src/cli/admin.js';
import { openSqliteStore } from '../src/db/sqlite.js';
import { signInSuite } from './suites/auth.js';
import { PASSWORD, windowApp } from './window-helpers.js';

const MS = 1000;

describe('passwords', () => {
  it('are stored as PBKDF2 with a per-user salt and verified in full', async () => {
    const a = await hashPassword('correct horse battery');
    const b = await hashPassword('correct horse battery');
    expect(a).toMatch(
      new RegExp(`^pbkdf2-sha512\\$${PASSWORD_ITERATIONS}\\$[A-Za-z0-9+/]{22}==\\$[A-Za-z0-9+/=]{88}$`),
    );
    expect(a).not.toBe(b); // different salts
    expect(await verifyPassword('correct horse battery', a)).toBe(true);
    expect(await verifyPassword('correct horse batterz', a)).toBe(false);
    expect(await verifyPassword('x', 'garbage')).toBe(false);
    expect(await verifyPassword('x', 'pbkdf2-sha512$999999999$AA==$AA==')).toBe(false);
  });
});

describe('the shared sign-in suite on Node', () => {
  const t = windowApp();
  afterAll(() => t.store.close());
  signInSuite(t);
});

describe('signing in', () => {
  it(`limits ${MAX_FAILURES} failures in 15 minutes per username, then per address, with Retry-After`, async () => {
    const t = windowApp();
    try {
      const user = await t.account('staff');
      for (let i = 0; i < MAX_FAILURES; i++) {
        const res = await t.signIn(user.username, 'wrong-password', { 'x-test-address': `198.51.100.${i}` });
        expect(res.status).toBe(401);
      }
      // Even the right password, from a fresh address: the username is locked for now.
      const locked = await t.signIn(user.username, PASSWORD, {
        'x-test-address': '198.51.100.99',
        'accept-language': 'en',
      });
      expect(locked.status).toBe(429);
      expect((await locked.json()).error).toMatchObject({ code: 'rate_limited' });
      const retry = Number(locked.headers.get('retry-after'));
      expect(retry).toBeGreaterThan(0);
      expect(retry).toBeLessThanOrEqual(RATE_WINDOW_MS / MS);
      t.advance(retry * MS);
      expect((await t.signIn(user.username, PASSWORD, { 'x-test-address': '198.51.100.99' })).status).toBe(200);

      // One address trying many usernames.
      for (let i = 0; i < MAX_FAILURES; i++) {
        await t.signIn(`guess${i}`, 'wrong-password', { 'x-test-address': '203.0.113.7' });
      }
      const other = await t.account('staff');
      expect((await t.signIn(other.username, PASSWORD, { 'x-test-address': '203.0.113.7' })).status).toBe(429);
      expect((await t.signIn(other.username, PASSWORD, { 'x-test-address': '203.0.113.8' })).status).toBe(200);
    } finally {
      t.store.close();
    }
  });

  it('limits per username only when the platform gives no client address', async () => {
    const store = openSqliteStore(':memory:');
    try {
      const app = createApp({ store });
      await createAccount(store, { username: 'desk.a', displayName: 'A', role: 'staff', password: PASSWORD });
      const signIn = (username: string, password: string) =>
        app.request('/api/v1/auth/sign-in', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ username, password }),
        });
      for (let i = 0; i < MAX_FAILURES; i++) expect((await signIn(`nobody${i}`, 'wrong-password')).status).toBe(401);
      expect((await signIn('desk.a', PASSWORD)).status).toBe(200);
      for (let i = 0; i < MAX_FAILURES; i++) await signIn('desk.a', 'wrong-password');
      expect((await signIn('desk.a', PASSWORD)).status).toBe(429);
    } finally {
      store.close();
    }
  });
});

describe('sessions', () => {
  it('expire after 8 hours', async () => {
    const t = windowApp();
    try {
      const s = await t.session('staff');
      t.advance((SESSION_SECONDS - 60) * MS);
      expect((await t.call(s, 'GET', '/api/v1/auth/me')).status).toBe(200);
      t.advance(2 * 60 * MS);
      expect((await t.call(s, 'GET', '/api/v1/auth/me')).status).toBe(401);
    } finally {
      t.store.close();
    }
  });
});

describe('accounts', () => {
  it('an admin creates one; usernames are unique; short passwords are refused with a field error', async () => {
    const t = windowApp();
    try {
      const admin = await t.session('admin');
      const body = { username: 'li.window', displayName: '李四', role: 'staff', window: '2号窗口', password: PASSWORD };
      const created = await t.call(admin, 'POST', '/api/v1/accounts', body);
      expect(created.status).toBe(201);
      expect((await created.json()).account).toMatchObject({ username: 'li.window', role: 'staff', window: '2号窗口' });
      expect((await t.call(admin, 'POST', '/api/v1/accounts', { ...body, username: 'LI.WINDOW' })).status).toBe(409);
      const short = await t.call(admin, 'POST', '/api/v1/accounts?lang=en', {
        ...body,
        username: 'x.y',
        password: 'short',
      });
      expect(short.status).toBe(400);
      expect((await short.json()).error.fields).toEqual([{ path: 'password', message: 'At least 10 characters' }]);
      const list = await (await t.call(admin, 'GET', '/api/v1/accounts')).json();
      expect(list.accounts.map((a: { username: string }) => a.username)).toContain('li.window');
    } finally {
      t.store.close();
    }
  });

  it('a disabled account cannot sign in (same message) and its sessions end', async () => {
    const t = windowApp();
    try {
      const admin = await t.session('admin');
      const staff = await t.session('staff');
      const res = await t.call(admin, 'PATCH', `/api/v1/accounts/${staff.user.id}`, { disabled: true });
      expect(res.status).toBe(200);
      expect((await res.json()).account.disabled).toBe(true);
      expect((await t.call(staff, 'GET', '/api/v1/auth/me')).status).toBe(401);
      const again = await t.signIn(staff.user.username);
      expect(again.status).toBe(401);
      expect((await again.json()).error.code).toBe('bad_credentials');
      await t.call(admin, 'PATCH', `/api/v1/accounts/${staff.user.id}`, { disabled: false });
      expect((await t.signIn(staff.user.username)).status).toBe(200);
    } finally {
      t.store.close();
    }
  });

  it('a password reset ends the account’s sessions and the new password works', async () => {
    const t = windowApp();
    try {
      const admin = await t.session('admin');
      const staff = await t.session('staff');
      const reset = await t.call(admin, 'POST', `/api/v1/accounts/${staff.user.id}/password`, {
        password: 'a-brand-new-password',
      });
      expect(reset.status).toBe(204);
      expect((await t.call(staff, 'GET', '/api/v1/auth/me')).status).toBe(401);
      expect((await t.signIn(staff.user.username)).status).toBe(401);
      expect((await t.signIn(staff.user.username, 'a-brand-new-password')).status).toBe(200);
      const detail = t.store.sqlite
        .prepare("SELECT detail FROM audit_log WHERE action = 'account.password'")
        .pluck()
        .get();
      expect(detail).not.toContain('a-brand-new-password');
    } finally {
      t.store.close();
    }
  });

  it('the last active admin can be neither disabled nor demoted', async () => {
    const t = windowApp();
    try {
      const admin = await t.session('admin');
      for (const patch of [{ disabled: true }, { role: 'staff' }]) {
        const res = await t.call(admin, 'PATCH', `/api/v1/accounts/${admin.user.id}?lang=en`, patch);
        expect(res.status).toBe(409);
        expect((await res.json()).error.code).toBe('last_admin');
      }
      const second = await t.account('admin');
      expect((await t.call(admin, 'PATCH', `/api/v1/accounts/${second.id}`, { disabled: true })).status).toBe(200);
      expect((await t.call(admin, 'PATCH', `/api/v1/accounts/${admin.user.id}`, { role: 'staff' })).status).toBe(409);
      await t.call(admin, 'PATCH', `/api/v1/accounts/${second.id}`, { disabled: false });
      expect((await t.call(admin, 'PATCH', `/api/v1/accounts/${admin.user.id}`, { role: 'staff' })).status).toBe(200);
    } finally {
      t.store.close();
    }
  });
});

describe('npm run admin:create', () => {
  it('creates an account from ADMIN_PASSWORD or standard input, never an argument, and refuses short ones', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jz-admin-'));
    const path = join(dir, 'db.sqlite');
    const lines: string[] = [];
    const io = (env: Record<string, string>, stdin = '') => ({
      env: { DATABASE_PATH: path, ...env },
      stdin: async () => stdin,
      out: (l: string) => lines.push(l),
      err: (l: string) => lines.push(l),
    });
    try {
      const args = ['--username', 'root', '--display-name', '管理员'];
      expect(await runAdminCreate(args, io({ ADMIN_PASSWORD: 'short' }))).toBe(2);
      expect(lines.join('\n')).toContain('at least 10 characters');
      expect(await runAdminCreate([...args, '--password', PASSWORD], io({ ADMIN_PASSWORD: PASSWORD }))).toBe(2);
      expect(await runAdminCreate(args, io({ ADMIN_PASSWORD: PASSWORD }))).toBe(0);
      expect(await runAdminCreate(args, io({ ADMIN_PASSWORD: PASSWORD }))).toBe(1); // exists
      const staffArgs = ['--username', 'desk', '--display-name', '窗口', '--role', 'staff'];
      expect(await runAdminCreate(staffArgs, io({}, 'from-standard-input\n'))).toBe(0);
      const t = windowApp({ path });
      try {
        expect((await t.signIn('root')).status).toBe(200);
        const desk = await t.signIn('desk', 'from-standard-input');
        expect((await desk.json()).user.role).toBe('staff');
      } finally {
        t.store.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('with --d1, writes the rows as SQL for `wrangler d1 execute`, hashed as Workers can verify', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jz-admin-d1-'));
    const sql = join(dir, 'admin.sql');
    const lines: string[] = [];
    const io = {
      env: { ADMIN_PASSWORD: PASSWORD },
      stdin: async () => '',
      out: (l: string) => lines.push(l),
      err: () => {},
    };
    try {
      const args = ['--username', 'd1.admin', '--display-name', "O'Brien 管理员", '--d1', sql];
      expect(await runAdminCreate(args, io)).toBe(0);
      expect(lines.join('\n')).toContain(`npx wrangler d1 execute DB --remote --file ${sql}`);
      const text = readFileSync(sql, 'utf8');
      expect(text).toContain(`$${WORKERS_ITERATIONS}$`);
      expect(text).not.toContain(PASSWORD);
      // Applied to a database of the same migrations, the account signs in.
      const t = windowApp({ path: join(dir, 'db.sqlite') });
      try {
        t.store.sqlite.exec(text);
        expect((await t.signIn('d1.admin')).status).toBe(200);
        expect(await t.value("SELECT count(*) FROM audit_log WHERE action = 'account.create'")).toBe(1);
      } finally {
        t.store.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
