/**
 * `npm run bench`: screening speed and memory, printed as figures (never asserted in tests).
 * Built with esbuild and run by node, as the server runs (no transpiler in the measured path).
 *
 * 1. In process, on generated households of 1, 4 and 20 members (BENCH_HOUSEHOLDS each, 50 by
 *    default): the compiled evaluator (structure only, and with the default explanation) against
 *    the json-rules-engine reference, in the same run; µs per rendered sentence.
 * 2. Over HTTP: the server started as `npm start` starts it (dist/node/server.mjs), autocannon with
 *    50 connections for BENCH_SECONDS (20 by default) on a 3-member screening twice (server RSS
 *    after each), then GET /api/v1/health as the ceiling, then the screening with gzip; response
 *    bytes. Then the floor: bare Hono answering the same bytes (test/bench/floor.mjs).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import autocannon from 'autocannon';
import { createCore } from '../../src/core.js';
import { conditionText } from '../../src/engine/explain.js';
import { screenReferenceOutcomes } from '../../src/engine/reference.js';
import { screen, screenOutcomes } from '../../src/engine/screen.js';
import { type Household, Household as HouseholdSchema } from '../../src/model/household.js';
import { randomHousehold, rng, withAnswersDropped } from '../random.js';
import { freePort } from '../wrangler-dev.js';
import { quantile } from './stats.js';

const HOUSEHOLDS = Number(process.env.BENCH_HOUSEHOLDS ?? 50);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const CONNECTIONS = 50;
const AS_OF = '2025-06-01';
const SIZES = [1, 4, 20];

const core = createCore();
const { catalogue } = core;

function households(size: number): Household[] {
  return Array.from({ length: HOUSEHOLDS }, (_, i) => {
    const r = rng(size * 1000 + i);
    let h = randomHousehold(r, size);
    while (h.members.length < size) h = randomHousehold(r, size);
    return i % 2 === 0 ? h : withAnswersDropped(h, r);
  });
}

/** Runs `fn` over the households until `ms` milliseconds have passed (JIT warm-up). */
async function warm(hs: Household[], fn: (h: Household) => unknown, ms: number) {
  const end = Date.now() + ms;
  while (Date.now() < end) for (const h of hs) await fn(h);
}

/** Per-call times in µs, `reps` passes over the households after a warm-up; every sample kept. */
async function timeEach(hs: Household[], fn: (h: Household) => unknown, reps: number): Promise<number[]> {
  await warm(hs, fn, 1500);
  const out: number[] = [];
  for (let rep = 0; rep < reps; rep++) {
    for (const h of hs) {
      const t0 = process.hrtime.bigint();
      await fn(h);
      out.push(Number(process.hrtime.bigint() - t0) / 1000);
    }
  }
  return out;
}

/** The same, for a synchronous function (no await between samples). */
function timeSync(hs: Household[], fn: (h: Household) => unknown, reps: number): number[] {
  const end = Date.now() + 1500;
  while (Date.now() < end) for (const h of hs) fn(h);
  const out: number[] = [];
  for (let rep = 0; rep < reps; rep++) {
    for (const h of hs) {
      const t0 = process.hrtime.bigint();
      fn(h);
      out.push(Number(process.hrtime.bigint() - t0) / 1000);
    }
  }
  return out;
}

const fmt = (us: number) => (us >= 1000 ? `${(us / 1000).toFixed(2)} ms` : `${us.toFixed(1)} µs`).padStart(9);
const pair = (xs: number[]) => `${fmt(quantile(xs, 0.5))} ${fmt(quantile(xs, 0.99))}`;

