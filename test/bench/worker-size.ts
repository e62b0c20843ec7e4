/**
 * The Worker bundle's size against its budget, read from dist/worker (`npm run build:worker`
 * writes it; this reads it and builds nothing). `npm run build:worker` runs it and fails over the
 * budget; `npm run bench` prints it.
 *
 *   tsx test/bench/worker-size.ts
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/**
 * The budget for the gzipped Worker: the free plan takes 3 MiB, but every cold start
 * parses the whole script, so it is kept far below.
 */
export const WORKER_BUDGET_BYTES = 300 * 1024;

const root = join(fileURLToPath(import.meta.url), '..', '..', '..');
export const WORKER_BUNDLE = join(root, 'dist/worker/worker.js');

/** Raw and gzipped bytes (zlib's default level, as wrangler reports its upload size). */
export function workerBundleSize(path = WORKER_BUNDLE): { raw: number; gzip: number } {
  const data = readFileSync(path);
  return { raw: data.length, gzip: gzipSync(data).length };
}

export function describeWorkerSize({ raw, gzip }: { raw: number; gzip: number }): string {
  const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
  const verdict = gzip <= WORKER_BUDGET_BYTES ? 'within' : 'OVER';
  return `Worker bundle: ${kib(raw)} raw, ${kib(gzip)} gzip (${verdict} the ${kib(WORKER_BUDGET_BYTES)} budget)`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const size = workerBundleSize();
  console.log(describeWorkerSize(size));
  if (size.gzip > WORKER_BUDGET_BYTES) process.exit(1);
}
