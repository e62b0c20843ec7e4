/**
 * `npm run bench`, inside workerd: CPU time per request of the Worker as wrangler builds it (minified,
 * D1 local), against the Workers free plan's 10 ms, and the bundle's size against its budget.
 *
 * workerd's clocks stand still while code runs (they move only on I/O), so time is read from
 * outside: test/bench/worker-bench.ts runs `n` requests inside one; this times a call of N_HIGH and
 * one of N_LOW from Node and divides the difference by N_HIGH − N_LOW, which leaves out the HTTP
 * round trip and the call's own overhead. The isolate does nothing else meanwhile, so the time per
 * request is its CPU time (on this machine: the edge's CPUs differ). Median of ROUNDS pairs.
 *
 * Each named request is a path and the bodies cycled through: adding one is one line of REQUESTS.
 */
import { createCore } from '../../src/core.js';
import type { Household } from '../../src/model/household.js';
import { family } from '../interview/families.js';
import { measure } from '../interview/measure.js';
import { randomHousehold, rng } from '../random.js';
import { startWranglerDev } from '../wrangler-dev.js';
import { median } from './stats.js';
import { describeWorkerSize, workerBundleSize } from './worker-size.js';

/** The free plan's CPU limit per request. */
const FREE_PLAN_CPU_MS = 10;
const N_LOW = Number(process.env.BENCH_WORKERD_LOW ?? 4);
const N_HIGH = Number(process.env.BENCH_WORKERD_HIGH ?? 24);
const ROUNDS = Number(process.env.BENCH_WORKERD_ROUNDS ?? 7);
/** Households per size, and families interviewed for the hotline's calls. */
const SAMPLES = 10;
const AS_OF = '2025-06-01';

/** SAMPLES households of exactly `size` members (the generator of the in-process bench). */
function households(size: number): Household[] {
  return Array.from({ length: SAMPLES }, (_, i) => {
    const r = rng(size * 1000 + i);
    let h = randomHousehold(r, size);
    while (h.members.length < size) h = randomHousehold(r, size);
    return h;
  });
}

const screenings = (size: number) => households(size).map((household) => JSON.stringify({ household, asOf: AS_OF }));

/** Every call of SAMPLES interviews, from the first question to done (the answers so far, in order). */
function hotlineCalls(): string[] {
  const { catalogue } = createCore();
  const r = rng(2026);
  const calls: string[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    measure(catalogue, family(r, AS_OF), AS_OF, undefined, (answers) =>
      calls.push(JSON.stringify({ answers, asOf: AS_OF })),
    );
  }
  return calls;
}

interface BenchRequest {
  name: string;
  path: string;
  bodies: string[];
}

const REQUESTS: BenchRequest[] = [
  { name: 'screening, 1 member', path: '/api/v1/screenings', bodies: screenings(1) },
  { name: 'screening, 4 members', path: '/api/v1/screenings', bodies: screenings(4) },
  { name: 'screening, 20 members', path: '/api/v1/screenings', bodies: screenings(20) },
  { name: 'hotline step (interview/next)', path: '/api/v1/interview/next', bodies: hotlineCalls() },
];

async function timed(base: string, request: BenchRequest, n: number): Promise<number> {
  const t0 = performance.now();
  const res = await fetch(`${base}/__bench`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ path: request.path, bodies: request.bodies, n }),
  });
  const text = await res.text();
  const ms = performance.now() - t0;
  if (!res.ok) throw new Error(`${request.name}: ${text}`);
  return ms;
}

console.log('\n## Inside workerd (wrangler dev, the minified Worker, local D1)\n');
console.log(describeWorkerSize(workerBundleSize()));
const dev = await startWranglerDev(['test/bench/worker-bench.ts', '--minify']);
try {
  console.log(
    `\nCPU time per request: (time of ${N_HIGH} − time of ${N_LOW}) ÷ ${N_HIGH - N_LOW}, median of ${ROUNDS} rounds\n`,
  );
  console.log(`| request | bodies | ms per request | of the free plan's ${FREE_PLAN_CPU_MS} ms |`);
  console.log('|---|---|---|---|');
  for (const request of REQUESTS) {
    await timed(dev.base, request, N_HIGH); // warm-up: JIT, the core's first build
    const per: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      const low = await timed(dev.base, request, N_LOW);
      const high = await timed(dev.base, request, N_HIGH);
      per.push((high - low) / (N_HIGH - N_LOW));
    }
    const ms = median(per);
    const verdict = ms <= FREE_PLAN_CPU_MS ? 'within' : 'OVER';
    console.log(
      `| ${request.name} | ${request.bodies.length} | ${ms.toFixed(2)} | ${((100 * ms) / FREE_PLAN_CPU_MS).toFixed(0)}% (${verdict}) |`,
    );
  }
} finally {
  dev.stop();
}
