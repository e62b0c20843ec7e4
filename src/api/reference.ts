/**
 * A browsable API reference built from the generated OpenAPI document: HTML with its own style sheet
 * (no scripts, no CDN, nothing inline: the page CSP), so it works offline, on Workers, and with a
 * screen reader.
 */
import { html } from 'hono/html';
import type { TFunction } from 'i18next';
import type { Locale } from '../model/household.js';

interface Operation {
  operationId?: string;
  summary?: string;
  description?: string;
  parameters?: { name: string; in: string; required?: boolean }[];
  requestBody?: { content?: Record<string, { schema?: unknown }> };
  responses?: Record<string, { description?: string }>;
}

/** The page's style, served at /api/v1/reference.css: the page CSP allows no inline style. */
export const REFERENCE_STYLE = `
body{font:1rem/1.6 system-ui,"PingFang SC","Microsoft YaHei",sans-serif;margin:0;color:#1a1a1a;background:#fff}
main{max-width:60rem;margin:auto;padding:1rem}
h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:2rem;border-top:1px solid #ccc;padding-top:1rem}
code,pre{font-family:ui-monospace,monospace;font-size:.9rem}pre{background:#f4f4f4;padding:.75rem;overflow:auto;max-height:30rem}
.method{display:inline-block;min-width:4rem;font-weight:700;color:#fff;background:#0b5394;padding:0 .4rem;border-radius:3px;text-align:center}
.post{background:#38761d}a{color:#0b5394}a:focus,summary:focus{outline:3px solid #b45f06;outline-offset:2px}
dt{font-weight:700}`;

const REF = '#/components/schemas/';

/** The localized text of an operation's summary or response, falling back to the document's. */
function opText(t: TFunction, op: Operation, key: string, fallback: string | undefined): string {
  return op.operationId ? t(`api.ops.${op.operationId}.${key}`, { defaultValue: fallback ?? '' }) : (fallback ?? '');
}

function schemaBlock(t: TFunction, schema: unknown) {
  const ref = (schema as { $ref?: string } | undefined)?.$ref;
  if (ref?.startsWith(REF)) {
    const name = ref.slice(REF.length);
    return html`<p><a href="#schema-${name}">${t('api.reference.seeSchema', { name })}</a></p>`;
  }
  return html`<pre tabindex="0">${JSON.stringify(schema ?? {}, null, 2)}</pre>`;
}

export function referencePage(
  doc: { paths?: object; components?: { schemas?: Record<string, unknown> } },
  t: TFunction,
  locale: Locale,
) {
  const other = locale === 'zh-CN' ? 'en' : 'zh-CN';
  const paths = (doc.paths ?? {}) as Record<string, Record<string, Operation>>;
  const ops = Object.entries(paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({ path, method, op })),
  );
  return html`<!doctype html>
<html lang="${locale}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${t('api.reference.title')} — ${t('app.name')}</title><link rel="stylesheet" href="/api/v1/reference.css"></head>
<body><main>
<h1>${t('app.name')}: ${t('api.reference.title')}</h1>
<p><a href="?lang=${other}" lang="${other}">${t('api.reference.language')}</a></p>
<p>${t('api.reference.intro')} <a href="/api/v1/openapi.json">/api/v1/openapi.json</a></p>
${ops.map(
  ({ path, method, op }) => html`<section>
<h2><span class="method ${method}">${method.toUpperCase()}</span> <code>/api/v1${path.replace(/^\/api\/v1/, '')}</code></h2>
<p>${opText(t, op, 'summary', op.summary)}</p>
${op.description ? html`<p>${opText(t, op, 'description', op.description)}</p>` : ''}
${
  op.parameters?.length
    ? html`<h3>${t('api.reference.parameters')}</h3><ul>${op.parameters.map((p) => html`<li><code>${p.name}</code> (${p.in}${p.required ? `, ${t('api.reference.required')}` : ''})</li>`)}</ul>`
    : ''
}
${
  op.requestBody?.content
    ? html`<h3>${t('api.reference.request')}</h3>${schemaBlock(t, op.requestBody.content['application/json']?.schema)}`
    : ''
}
<h3>${t('api.reference.responses')}</h3>
<dl>${Object.entries(op.responses ?? {}).map(([code, r]) => html`<dt>${code}</dt><dd>${opText(t, op, `responses.${code}`, r.description)}</dd>`)}</dl>
</section>`,
)}
<h2>${t('api.reference.schemas')}</h2>
${Object.entries(doc.components?.schemas ?? {}).map(
  ([name, schema]) =>
    html`<details id="schema-${name}"><summary><code>${name}</code></summary><pre tabindex="0">${JSON.stringify(schema, null, 2)}</pre></details>`,
)}
</main></body></html>`;
}