async function inProcess() {
  console.log(
    `\n## In process: ${catalogue.programs.size} programs, ${HOUSEHOLDS} generated households per size (half with answers left out), as of ${AS_OF}`,
  );
  console.log('median and p99 per household');
  console.log(
    'members | compiled outcomes | reference outcomes | ratio | compiled + explanation structure | + default texts (API path)',
  );
  for (const size of SIZES) {
    const hs = households(size);
    const compiled = timeSync(hs, (h) => screenOutcomes(catalogue, h, AS_OF), 40);
    const reference = await timeEach(hs, (h) => screenReferenceOutcomes(catalogue, h, AS_OF), size === 20 ? 2 : 5);
    const structure = timeSync(hs, (h) => screen(catalogue, h, AS_OF, 'brief'), 20);
    const texts = await timeEach(hs, (h) => core.screen(h, AS_OF, 'zh-CN'), 20);
    const ratio = quantile(reference, 0.5) / quantile(compiled, 0.5);
    console.log(
      `${String(size).padStart(7)} | ${pair(compiled)} | ${pair(reference)} | ${ratio.toFixed(0).padStart(4)}× | ${pair(structure)} | ${pair(texts)}`,
    );
  }
  // Sentences: every reason and near miss of full explanations, rendered from compiled templates.
  const screenings = households(4).map((h) => screen(catalogue, h, AS_OF, 'full'));
  const conditions = screenings.flatMap((s) =>
    s.results.flatMap((r) =>
      r.subjects.flatMap((sub) => [...sub.conditions, ...sub.changes].map((c) => ({ id: r.id, c }))),
    ),
  );
  for (const locale of ['zh-CN', 'en'] as const) {
    const tx = core.templates[locale];
    const render = () => {
      let n = 0;
      for (const { id, c } of conditions) n += conditionText(tx, id, c).length;
      return n;
    };
    const times = timeSync([screenings[0]] as unknown as Household[], render, 30);
    console.log(
      `sentences (${locale}): ${(quantile(times, 0.5) / conditions.length).toFixed(2)} µs per reason sentence (${conditions.length} sentences of ${screenings.length} full 4-member explanations, median of 30 passes)`,
    );
  }
}

function rssMiB(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('VmRSS:'));
  return Number(line?.split(/\s+/)[1] ?? 0) / 1024;
}

