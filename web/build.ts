/**
 * Builds the resident page into web/dist: one minified JS and one CSS bundle (esbuild), with
 * content hashes in their names, index.html pointing at them, and .gz/.br copies that the Node
 * server sends to browsers that accept them. Prints the gzipped size of the first load against
 * the 100 KB budget (JS+CSS) and exits non-zero over it.
 *
 *   npm run build:web            (tsx web/build.ts)
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'esbuild';

export const BUDGET_BYTES = 100 * 1024;

const here = dirname(fileURLToPath(import.meta.url));
export const DIST = join(here, 'dist');

export interface BuildReport {
  js: string;
  css: string;
  bytes: { js: number; css: number; html: number };
  gzip: { js: number; css: number; html: number; total: number };
  budget: number;
}

function compress(path: string): number {
  const data = readFileSync(path);
  const gz = gzipSync(data, { level: 9 });
  writeFileSync(`${path}.gz`, gz);
  writeFileSync(
    `${path}.br`,
    brotliCompressSync(data, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length },
    }),
  );
  return gz.length;
}

export async function buildWeb({ quiet = false } = {}): Promise<BuildReport> {
  rmSync(DIST, { recursive: true, force: true });
  mkdirSync(join(DIST, 'assets'), { recursive: true });
  const result = await build({
    entryPoints: { app: join(here, 'src/main.ts') },
    outdir: join(DIST, 'assets'),
    entryNames: '[name]-[hash]',
    bundle: true,
    minify: true,
    format: 'iife',
    target: ['es2020', 'chrome87', 'safari15', 'firefox78'],
    charset: 'utf8',
    legalComments: 'none',
    metafile: true,
    logLevel: quiet ? 'silent' : 'warning',
  });
  const outputs = Object.keys(result.metafile.outputs);
  const jsPath = outputs.find((o) => o.endsWith('.js'));
  const cssPath = outputs.find((o) => o.endsWith('.css'));
  if (!jsPath || !cssPath) throw new Error(`esbuild produced ${outputs.join(', ')}`);
  const js = basename(jsPath);
  const css = basename(cssPath);
  const html = readFileSync(join(here, 'index.html'), 'utf8').replace('%APP_JS%', js).replace('%APP_CSS%', css);
  writeFileSync(join(DIST, 'index.html'), html);

  const size = (p: string) => readFileSync(p).length;
  const jsFile = join(DIST, 'assets', js);
  const cssFile = join(DIST, 'assets', css);
  const htmlFile = join(DIST, 'index.html');
  const bytes = { js: size(jsFile), css: size(cssFile), html: size(htmlFile) };
  const gz = { js: compress(jsFile), css: compress(cssFile), html: compress(htmlFile) };
  const report: BuildReport = { js, css, bytes, gzip: { ...gz, total: gz.js + gz.css }, budget: BUDGET_BYTES };
  writeFileSync(join(DIST, 'manifest.json'), `${JSON.stringify(report, null, 2)}\n`);
  if (!quiet) {
    const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
    console.log(`web/dist/assets/${js}  ${kb(bytes.js)}  gzip ${kb(gz.js)}`);
    console.log(`web/dist/assets/${css}  ${kb(bytes.css)}  gzip ${kb(gz.css)}`);
    console.log(`web/dist/index.html  ${kb(bytes.html)}  gzip ${kb(gz.html)}`);
    const verdict = report.gzip.total <= BUDGET_BYTES ? 'within' : 'OVER';
    console.log(`first load JS+CSS gzipped: ${kb(report.gzip.total)} (${verdict} the ${kb(BUDGET_BYTES)} budget)`);
  }
  return report;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const report = await buildWeb();
  if (report.gzip.total > BUDGET_BYTES) process.exit(1);
}
