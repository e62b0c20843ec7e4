/**
 * `npm run bench`: screening speed, printed as figures (never asserted in unit tests).
 * Compares, in one run, the core alone with the full HTTP path (validation, i18n, JSON), for a
 * one-person, a four-person and a twenty-person household.
 */
import { createApp } from '../../src/api/app.js';
import { createCore } from '../../src/core.js';
import { openSqliteStore } from '../../src/db/sqlite.js';
import { Household } from '../../src/model/household.js';

const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 300);
const WARMUP = 30;

const person = (birthDate: string, extra: Record<string, unknown> = {}) => ({ birthDate, ...extra });
const households: Record<string, unknown> = {
  '1 member': { hukouType: 'urban', hukouInJiaozuo: true, monthlyIncomeTotal: 450, members: [person('1950-01-01')] },
  '4 members': {
    hukouType: 'rural',
    hukouInJiaozuo: true,
    monthlyIncomeTotal: 1400,
    holdsDibao: true,
    houseSafety: 'C',
    members: [
      person('1980-01-01', { isVeteran: true, dischargeDate: '2020-01-01' }),
      person('1982-01-01', { hasDisabilityCertificate: true, disabilityCategory: 'physical', disabilityGrade: 2 }),
      person('2012-01-01', { schoolStage: 'primary', boarding: true }),
      person('1950-01-01'),
    ],
  },
  '20 members': {
    hukouType: 'urban',
    members: Array.from({ length: 20 }, (_, i) =>
      person(`${1940 + i * 4}-06-01`, { schoolStage: i > 15 ? 'junior' : 'none' }),
    ),
  },
};

function stats(samples: number[]) {
  const s = [...samples].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return { median: q(0.5), p95: q(0.95) };
}

async function time(fn: () => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < WARMUP; i++) await fn();
  const out: number[] = [];
  for (let i = 0; i < ITERATIONS; i++) {
    const t0 = performance.now();
    await fn();
    out.push(performance.now() - t0);
  }
  return out;
}

const core = createCore();
const store = openSqliteStore(':memory:');
const app = createApp({ store });
console.log(`programs: ${core.catalogue.programs.size}; ${ITERATIONS} iterations after ${WARMUP} warm-up`);
console.log('household    | core median  p95   | HTTP median  p95   | HTTP/core | HTTP req/s');
for (const [label, raw] of Object.entries(households)) {
  const household = Household.parse(raw);
  const body = JSON.stringify({ household, asOf: '2025-06-01', locale: 'zh-CN' });
  const coreTimes = stats(await time(() => core.screen(household, '2025-06-01', 'zh-CN')));
  const httpTimes = stats(
    await time(async () =>
      app.request('/api/v1/screenings', { method: 'POST', headers: { 'content-type': 'application/json' }, body }),
    ),
  );
  const ms = (v: number) => `${v.toFixed(2).padStart(6)} ms`;
  console.log(
    `${label.padEnd(12)} | ${ms(coreTimes.median)} ${ms(coreTimes.p95)} | ${ms(httpTimes.median)} ${ms(httpTimes.p95)} | ${(httpTimes.median / coreTimes.median).toFixed(2).padStart(8)}× | ${Math.round(1000 / httpTimes.median)}`,
  );
}
const mem = process.memoryUsage();
console.log(`memory: rss ${(mem.rss / 2 ** 20).toFixed(1)} MiB, heap used ${(mem.heapUsed / 2 ** 20).toFixed(1)} MiB`);
store.close();
