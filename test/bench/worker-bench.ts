/**
 * The Worker with one route more, for `npm run bench` only (never deployed): `POST /__bench`
 * `{ path, bodies, n }` sends the app `n` POSTs to `path`, cycling through `bodies`, inside one
 * request, and answers when all are done. test/bench/workerd.ts times two such calls of different
 * `n` from outside and takes the difference: inside workerd the clocks stand still while code
 * runs (they move only on I/O), so time cannot be read in here.
 */
import worker from '../../src/worker.js';

export default {
  async fetch(request, env, ctx) {
    const url = new URL(request.url);
    if (url.pathname !== '/__bench') return worker.fetch(request, env, ctx);
    const { path, bodies, n } = (await request.json()) as { path: string; bodies: string[]; n: number };
    let bytes = 0;
    for (let i = 0; i < n; i++) {
      const res = await worker.fetch(
        new Request(new URL(path, url), {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: bodies[i % bodies.length],
        }),
        env,
        ctx,
      );
      if (res.status !== 200) return new Response(`${path}: ${res.status} ${await res.text()}`, { status: 500 });
      bytes += (await res.arrayBuffer()).byteLength;
    }
    return Response.json({ n, bytes });
  },
} satisfies ExportedHandler<Env>;