async function load(url: string, init: { method?: string; body?: string; headers?: Record<string, string> }) {
  const result = await autocannon({
    url,
    method: (init.method ?? 'GET') as 'GET',
    body: init.body,
    headers: init.headers,
    connections: CONNECTIONS,
    duration: SECONDS,
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

/** Answers every member gives when the questionnaire asks them (no service, no status of their own). */
const everyone = {
  isVeteran: false,
  isDisabledServiceman: false,
  survivorOf: 'none',
  isServicemanFamily: false,
  orphan: false,
  factuallyUnsupported: false,
  holdsTekun: false,
  ownHukouInJiaozuo: true,
  pregnant: false,
  postpartum: false,
  planningPregnancy: false,
  seriousIllness: false,
  highMedicalCosts: false,
  legalIssue: 'none',
  medicalInsurance: 'resident',
};

/**
 * The 3-member household of the HTTP run, answered as the resident page leaves it: a rural
 * grandparent couple (the wife with a grade-2 physical disability) and a primary-school grandchild.
 */
const THREE_MEMBERS = HouseholdSchema.parse({
  hukouType: 'rural',
  hukouInJiaozuo: true,
  county: '410821',
  monthlyIncomeTotal: 1500,
  holdsDibao: false,
  holdsLowIncome: false,
  holdsPovertyAlleviation: false,
  residesInJiaozuo: true,
  hardshipEvent: false,
  familyPlanningStatus: 'none',
  ownsHomeInJiaozuo: true,
  floorAreaPerCapita: 30,
  houseSafety: 'B',
  members: [
    {
      ...everyone,
      relation: 'self',
      birthDate: '1956-04-02',
      sex: 'male',
      hasDisabilityCertificate: false,
      selfCare: 'independent',
      employment: 'retired',
      schoolStage: 'none',
      hasCapableSupporter: true,
      pensionScheme: 'resident',
      yearsContributedPension: 15,
    },
    {
      ...everyone,
      relation: 'spouse',
      birthDate: '1958-09-12',
      sex: 'female',
      hasDisabilityCertificate: true,
      disabilityCategory: 'physical',
      disabilityGrade: 2,
      selfCare: 'partial',
      employment: 'unable',
      schoolStage: 'none',
      hasCapableSupporter: true,
      pensionScheme: 'resident',
      yearsContributedPension: 15,
    },
    {
      ...everyone,
      relation: 'grandchild',
      birthDate: '2012-05-20',
      sex: 'female',
      hasDisabilityCertificate: false,
      schoolStage: 'primary',
      boarding: false,
      employment: 'student',
      hasCapableSupporter: true,
    },
  ],
});

/** The same household with only the first page's answers (who, hukou, income): what an impatient caller gives. */
const SPARSE = HouseholdSchema.parse({
  hukouType: 'rural',
  hukouInJiaozuo: true,
  monthlyIncomeTotal: 1500,
  residesInJiaozuo: true,
  members: THREE_MEMBERS.members.map((m) => ({ relation: m.relation, birthDate: m.birthDate })),
});

async function overHttp() {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'jz-bench-'));
  const server: ChildProcess = spawn('node', ['dist/node/server.mjs'], {
    env: { ...process.env, PORT: String(port), DATABASE_PATH: join(dir, 'bench.sqlite') },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    const base = `http://127.0.0.1:${port}`;
    await waitForHealth(base);
    const pid = server.pid as number;
    const body = JSON.stringify({ household: THREE_MEMBERS, asOf: AS_OF });
    const post = { method: 'POST', body, headers: { 'content-type': 'application/json' } };
    const raw = Buffer.from(await (await fetch(`${base}/api/v1/screenings`, post)).arrayBuffer());
    const full = Buffer.from(await (await fetch(`${base}/api/v1/screenings?detail=full`, post)).arrayBuffer());
    const sparse = Buffer.from(
      await (
        await fetch(`${base}/api/v1/screenings`, { ...post, body: JSON.stringify({ household: SPARSE, asOf: AS_OF }) })
      ).arrayBuffer(),
    );
    console.log(
      `\n## HTTP: node dist/node/server.mjs, autocannon ${CONNECTIONS} connections × ${SECONDS} s, 3-member household`,
    );
    const sizes = (b: Buffer) => `${b.length} B raw, ${gzipSync(b).length} B gzip`;
    console.log(`response, answered household: default ${sizes(raw)}; detail=full ${sizes(full)}`);
    console.log(`response, sparse household (first page only): default ${sizes(sparse)}`);
    console.log(`server RSS at start: ${rssMiB(pid).toFixed(1)} MiB`);
    // Screenings twice (memory measured after each), then the ceiling, then with gzip.
    const screening1 = await load(`${base}/api/v1/screenings`, post);
    const rss1 = rssMiB(pid);
    const screening2 = await load(`${base}/api/v1/screenings`, post);
    const rss2 = rssMiB(pid);
    const health = await load(`${base}/api/v1/health`, {});
    const gz = await load(`${base}/api/v1/screenings`, {
      ...post,
      headers: { ...post.headers, 'accept-encoding': 'gzip' },
    });
    const row = (label: string, r: Awaited<ReturnType<typeof load>>) =>
      console.log(
        `${label.padEnd(26)} ${r.rps.toFixed(0).padStart(7)} req/s   p50 ${String(r.p50).padStart(4)} ms   p99 ${String(r.p99).padStart(4)} ms   non-2xx ${r.non2xx}, errors ${r.errors}`,
      );
    row('POST /screenings (run 1)', screening1);
    row('POST /screenings (run 2)', screening2);
    row('GET /health (ceiling)', health);
    row('POST /screenings, gzip', gz);
    console.log(
      `screenings/s ÷ health req/s: ${((100 * screening1.rps) / health.rps).toFixed(0)}% (run 1), ${((100 * screening2.rps) / health.rps).toFixed(0)}% (run 2)`,
    );
    console.log(
      `server RSS after run 1: ${rss1.toFixed(1)} MiB; after run 2: ${rss2.toFixed(1)} MiB (${(((rss2 - rss1) / rss1) * 100).toFixed(1)}% growth)`,
    );
    server.kill('SIGTERM');
    await floor(raw, dir, body);
  } finally {
    server.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The same load on bare Hono answering the same bytes (test/bench/floor.mjs): the stack's own ceiling. */
async function floor(response: Buffer, dir: string, body: string) {
  const port = await freePort();
  const file = join(dir, 'response.json');
  writeFileSync(file, response);
  const bare: ChildProcess = spawn('node', ['test/bench/floor.mjs'], {
    env: { ...process.env, PORT: String(port), FLOOR_BODY: file },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  try {
    const base = `http://127.0.0.1:${port}`;
    await waitForHealth(base);
    const post = await load(`${base}/api/v1/screenings`, {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json' },
    });
    const health = await load(`${base}/api/v1/health`, {});
    console.log(
      `floor, bare Hono answering the same ${response.length} B: POST ${post.rps.toFixed(0)} req/s (p50 ${post.p50} ms, p99 ${post.p99} ms), health ${health.rps.toFixed(0)} req/s: ${((100 * post.rps) / health.rps).toFixed(0)}%`,
    );
  } finally {
    bare.kill('SIGTERM');
  }
}

async function waitForHealth(base: string) {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${base}/api/v1/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

await inProcess();
if (process.env.BENCH_HTTP !== '0') await overHttp();
