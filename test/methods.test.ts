/** Every path in the route table answers a method it does not take with 405 and Allow, never 404. */
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/api/app.js';
import { openSqliteStore } from '../src/db/sqlite.js';

const store = openSqliteStore(':memory:');
const app = createApp({ store });
afterAll(() => store.close());

const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'];

/** Route paths and the methods registered for each (middleware, registered as ALL, left out). */
function routeTable(): Map<string, Set<string>> {
  const table = new Map<string, Set<string>>();
  for (const r of app.routes) {
    if (r.method === 'ALL') continue;
    const methods = table.get(r.path) ?? new Set<string>();
    methods.add(r.method);
    if (r.method === 'GET') methods.add('HEAD');
    table.set(r.path, methods);
  }
  return table;
}

describe('unsupported methods', () => {
  it('answer 405 with Allow and a localized JSON error on every route', async () => {
    const table = routeTable();
    expect(table.size).toBeGreaterThanOrEqual(7);
    for (const [route, methods] of table) {
      const path = route.replace(/:[^/]+/g, 'dibao');
      const allow = [...METHODS.filter((m) => methods.has(m)), 'OPTIONS'].join(', ');
      for (const method of METHODS.filter((m) => !methods.has(m))) {
        const res = await app.request(`${path}?lang=en`, { method });
        expect(res.status, `${method} ${route}`).toBe(405);
        expect(res.headers.get('Allow'), `${method} ${route}`).toBe(allow);
        if (method === 'HEAD') continue;
        expect(await res.json()).toEqual({
          error: { code: 'method_not_allowed', message: `${method} is not allowed here; use ${allow}` },
        });
      }
      const options = await app.request(path, { method: 'OPTIONS' });
      expect(options.status, `OPTIONS ${route}`).toBe(204);
      expect(options.headers.get('Allow')).toBe(allow);
    }
  });

  it('answer in Chinese by default', async () => {
    const res = await app.request('/api/v1/screenings');
    expect(res.status).toBe(405);
    expect(res.headers.get('Allow')).toBe('POST, OPTIONS');
    expect((await res.json()).error.message).toBe('此地址不接受 GET 请求，可用的有 POST, OPTIONS');
  });

  it('leave unknown paths a 404', async () => {
    for (const method of ['GET', 'POST', 'DELETE']) {
      expect((await app.request('/api/v1/nothing-here', { method })).status).toBe(404);
    }
    expect((await app.request('/api/v1/programs/dibao/extra', { method: 'PUT' })).status).toBe(404);
  });
});
