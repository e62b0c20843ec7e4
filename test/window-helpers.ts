/** Shared by the window's tests: an app on a fresh database, accounts, signed-in calls. */
import { createApp } from '../src/api/app.js';
import { createAccount } from '../src/auth/accounts.js';
import type { Role } from '../src/db/schema.js';
import { openSqliteStore, type SqliteStore } from '../src/db/sqlite.js';

export const PASSWORD = 'a-long-enough-password';
/** The ID number of test/api.test.ts's elder (valid check character). */
export const ID_NUMBER = '11010519491231002X';
export const NAME = '欧阳娜娜';
export const PHONE = '13812345678';

export const elder = {
  hukouType: 'urban',
  hukouInJiaozuo: true,
  residesInJiaozuo: true,
  county: '410802',
  monthlyIncomeTotal: 450,
  holdsDibao: false,
  members: [
    {
      relation: 'self',
      idNumber: ID_NUMBER,
      hasCapableSupporter: false,
      holdsTekun: false,
      hasDisabilityCertificate: false,
    },
  ],
};

/** Well above every income line: no program's outcome depends on the dibao standard. */
export const wellOff = {
  hukouType: 'urban',
  hukouInJiaozuo: true,
  residesInJiaozuo: true,
  county: '410821',
  monthlyIncomeTotal: 50_000,
  members: [{ relation: 'self', birthDate: '1990-05-01', sex: 'male', employment: 'employed' }],
};

export interface Session {
  cookie: string;
  csrf: string;
  user: { id: string; role: Role; username: string };
}

export interface WindowTestApp {
  app: ReturnType<typeof createApp>;
  store: SqliteStore;
  /** Moves the injected clock. */
  advance(ms: number): void;
  account(role: Role, username?: string): Promise<Session['user']>;
  signIn(username: string, password?: string, headers?: Record<string, string>): Promise<Response>;
  session(role: Role, username?: string): Promise<Session>;
  call(
    s: Session | undefined,
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<Response>;
}

let counter = 0;

/** An app on a fresh in-memory database with an injected clock; the client address from X-Test-Address. */
export function windowApp(options: { path?: string } = {}): WindowTestApp {
  const store = openSqliteStore(options.path ?? ':memory:');
  let now = Date.now();
  const app = createApp({
    store,
    now: () => now,
    idHashKey: 'test-id-hash-key',
    clientAddress: (c) => c.req.header('x-test-address') ?? '192.0.2.1',
  });
  const t: WindowTestApp = {
    app,
    store,
    advance(ms) {
      now += ms;
    },
    async account(role, username = `${role}${++counter}`) {
      const user = await createAccount(
        store,
        { username, displayName: `${role} ${counter}`, role, window: '解放区1号窗口', password: PASSWORD },
        { now: () => now },
      );
      return { id: user.id, role: user.role, username: user.username };
    },
    async signIn(username, password = PASSWORD, headers = {}) {
      return app.request('/api/v1/auth/sign-in', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ username, password }),
      });
    },
    async session(role, username) {
      const user = await t.account(role, username);
      const res = await t.signIn(user.username);
      if (res.status !== 200) throw new Error(`sign-in failed: ${res.status} ${await res.text()}`);
      const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0];
      const { csrfToken } = await res.json();
      return { cookie, csrf: csrfToken, user };
    },
    async call(s, method, path, body, headers = {}) {
      return app.request(path, {
        method,
        headers: {
          ...(s ? { cookie: s.cookie, 'x-csrf-token': s.csrf } : {}),
          ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
          ...headers,
        },
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      });
    },
  };
  return t;
}

/** Saves a case and answers its body (throws unless 201). */
export async function saveCase(t: WindowTestApp, s: Session, body: Record<string, unknown>) {
  const res = await t.call(s, 'POST', '/api/v1/cases?lang=en', body);
  if (res.status !== 201) throw new Error(`save failed: ${res.status} ${await res.text()}`);
  return (await res.json()).case;
}
