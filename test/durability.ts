/**
 * "Acknowledged means durable": the real server (dist/node/server.mjs, as `npm start` runs it) takes
 * cases from 20 concurrent clients for about 3 seconds and is killed with SIGKILL mid-load; started
 * again on the same database file, it has every case it acknowledged with a 201, and SQLite's
 * integrity check answers ok. The first admin is made through the admin:create code path.
 * Run by test/durability.test.ts; no timing is asserted (the machine is busy).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { runAdminCreate } from '../src/cli/admin.js';
import { buildServer } from '../src/cli/build-server.js';
import { freePort } from './wrangler-dev.js';

export const CLIENTS = 20;
export const LOAD_MS = 3_000;
/** How long a server may take to answer its health check after start (a busy 2-core machine). */
const STARTUP_MS = 60_000;
const POLL_MS = 200;
const PASSWORD = 'durability-password';

const household = {
  hukouType: 'urban',
  hukouInJiaozuo: true,
  residesInJiaozuo: true,
  monthlyIncomeTotal: 450,
  members: [{ relation: 'self', birthDate: '1950-03-01' }],
};

interface Server {
  proc: ChildProcess;
  base: string;
  output: () => string;
}

async function start(server: string, databasePath: string): Promise<Server> {
  const port = await freePort();
  const proc = spawn('node', [server], {
    env: { ...process.env, PORT: String(port), DATABASE_PATH: databasePath, ID_HASH_KEY: 'durability-key' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  proc.stdout?.on('data', (d) => {
    output += d;
  });
  proc.stderr?.on('data', (d) => {
    output += d;
  });
  const base = `http://127.0.0.1:${port}/api/v1`;
  const deadline = Date.now() + STARTUP_MS;
  while (Date.now() < deadline) {
    if (proc.exitCode !== null) break;
    try {
      if ((await fetch(`${base}/health`)).ok) return { proc, base, output: () => output };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
  proc.kill('SIGKILL');
  throw new Error(`the server did not start:\n${output}`);
}

async function signIn(base: string) {
  const res = await fetch(`${base}/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`sign-in: ${res.status} ${await res.text()}`);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0];
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { cookie, csrf: csrfToken };
}

export interface DurabilityResult {
  acknowledged: string[];
  /** Acknowledged cases missing after the restart (must be none). */
  missing: string[];
  /** Cases in the database after the restart. */
  stored: number;
  integrity: string;
  /** Answers other than 201 during the load, by status (a killed connection counts as 0). */
  others: Record<number, number>;
  /** Whether the restarted server serves the first and last acknowledged case. */
  served: boolean;
}

export async function runDurability(): Promise<DurabilityResult> {
  const server = await buildServer();
  const dir = mkdtempSync(join(tmpdir(), 'jz-durability-'));
  const databasePath = join(dir, 'window.sqlite');
  let running: Server | undefined;
  try {
    const code = await runAdminCreate(['--username', 'admin', '--display-name', '管理员'], {
      env: { DATABASE_PATH: databasePath, ADMIN_PASSWORD: PASSWORD },
      stdin: async () => '',
      out: () => {},
      err: (line) => console.error(line),
    });
    if (code !== 0) throw new Error(`admin:create exited with ${code}`);

    running = await start(server, databasePath);
    const first = running;
    const session = await signIn(first.base);
    const acknowledged: string[] = [];
    const others: Record<number, number> = {};
    let stop = false;
    const client = async () => {
      while (!stop) {
        try {
          const res = await fetch(`${first.base}/cases`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', cookie: session.cookie, 'x-csrf-token': session.csrf },
            body: JSON.stringify({ household, asOf: '2021-06-01' }),
          });
          const body = (await res.json()) as { case?: { id: string } };
          if (res.status === 201 && body.case) acknowledged.push(body.case.id);
          else others[res.status] = (others[res.status] ?? 0) + 1;
        } catch {
          others[0] = (others[0] ?? 0) + 1; // the connection died with the server
          if (stop) return;
        }
      }
    };
    const clients = Array.from({ length: CLIENTS }, client);
    await new Promise((r) => setTimeout(r, LOAD_MS));
    // Mid-load: requests are in flight when the process dies.
    first.proc.kill('SIGKILL');
    stop = true;
    await new Promise((r) => first.proc.once('exit', r));
    await Promise.all(clients);
    running = undefined;

    running = await start(server, databasePath);
    const again = await signIn(running.base);
    const served = (
      await Promise.all(
        [acknowledged[0], acknowledged[acknowledged.length - 1]].map(async (id) => {
          const res = await fetch(`${running?.base}/cases/${id}`, { headers: { cookie: again.cookie } });
          return res.status === 200 && ((await res.json()) as { case: { id: string } }).case.id === id;
        }),
      )
    ).every(Boolean);

    // Read beside the running server (WAL lets a reader in).
    const db = new Database(databasePath, { readonly: true });
    try {
      const ids = new Set(db.prepare('SELECT id FROM cases').pluck().all() as string[]);
      const integrity = db.prepare('PRAGMA integrity_check').pluck().get() as string;
      return {
        acknowledged,
        missing: acknowledged.filter((id) => !ids.has(id)),
        stored: ids.size,
        integrity,
        others,
        served,
      };
    } finally {
      db.close();
    }
  } finally {
    running?.proc.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
}
