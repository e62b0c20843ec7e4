/**
 * Builds the Node server into plain JavaScript (dist/node/server.mjs), so that `npm start` runs
 * no transpiler: one esbuild bundle of src/node.ts with the rules, seeds and locales inlined;
 * packages stay in node_modules; the SQL migrations are copied beside the bundle. Function names are not
 * kept (no `__name` wrappers on the hot path).
 *
 *   npm run build:server
 */
import { cpSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export async function buildServer(entry = 'src/node.ts', outfile = 'dist/node/server.mjs'): Promise<string> {
  const out = join(root, outfile);
  await build({
    entryPoints: [join(root, entry)],
    outfile: out,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    packages: 'external',
    keepNames: false,
    minifySyntax: true,
    sourcemap: 'linked',
    logLevel: 'warning',
  });
  // The SQLite store reads its numbered migrations beside the code (src/db/sqlite.ts).
  cpSync(join(root, 'src/db/migrations'), join(dirname(out), 'migrations'), { recursive: true });
  return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const out = await buildServer(process.argv[2], process.argv[3]);
  console.log(`built ${out}`);
}
