/**
 * The floor under the HTTP figures of `npm run bench`: bare Hono on @hono/node-server, the same
 * stack as the server, with no middleware and no work. POST /api/v1/screenings parses the body and
 * answers the bytes of FLOOR_BODY (the real server's response for the bench household); GET
 * /api/v1/health answers a few bytes. What the server cannot beat whatever the screening costs.
 */
import { readFileSync } from 'node:fs';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';

const body = readFileSync(process.env.FLOOR_BODY ?? '', 'utf8');
const app = new Hono();
app.get('/api/v1/health', (c) => c.json({ status: 'ok' }));
app.post('/api/v1/screenings', async (c) => {
  await c.req.json();
  return c.body(body, 200, { 'content-type': 'application/json' });
});
serve({ fetch: app.fetch, port: Number(process.env.PORT), hostname: '127.0.0.1' });
