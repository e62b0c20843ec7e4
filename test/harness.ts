/**
 * The API as the shared suites (test/suites/) see it, whatever runs it: Node (createApp on
 * better-sqlite3, test/window-helpers.ts) or workerd (the Worker on D1, test/workerd/harness.ts).
 * Platform-free: nothing here may import a Node module, so that workerd can load it.
 */
import type { AccountInput } from '../src/auth/accounts.js';
import type { Role } from '../src/db/schema.js';
import type { User } from '../src/db/users.js';

export const PASSWORD = 'a-long-enough-password';
/** The ID number of the suites' elder (valid check character). */
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

/** One request to the app: a path (with its query) as `app.request` takes it, on http://localhost. */
export interface Requester {
  request(path: string, init?: RequestInit): Response | Promise<Response>;
}

/** What a platform gives the suites: requests, accounts made as admin:create makes them, SQL. */
export interface Platform extends Requester {
  createAccount(input: AccountInput): Promise<User>;
  /** The rows of a query on the app's database (checks of what was stored, never set-up). */
  rows<T = Record<string, unknown>>(sql: string, ...params: unknown[]): Promise<T[]>;
  /** A statement on the app's database (the suites check what the database refuses). */
  exec(sql: string): Promise<void>;
}

export interface Session {
  cookie: string;
  csrf: string;
  user: { id: string; role: Role; username: string };
}

export interface TestApp extends Platform {
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
  /** The first column of the first row of a query. */
  value<T = unknown>(sql: string, ...params: unknown[]): Promise<T>;
}

let counter = 0;

/** Accounts, sessions and signed-in calls over a platform. */
export function testApp(p: Platform): TestApp {
  const t: TestApp = {
    request: (path, init) => p.request(path, init),
    createAccount: (input) => p.createAccount(input),
    rows: (sql, ...params) => p.rows(sql, ...params),
    exec: (sql) => p.exec(sql),
    async value<T>(sql: string, ...params: unknown[]) {
      const [row] = await p.rows<Record<string, unknown>>(sql, ...params);
      return Object.values(row ?? {})[0] as T;
    },
    async account(role, username = `${role}${++counter}`) {
      const user = await p.createAccount({
        username,
        displayName: `${role} ${counter}`,
        role,
        window: '解放区1号窗口',
        password: PASSWORD,
      });
      return { id: user.id, role: user.role, username: user.username };
    },
    async signIn(username, password = PASSWORD, headers = {}) {
      return p.request('/api/v1/auth/sign-in', {
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
      const { csrfToken } = (await res.json()) as { csrfToken: string };
      return { cookie, csrf: csrfToken, user };
    },
    async call(s, method, path, body, headers = {}) {
      return p.request(path, {
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
export async function saveCase(t: TestApp, s: Session, body: Record<string, unknown>) {
  const res = await t.call(s, 'POST', '/api/v1/cases?lang=en', body);
  if (res.status !== 201) throw new Error(`save failed: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { case: { id: string; number: string } & Record<string, unknown> }).case;
}
