/**
 * Client errors in the user's language, with field paths. Every 4xx the API sends has this shape:
 * `{ error: { code, message, fields?: [{ path, message }] } }`.
 */
import type { Context, MiddlewareHandler } from 'hono';
import type { TFunction } from 'i18next';
import * as z from 'zod';
import type { ScreeningError } from '../engine/screen.js';
import { pickLocale } from '../i18n/index.js';
import type { AppEnv } from './app.js';

/** The error body: the one definition behind the type and the OpenAPI document. */
export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      fields: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    }),
  })
  .meta({ id: 'Error' });

export const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: ErrorSchema } },
});

export type ApiError = z.infer<typeof ErrorSchema>;

/** The value at a path of the submitted document (zod 4 issues do not carry the input by default). */
function valueAt(input: unknown, path: PropertyKey[]): unknown {
  let v = input;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

function issueMessage(t: TFunction, issue: z.core.$ZodIssue, input: unknown): string {
  switch (issue.code) {
    case 'invalid_type': {
      if (valueAt(input, issue.path) === undefined) return t('errors.required');
      if (issue.expected === 'int') return t('errors.not_integer');
      const expected = t(`errors.types.${issue.expected}`, { defaultValue: issue.expected });
      return t('errors.invalid_type', { expected });
    }
    case 'too_small': {
      const kind = issue.origin === 'array' ? 'array' : issue.origin === 'string' ? 'string' : 'number';
      return t(`errors.too_small_${kind}`, { minimum: String(issue.minimum) });
    }
    case 'too_big': {
      const kind = issue.origin === 'array' ? 'array' : issue.origin === 'string' ? 'string' : 'number';
      return t(`errors.too_big_${kind}`, { maximum: String(issue.maximum) });
    }
    case 'invalid_value':
      return t('errors.invalid_value', { options: issue.values.map(String).join(' | ') });
    case 'unrecognized_keys':
      return t('errors.unrecognized_keys', { keys: issue.keys.join(', ') });
    case 'invalid_format':
      return t('errors.invalid_format');
    case 'custom': {
      const { key, values } = (issue.params ?? {}) as { key?: string; values?: Record<string, string> };
      return key ? t(`errors.custom.${key}`, values) : t('errors.invalid');
    }
    default:
      return t('errors.invalid');
  }
}

export function validationError(t: TFunction, error: z.ZodError, input: unknown): ApiError {
  const fields = error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issueMessage(t, issue, input),
  }));
  return { error: { code: 'validation', message: t('errors.title'), fields } };
}

export function simpleError(code: string, message: string): ApiError {
  return { error: { code, message } };
}

/** A 400 body for a screening date the service cannot screen, on the field `asOf`. */
export function asOfError(message: string): ApiError {
  return { error: { code: 'as_of_out_of_range', message, fields: [{ path: 'asOf', message }] } };
}

/** A screening date before a parameter's first value (ScreeningError), on the field `asOf`. */
export function screeningDateError(t: TFunction, asOf: string, e: ScreeningError): ApiError {
  const parameter = t(`params:${e.cause.parameterId}`);
  return asOfError(t('errors.asOfBeforeParameters', { asOf, parameter, first: e.cause.firstDate ?? '' }));
}

/** A POST that is not JSON: 415 in the user's language. */
export const requireJson: MiddlewareHandler<AppEnv> = async (c, next) => {
  const type = c.req.header('content-type') ?? '';
  if (c.req.method === 'POST' && !/^application\/(.+\+)?json\b/i.test(type)) {
    return c.json(simpleError('unsupported_media_type', c.var.t('errors.unsupportedMediaType')), 415);
  }
  await next();
};

/** The error for a screening date before the first date screened (the earliest program), if it is. */
export function beforeFirstDate(t: TFunction, asOf: string, first: string): ApiError | undefined {
  return asOf < first ? asOfError(t('errors.asOfBeforePrograms', { asOf, first })) : undefined;
}

/**
 * The validation hook of every route: a 400 with field paths in the request's language. For a
 * JSON body, the body's own `locale` wins when it is readable, even if other fields are wrong.
 */
export async function validationHook(
  result: { success: true } | { success: false; error: z.ZodError; target: string },
  c: Context<AppEnv>,
) {
  if (result.success) return;
  const input = result.target === 'json' ? await c.req.json().catch(() => undefined) : c.req.query();
  const bodyLocale = typeof input?.locale === 'string' ? input.locale : undefined;
  const locale = pickLocale(bodyLocale, c.req.query('lang'), c.req.header('accept-language'));
  c.set('locale', locale);
  return c.json(validationError(c.var.core.t[locale], result.error, input), 400);
}
