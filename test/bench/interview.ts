/**
 * `npm run bench`, the hotline's interview (issue "Hotline"): printed figures, never asserted.
 *
 * 1. Questions: for the browser-test households (test/interview/households.ts) and BENCH_FAMILIES
 *    plausible families (test/interview/families.ts, 60 by default), a caller who knows every answer
 *    (test/interview/oracle.ts) is interviewed from the first question to done. Reported: the
 *    questions the interview needs before every program the full answers settle is settled, the
 *    questions the resident's full questionnaire asks the same household
 *    (test/interview/questionnaire.ts), and, as bounds, a greedy interview that knows the answers
 *    in advance (it asks the question whose actual answer settles the most) and the questions any
 *    interview over this catalogue needs, in any order (`lowerBound`, test/interview/measure.ts).
 * 2. Time per step (choosing the next question, in process), after a warm-up pass: median and p99.
 */
import { createCore } from '../../src/core.js';
import { nextQuestion } from '../../src/engine/interview.js';
import type { Household } from '../../src/model/household.js';
import { type Answer, MEMBERS_PATH, replay, withAnswer } from '../../src/questions/answers.js';
import { family } from '../interview/families.js';
import { browserHouseholds } from '../interview/households.js';
import { lowerBound, type Measure, measure, settled } from '../interview/measure.js';
import { oracleAnswer } from '../interview/oracle.js';
import { rng } from '../random.js';
import { median, quantile } from './stats.js';

const FAMILIES = Number(process.env.BENCH_FAMILIES ?? 60);
const AS_OF = '2026-11-29';
const { catalogue } = createCore();

const settledBy = (h: Household) => settled(catalogue, h, AS_OF);

/** The bound: at each step the question whose actual answer settles the most (the answers known in advance). */
function hindsight(full: Household): number {
  const target = settledBy(full);
  const log: Answer[] = [{ path: MEMBERS_PATH, value: full.members.length }];
  for (;;) {
    const iv = replay(log, AS_OF);
    if ('problem' in iv) throw new Error(iv.problem);
    const now = settledBy(iv.household);
    if ([...target].every((id) => now.has(id))) return log.length;
    const { candidates } = nextQuestion(catalogue, iv, AS_OF);
    let best: (typeof candidates)[number] | undefined;
    let gain = -1;
    for (const c of candidates) {
      const v = oracleAnswer(full, c.path);
      if (v === null) continue;
      const after = settledBy(withAnswer(iv.household, c.at, v));
      const g = [...after].filter((id) => !now.has(id)).length;
      if (g > gain) [best, gain] = [c, g];
    }
    if (!best) return log.length;
    log.push({ path: best.path, value: oracleAnswer(full, best.path) });
  }
}

const r = rng(2026);
const sets: [string, Household[]][] = [
  ['browser-test households (a, b, c)', Object.values(browserHouseholds(AS_OF))],
  [`${FAMILIES} plausible families`, Array.from({ length: FAMILIES }, () => family(r, AS_OF))],
];

// Warm-up: one pass over everything (JIT), not timed.
for (const [, hs] of sets) for (const h of hs) measure(catalogue, h, AS_OF);

console.log('\n## The guided interview against the full questionnaire\n');
console.log(
  '| households | interview: questions needed (median) | questionnaire (median) | interview ÷ questionnaire (median of ratios) | greedy with the answers known (median) | at least, any order (median) | at least ÷ questionnaire (median) | households where half is below "at least" | programs left open that the answers settle |',
);
console.log('|---|---|---|---|---|---|---|---|---|');
const steps: number[] = [];
for (const [name, hs] of sets) {
  const ms: Measure[] = hs.map((h) => measure(catalogue, h, AS_OF));
  for (const m of ms) steps.push(...m.steps);
  const needed = ms.map((m) => m.needed ?? m.total);
  const ratios = ms.map((m, i) => needed[i] / m.questionnaire);
  const bound = hs.map(hindsight);
  const least = hs.map((h) => lowerBound(catalogue, h, AS_OF));
  const leastRatios = ms.map((m, i) => least[i] / m.questionnaire);
  const beyond = ms.filter((m, i) => least[i] > m.questionnaire / 2).length;
  const missed = ms.reduce((n, m) => n + m.missed.length, 0);
  console.log(
    `| ${name} | ${median(needed)} | ${median(ms.map((m) => m.questionnaire))} | ${median(ratios).toFixed(2)} | ${median(bound)} | ${median(least)} | ${median(leastRatios).toFixed(2)} | ${beyond} of ${hs.length} | ${missed} |`,
  );
  if (name.startsWith('browser')) {
    for (const [i, m] of ms.entries()) {
      console.log(
        `|   (${'abc'[i]}) | ${needed[i]} | ${m.questionnaire} | ${ratios[i].toFixed(2)} | ${bound[i]} | ${least[i]} | ${leastRatios[i].toFixed(2)} | ${least[i] > m.questionnaire / 2 ? 'yes' : 'no'} | ${m.missed.length} |`,
      );
    }
  }
}
console.log(
  `\nTime per step (choosing the next question), ${steps.length} steps: median ${median(steps).toFixed(2)} ms, p99 ${quantile(steps, 0.99).toFixed(2)} ms, max ${Math.max(...steps).toFixed(2)} ms`,
);
