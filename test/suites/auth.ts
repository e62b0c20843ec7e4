/**
 * Signing in and out, run on both platforms (test/window-auth.test.ts on Node,
 * test/workerd/api.test.ts in workerd): the cookie, what the database keeps of a session, one
 * message for every failure, sign-out. Rate limits and expiry need the injected clock: Node only.
 */
import { describe, expect, it } from 'vitest';
import { SESSION_SECONDS } from '../../src/auth/session.js';
import { PASSWORD, type TestApp } from '../harness.js';

export function signInSuite(t: TestApp) {
  describe('signing in', () => {
    it('sets an HttpOnly, SameSite=Strict session cookie whose token the database keeps only hashed', async () => {
      const user = await t.account('staff');
      const res = await t.signIn(user.username);
      expect(res.status).toBe(200);
      const cookie = res.headers.get('set-cookie') ?? '';
      expect(cookie).toMatch(/^jz_session=[A-Za-z0-9_-]{43};/);
      for (const attr of ['HttpOnly', 'SameSite=Strict', 'Path=/', `Max-Age=${SESSION_SECONDS}`]) {
        expect(cookie).toContain(attr);
      }
      expect(cookie).not.toContain('Secure'); // localhost: plain HTTP in development
      const body = await res.json();
      expect(body.user).toMatchObject({
        username: user.username,
        role: 'staff',
        window: '解放区1号窗口',
        disabled: false,
      });
      expect(body.user.passwordHash).toBeUndefined();
      const token = cookie.split(';')[0].split('=')[1];
      const rows = await t.rows<{ token_hash: string; csrf_token: string }>(
        'SELECT token_hash, csrf_token FROM sessions WHERE user_id = ?',
        user.id,
      );
      expect(rows).toHaveLength(1);
      expect(rows[0].token_hash).toMatch(/^[0-9a-f]{64}$/);
      expect(rows[0].token_hash).not.toContain(token);
      expect(rows[0].csrf_token).toBe(body.csrfToken);
      // The same token is what /auth/me knows.
      const me = await t.request('/api/v1/auth/me', { headers: { cookie: `jz_session=${token}` } });
      expect((await me.json()).csrfToken).toBe(body.csrfToken);
    });

    it('marks the cookie Secure on any host but localhost', async () => {
      const user = await t.account('staff');
      const res = await t.request('https://window.example.gov.cn/api/v1/auth/sign-in', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: user.username, password: PASSWORD }),
      });
      expect(res.headers.get('set-cookie')).toContain('Secure');
    });

    it('answers one message whatever was wrong, and audits the failure without the password', async () => {
      const before = await t.value<number>('SELECT coalesce(max(id), 0) FROM audit_log');
      const user = await t.account('staff');
      const wrong = await t.signIn(user.username, 'not-the-password', { 'x-test-address': '192.0.2.10' });
      const unknown = await t.signIn('nobody-here', 'not-the-password', { 'x-test-address': '192.0.2.11' });
      expect(wrong.status).toBe(401);
      expect(unknown.status).toBe(401);
      const a = await wrong.json();
      expect(a).toEqual(await unknown.json());
      expect(a.error.code).toBe('bad_credentials');
      const audit = await t.rows("SELECT * FROM audit_log WHERE action = 'sign_in_failed' AND id > ?", before);
      expect(audit).toHaveLength(2);
      expect(JSON.stringify(audit)).not.toContain('not-the-password');
    });
  });

  describe('signing out', () => {
    it('end with sign-out: the cookie is cleared and the token no longer works', async () => {
      const s = await t.session('hotline');
      const out = await t.call(s, 'POST', '/api/v1/auth/sign-out');
      expect(out.status).toBe(204);
      expect(out.headers.get('set-cookie')).toMatch(/jz_session=;.*Max-Age=0/);
      expect((await t.call(s, 'GET', '/api/v1/auth/me')).status).toBe(401);
      const actions = await t.rows<{ action: string }>(
        "SELECT action FROM audit_log WHERE user_id = ? OR json_extract(detail, '$.accountId') = ? ORDER BY id",
        s.user.id,
        s.user.id,
      );
      expect(actions.map((a) => a.action)).toEqual(['account.create', 'sign_in', 'sign_out']);
    });
  });
}
