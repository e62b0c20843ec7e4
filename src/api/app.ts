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
import { PASSWORD_ITERATIONS } from '../auth/password.js';
import { type Core, createCore, type EngineChoice, translators } from '../core.js';
import { DatabaseError, type Store } from '../db/store.js';
import type { User } from '../db/users.js';
import { pickLocale } from '../i18n/index.js';
import { todayInChina } from '../model/dates.js';
import type { Locale } from '../model/household.js';
import type { ParameterOverride } from '../params/parameters.js';
import { accountRoutes } from './accounts.js';
import { auditRoutes } from './audit.js';
import { authRoutes } from './auth.js';
import { caseRoutes } from './cases.js';
import { boundedPatterns, withBounds } from './contract.js';
import { simpleError } from './errors.js';
import { type Gzip, gzipResponses } from './gzip.js';
import { pageHeaders } from './headers.js';
import { interviewRoutes } from './interview.js';
import { parameterRoutes } from './parameters.js';
import { programRoutes } from './programs.js';
import { REFERENCE_STYLE, referencePage } from './reference.js';
import { screeningRoutes } from './screenings.js';
import { systemRoutes } from './system.js';
import { type CoreCache, type CoreEntry, coreMemo, idHasher, type WindowDeps } from './window.js';

export const MAX_BODY_BYTES = 64 * 1024;
export const API_VERSION = '0.1.0';

export interface AppVariables {
  locale: Locale;
  t: TFunction;
  core: Core;
  /** The evaluator screenings use unless a request asks otherwise. */
  engine: EngineChoice;
  /** The signed-in account (staff routes only). */
  user?: User;
  session?: { tokenHash: string; csrfToken: string };
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
  /** The clock of sessions, rate limits and records, in ms since the epoch (tests inject one). */
  now?: () => number;
  /**
   * The key of the ID numbers' keyed hash (env ID_HASH_KEY). Without it, a random key is made once
   * and kept in the settings table: fine for development, but production sets the variable so the
   * key does not sit beside the hashes.
   */
  idHashKey?: string;
  /**
   * The client's address for the sign-in rate limit: the socket's on Node (X-Forwarded-For is not
   * trusted), CF-Connecting-IP on Workers. Without one (in-process tests), failures are limited per
   * username only: lumping every client into one address would let anyone lock everyone out.
   */
  clientAddress?: (c: Context) => string | undefined;
  /** PBKDF2 iterations of new password hashes (Workers allows at most WORKERS_ITERATIONS). */
  passwordIterations?: number;
}

/**
 * The core with the staff overrides layered on the seeds, rebuilt only when the store's stamp says
 * the overrides changed. `recheckMs` spaces the stamp checks (a round trip on D1; microseconds on
 * SQLite). If the database fails, screening goes on with the last overrides read (the seeds at
 * worst): residents never depend on it.
 */
export function coreCache(store: Store, recheckMs = 0): CoreCache {
  let stamp: string | undefined;
  let checked = 0;
  let entry: CoreEntry = { core: createCore(), overrides: [] };
  let failing = false;
  const current = async (): Promise<CoreEntry> => {
    const now = Date.now();
    if (stamp !== undefined && now - checked < recheckMs) return entry;
    try {
      const next = await store.overridesStamp();
      if (next !== stamp) {
        const overrides: ParameterOverride[] = await store.listParameterOverrides();
        entry = { core: createCore(overrides), overrides };
        stamp = next;
      }
      checked = now;
      failing = false;
    } catch (e) {
      if (!failing) console.error(`parameter overrides unavailable, screening with the last values read: ${String(e)}`);
      failing = true;
    }
    return entry;
  };
  return {
    entry: current,
    get: async () => (await current()).core,
    invalidate() {
      stamp = undefined;
    },
  };
}

export function createApp({
  store,
  web,
  engine = 'compiled',
  gzip,
  recheckMs = 0,
  now = Date.now,
  idHashKey,
  clientAddress,
  passwordIterations = PASSWORD_ITERATIONS,
}: AppOptions) {
  const cores = coreCache(store, recheckMs);
  const app = new OpenAPIHono<AppEnv>();

  // First: the language and its translator, so that every answer (errors included) can be worded.
  app.use('*', async (c, next) => {
    const locale = pickLocale(c.req.query('lang'), c.req.header('accept-language'));
    c.set('locale', locale);
    c.set('t', translators[locale]);
    await next();
    c.header('Content-Language', c.get('locale'));
    c.header('Vary', 'Accept-Language', { append: true });
  });

  if (gzip) app.use('*', gzipResponses(gzip));

  app.use('*', async (c, next) => {
    c.set('core', await cores.get());
    c.set('engine', engine);
    await next();
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
  app.route('/api/v1', interviewRoutes());
  app.route('/api/v1', programRoutes());

  // The service window's staff API: each route carries its own guards (src/auth/middleware.ts).
  const deps: WindowDeps = {
    store,
    now,
    iterations: passwordIterations,
    clientAddress: (c) => clientAddress?.(c) || undefined,
    idHash: idHasher(store, idHashKey),
    cores,
    coreFor: coreMemo(),
  };
  app.route('/api/v1', authRoutes(deps));
  app.route('/api/v1', caseRoutes(deps));
  app.route('/api/v1', accountRoutes(deps));
  app.route('/api/v1', auditRoutes(deps));
  app.route('/api/v1', parameterRoutes(deps));

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
  app.get('/api/v1/reference', (c) => {
    pageHeaders(c);
    return c.html(referencePage(document(c), c.var.t, c.var.locale));
  });
  app.get('/api/v1/reference.css', (c) => {
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Cache-Control', 'public, max-age=3600');
    return c.body(REFERENCE_STYLE, 200, { 'Content-Type': 'text/css; charset=utf-8' });
  });
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
    // The translator is set first, but an error may still come before it: word it anyway.
    const t = c.var.t ?? translators[pickLocale(c.req.query('lang'), c.req.header('accept-language'))];
    if (err instanceof DatabaseError) {
      console.error(`[${c.req.method} ${c.req.path}] database unavailable: ${err.message}`);
      c.header('Cache-Control', 'no-store');
      return c.json(simpleError('unavailable', t('errors.window.unavailable')), 503);
    }
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
