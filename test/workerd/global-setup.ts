/** wrangler.toml's [assets] serves web/dist: built unless `npm test` built it already (build:worker). */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildWeb, DIST } from '../../web/build.js';

export default async function setup() {
  if (!existsSync(join(DIST, 'index.html'))) await buildWeb({ quiet: true });
}
