/**
 * Smoke test of the Worker build: `wrangler dev` (workerd with a local D1, migrations applied)
 * serves the same app. The full Workers suite (vitest-pool-workers) comes with the Workers issue.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const WRANGLER = join(process.cwd(), 'node_modules/wrangler/bin/wrangler.js');
const env = { ...process.env, CLOUDFLARE_CF_FETCH_ENABLED: 'false', WRANGLER_SEND_METRICS: 'false', NO_COLOR: '1' };
const STARTUP_MS = 60_000;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

let proc: ChildProcess | undefined;
let base = '';
let state = '';
let output = '';

beforeAll(async () => {
  state = mkdtempSync(join(tmpdir(), 'jz-wrangler-'));
  execFileSync('node', [WRANGLER, 'd1', 'migrations', 'apply', 'DB', '--local', '--persist-to', state], {
    env,
    stdio: 'pipe',
  });
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  // Its own process group, so that stopping it also stops the workerd it starts.
  proc = spawn('node', [WRANGLER, 'dev', '--ip', '127.0.0.1', '--port', String(port), '--persist-to', state], {
    env,
    detached: true,
  });
  proc.stdout?.on('data', (d) => {
    output += d;
  });
  proc.stderr?.on('data', (d) => {
    output += d;
  });
  const deadline = Date.now() + STARTUP_MS;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${base}/api/v1/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`wrangler dev did not start:\n${output}`);
}, STARTUP_MS + 30_000);

afterAll(() => {
  if (proc?.pid) process.kill(-proc.pid, 'SIGTERM');
  if (state) rmSync(state, { recursive: true, force: true });
});

describe('the Worker (wrangler dev, local D1)', () => {
  it('reports health with the D1 database', async () => {
    const res = await fetch(`${base}/api/v1/health`);
    expect(await res.json()).toMatchObject({ status: 'ok', database: true });
  });

  it('answers a screening in zh-CN and in en', async () => {
    const household = {
      hukouType: 'urban',
      hukouInJiaozuo: true,
      residesInJiaozuo: true,
      monthlyIncomeTotal: 450,
      members: [{ birthDate: '1950-03-01' }],
    };
    for (const locale of ['zh-CN', 'en']) {
      const res = await fetch(`${base}/api/v1/screenings`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ household, asOf: '2021-06-01', locale }),
      });
      expect(res.status).toBe(200);
      const body = await res.json();
      expect(body.locale).toBe(locale);
      expect(body.results.find((r: { programId: string }) => r.programId === 'elder-health-check').outcome).toBe(
        'eligible',
      );
    }
  });

  it('returns a localized 400 for bad input', async () => {
    const res = await fetch(`${base}/api/v1/screenings?lang=en`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"household":',
    });
    expect(res.status).toBe(400);
    expect((await res.json()).error.code).toBe('malformed_json');
  });
});
