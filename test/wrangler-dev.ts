/**
 * `wrangler dev` on a free port with a local D1 of its own (migrations applied), for the smoke test
 * (test/workers.test.ts) and the workerd bench (test/bench/workerd.ts). Started as
 * `node node_modules/wrangler/bin/wrangler.js` in its own process group and stopped by that PID
 * (an `npx` wrapper would leave workerd running).
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const WRANGLER = join(process.cwd(), 'node_modules/wrangler/bin/wrangler.js');
export const WRANGLER_ENV = {
  ...process.env,
  CLOUDFLARE_CF_FETCH_ENABLED: 'false',
  WRANGLER_SEND_METRICS: 'false',
  NO_COLOR: '1',
};
/** How long wrangler dev may take to answer its first request on a busy machine. */
export const STARTUP_MS = 60_000;
/** Between two tries of the first request. */
const POLL_MS = 250;

/** A port nothing listens on now (the OS's pick), on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

/** `wrangler …` against the local state directory, waited for. */
export function wrangler(state: string, args: string[]) {
  execFileSync('node', [WRANGLER, ...args, '--local', '--persist-to', state], { env: WRANGLER_ENV, stdio: 'pipe' });
}

export interface WranglerDev {
  base: string;
  /** The D1 state directory (`--persist-to`). */
  state: string;
  output(): string;
  stop(): void;
}

/**
 * A fresh state directory, D1 migrated, `before(state)` (e.g. the first account), then wrangler dev
 * with `args` (a script path overrides wrangler.toml's main), answering /api/v1/health.
 */
export async function startWranglerDev(
  args: string[] = [],
  before: (state: string) => Promise<void> | void = () => {},
): Promise<WranglerDev> {
  const state = mkdtempSync(join(tmpdir(), 'jz-wrangler-'));
  wrangler(state, ['d1', 'migrations', 'apply', 'DB']);
  await before(state);
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  let output = '';
  // Its own process group, so that stopping it also stops the workerd it starts.
  const proc: ChildProcess = spawn(
    'node',
    [WRANGLER, 'dev', ...args, '--ip', '127.0.0.1', '--port', String(port), '--persist-to', state],
    { env: WRANGLER_ENV, detached: true },
  );
  proc.stdout?.on('data', (d) => {
    output += d;
  });
  proc.stderr?.on('data', (d) => {
    output += d;
  });
  const dev: WranglerDev = {
    base,
    state,
    output: () => output,
    stop() {
      if (proc.pid) process.kill(-proc.pid, 'SIGTERM');
      rmSync(state, { recursive: true, force: true });
    },
  };
  const deadline = Date.now() + STARTUP_MS;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${base}/api/v1/health`)).ok) return dev;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
  dev.stop();
  throw new Error(`wrangler dev did not start:\n${output}`);
}
