/**
 * Builds the resident page, the window's staff page and the hotline's page into web/dist: for each, one minified JS
 * and one CSS bundle (esbuild), with content hashes in their names, its HTML pointing at them, and
 * .gz/.br copies that the Node server sends to browsers that accept them. The bundles are built
 * apart (no shared chunk), so the staff and hotline pages never add a byte to the resident's first load.
 * Prints the gzipped size of the resident's first load against the 100 KB budget (JS+CSS) and
 * exits non-zero over it.
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

export interface PageReport {
  js: string;
  css: string;
  bytes: { js: number; css: number; html: number };
  gzip: { js: number; css: number; html: number; total: number };
}

/** The resident page (index.html) at the top level, as before; the staff page (staff.html) and the hotline's (hotline.html) beside it. */
export interface BuildReport extends PageReport {
  budget: number;
  staff: PageReport;
  hotline: PageReport;
}

/** Entry name → [source, HTML template]. */
const PAGES = {
  app: ['src/main.ts', 'index.html'],
  staff: ['src/staff/main.ts', 'staff.html'],
  hotline: ['src/hotline/main.ts', 'hotline.html'],
} as const;

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
    entryPoints: Object.fromEntries(Object.entries(PAGES).map(([name, [src]]) => [name, join(here, src)])),
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
  const outputs = Object.entries(result.metafile.outputs);
  const size = (p: string) => readFileSync(p).length;

  const page = (name: keyof typeof PAGES): PageReport => {
    const [src, template] = PAGES[name];
    const entry = outputs.find(([, o]) => o.entryPoint?.endsWith(src));
    const jsPath = entry?.[0];
    const cssPath = entry?.[1].cssBundle;
    if (!jsPath || !cssPath) throw new Error(`esbuild produced ${outputs.map(([o]) => o).join(', ')}`);
    const js = basename(jsPath);
    const css = basename(cssPath);
    const html = readFileSync(join(here, template), 'utf8').replace('%APP_JS%', js).replace('%APP_CSS%', css);
    const htmlFile = join(DIST, template);
    writeFileSync(htmlFile, html);
    const jsFile = join(DIST, 'assets', js);
    const cssFile = join(DIST, 'assets', css);
    const bytes = { js: size(jsFile), css: size(cssFile), html: size(htmlFile) };
    const gz = { js: compress(jsFile), css: compress(cssFile), html: compress(htmlFile) };
    return { js, css, bytes, gzip: { ...gz, total: gz.js + gz.css } };
  };

  const resident = page('app');
  const staff = page('staff');
  const hotline = page('hotline');
  const report: BuildReport = { ...resident, budget: BUDGET_BYTES, staff, hotline };
  writeFileSync(join(DIST, 'manifest.json'), `${JSON.stringify(report, null, 2)}\n`);
  // Workers' [assets] (wrangler.toml) uploads web/dist but these: Cloudflare compresses by itself,
  // and the manifest is this report.
  writeFileSync(join(DIST, '.assetsignore'), ['*.gz', '*.br', 'manifest.json', ''].join('\n'));
  if (!quiet) {
    const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
    for (const [p, html] of [
      [resident, 'index.html'],
      [staff, 'staff.html'],
      [hotline, 'hotline.html'],
    ] as const) {
      console.log(`web/dist/assets/${p.js}  ${kb(p.bytes.js)}  gzip ${kb(p.gzip.js)}`);
      console.log(`web/dist/assets/${p.css}  ${kb(p.bytes.css)}  gzip ${kb(p.gzip.css)}`);
      console.log(`web/dist/${html}  ${kb(p.bytes.html)}  gzip ${kb(p.gzip.html)}`);
    }
    const verdict = report.gzip.total <= BUDGET_BYTES ? 'within' : 'OVER';
    console.log(`first load JS+CSS gzipped: ${kb(report.gzip.total)} (${verdict} the ${kb(BUDGET_BYTES)} budget)`);
    console.log(`staff page JS+CSS gzipped: ${kb(staff.gzip.total)}`);
    console.log(`hotline page JS+CSS gzipped: ${kb(hotline.gzip.total)}`);
  }
  return report;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const report = await buildWeb();
  if (report.gzip.total > BUDGET_BYTES) process.exit(1);
}
