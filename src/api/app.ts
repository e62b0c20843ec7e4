/**
 * The Hono app: the same object serves Node (src/node.ts) and Workers (src/worker.ts). Platform
 * entries only supply the Store. Routes are small sub-apps under /api/v1; the OpenAPI document is
 * generated from the same zod schemas that validate requests.
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import type { TFunction } from 'i18next';
import { type Core, createCore, type EngineChoice } from '../core.js';
import type { Store } from '../db/store.js';
import { pickLocale } from '../i18n/index.js';
import { todayInChina } from '../model/dates.js';
import type { Locale } from '../model/household.js';
import { boundedPatterns, withBounds } from './contract.js';
import { simpleError } from './errors.js';
import { type Gzip, gzipResponses } from './gzip.js';
import { programRoutes } from './programs.js';
import { referencePage } from './reference.js';
import { screeningRoutes } from './screenings.js';
import { systemRoutes } from './system.js';

export const MAX_BODY_BYTES = 64 * 1024;
export const API_VERSION = '0.1.0';

export interface AppVariables {
  locale: Locale;
  t: TFunction;
  core: Core;
  /** The evaluator screenings use unless a request asks otherwise. */
  engine: EngineChoice;
}
export type AppEnv = { Variables: AppVariables };

export interface AppOptions {
  store: Store;
  /** Mounts the resident web page; platform-specific (src/node.ts passes mountWeb from ./web.ts). */
  web?: (app: OpenAPIHono<AppEnv>) => void;
  /** `reference` runs every screening through json-rules-engine (an audit); `compiled` by default. */
  engine?: EngineChoice;
  /**
   * gzip responses with this when the client accepts it (Node). Not on Workers: the runtime
   * compresses by itself and would encode a body that already carries a Content-Encoding again.
   */
  gzip?: Gzip;
  /** Milliseconds between checks of the parameter overrides' stamp (0: every request). */
  recheckMs?: number;
}

/**
 * The core with the staff overrides layered on the seeds, rebuilt only when the store's stamp says
 * the overrides changed. `recheckMs` spaces the stamp checks (a round trip on D1; microseconds on
 * SQLite). If the database fails, screening goes on with the last overrides read (the seeds at
 * worst): residents never depend on it.
 */
export function coreCache(store: Store, recheckMs = 0) {
  let stamp: string | undefined;
  let checked = 0;
  let core = createCore();
  let failing = false;
  return async (): Promise<Core> => {
    const now = Date.now();
    if (stamp !== undefined && now - checked < recheckMs) return core;
    try {
      const next = await store.overridesStamp();
      if (next !== stamp) {
        core = createCore(await store.listParameterOverrides());
        stamp = next;
      }
      checked = now;
      failing = false;
    } catch (e) {
      if (!failing) console.error(`parameter overrides unavailable, screening with the last values read: ${String(e)}`);
      failing = true;
    }
    return core;
  };
}

export function createApp({ store, web, engine = 'compiled', gzip, recheckMs = 0 }: AppOptions) {
  const getCore = coreCache(store, recheckMs);
  const app = new OpenAPIHono<AppEnv>();

  if (gzip) app.use('*', gzipResponses(gzip));

  app.use('*', async (c, next) => {
    const locale = pickLocale(c.req.query('lang'), c.req.header('accept-language'));
    const core = await getCore();
    c.set('core', core);
    c.set('engine', engine);
    c.set('locale', locale);
    c.set('t', core.t[locale]);
    await next();
    c.header('Content-Language', c.get('locale'));
    c.header('Vary', 'Accept-Language', { append: true });
  });

  app.use(
    '/api/*',
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: (c) => c.json(simpleError('too_large', c.var.t('errors.tooLarge', { max: '64 KB' })), 413),
    }),
  );

  app.route('/api/v1', systemRoutes(store));
  app.route('/api/v1', screeningRoutes());
  app.route('/api/v1', programRoutes());

  const openapiConfig = {
    openapi: '3.1.0',
    info: {
      title: 'Jiaozuo Entitlement Assistant API (焦作市民生服务资格助手)',
      version: API_VERSION,
      description:
        'Screens a household against the programs of the Jiaozuo 14th Five-Year Plan for public services. ' +
        'Every 4xx has the Error shape, with field paths for a 400; a method a path does not take is a 405 with Allow. ' +
        'The schemas state what the server checks; the checks no schema can express are named in the operation descriptions.',
    },
  };
  // Generated on each request: the date patterns move with today (src/api/contract.ts).
  const document = (c: Context<AppEnv>) =>
    withBounds(
      app.getOpenAPI31Document(openapiConfig),
      boundedPatterns(todayInChina(), c.var.core.catalogue.firstDate),
    );
  app.get('/api/v1/openapi.json', (c) => c.json(document(c)));
  app.get('/api/v1/reference', (c) => c.html(referencePage(document(c), c.var.t, c.var.locale)));
  web?.(app);

  app.notFound((c) => {
    // A path that exists under other methods: 405 with Allow (OPTIONS: 204 with Allow), not 404.
    const allow = allowedMethods(app.routes, c.req.path);
    if (allow.length === 0)
      return c.json(simpleError('not_found', c.var.t('errors.notFound', { what: c.req.path })), 404);
    c.header('Allow', allow.join(', '));
    if (c.req.method === 'OPTIONS') return c.body(null, 204);
    const message = c.var.t('errors.methodNotAllowed', { method: c.req.method, allow: allow.join(', ') });
    return c.json(simpleError('method_not_allowed', message), 405);
  });
  app.onError((err, c) => {
    const t = c.var.t;
    if (err instanceof HTTPException) {
      if (err.status === 400) return c.json(simpleError('malformed_json', t('errors.malformedJson')), 400);
      return c.json(simpleError('http', err.message), err.status);
    }
    // Never log request bodies: they hold ID numbers. The error's message and stack are enough.
    console.error(`[${c.req.method} ${c.req.path}] ${err.name}: ${err.message}`);
    return c.json(simpleError('internal', t('errors.internal')), 500);
  });
  return app;
}

export type App = ReturnType<typeof createApp>;

const METHOD_ORDER = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];
const routeRegex = new Map<string, RegExp>();

/** A route path (`/api/v1/programs/:id`, `/assets/*`) as a regular expression over request paths. */
function pathRegex(path: string): RegExp {
  let re = routeRegex.get(path);
  if (!re) {
    const parts = path
      .split('/')
      .map((seg) => (seg.startsWith(':') ? '[^/]+' : seg === '*' ? '.*' : seg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    re = new RegExp(`^${parts.join('/')}$`);
    routeRegex.set(path, re);
  }
  return re;
}

/** The methods a path takes, from the route table (middleware excluded); HEAD with GET and OPTIONS, as answered. */
export function allowedMethods(routes: readonly { method: string; path: string }[], path: string): string[] {
  const methods = new Set<string>();
  for (const r of routes) {
    if (r.method === 'ALL' || !pathRegex(r.path).test(path)) continue;
    methods.add(r.method);
    if (r.method === 'GET') methods.add('HEAD');
  }
  if (methods.size > 0) methods.add('OPTIONS');
  return METHOD_ORDER.filter((m) => methods.has(m));
}
