/**
 * #/parameters (admin): every parameter with the value in force, placeholders (UNVERIFIED)
 * marked. #/parameters/:id: its dated values, and a form to add one with its source document:
 * "Check impact" lists the saved cases whose outcome or amount would change, then "Save".
 * Validation errors (src/params/validate.ts on the server) are shown at their fields.
 */
import { todayInChina } from '../../../src/model/dates.js';
import { h } from '../dom.js';
import { t } from '../i18n.js';
import type { Affected, Parameter, ParameterValue } from './api.js';
import type { App } from './app.js';
import { standingText } from './case.js';
import { dataTable, type Field, field, fill, notice, st, summary } from './ui.js';

async function loadParameters(app: App, fresh = false): Promise<Parameter[] | string> {
  if (app.state.parameters && !fresh) return app.state.parameters;
  const reply = await app.api.parameters();
  if (!reply.ok) return reply.message;
  app.state.parameters = reply.data.parameters;
  return reply.data.parameters;
}

function valueText(p: Pick<Parameter, 'unit'>, value: number | string): string {
  return t(`staff:units.${p.unit}`, { value, defaultValue: `${value} ${p.unit}` });
}

function placeholder(unverified: boolean): HTMLElement | null {
  return unverified ? h('span', { class: 'tbc' }, st('parameters.unverified')) : null;
}

export async function showParameters(app: App) {
  const hash = location.hash;
  app.setTitle(st('parameters.title'));
  fill(app.main, h('p', { class: 'loading', role: 'status' }, st('loading')));
  const list = await loadParameters(app, true);
  if (location.hash !== hash || !app.user()) return;
  if (typeof list === 'string') {
    fill(app.main, h('h1', { tabindex: '-1', id: 'page-title' }, st('parameters.title')), notice(list, 'error'));
    return;
  }
  const onlyPlaceholders = h('input', { type: 'checkbox', id: 'only-unverified' });
  const count = list.filter((p) => p.inForce?.unverified).length;
  const table = h('div', { id: 'parameter-table' });
  const draw = () => {
    const rows = onlyPlaceholders.checked ? list.filter((p) => p.inForce?.unverified) : list;
    fill(
      table,
      dataTable(
        st('parameters.caption', { count: rows.length }),
        [
          {
            label: st('parameters.label'),
            cell: (p: Parameter) => [
              h('a', { href: `#/parameters/${encodeURIComponent(p.id)}`, class: 'param-link' }, p.label),
              h('span', { class: 'param-id' }, p.id),
            ],
          },
          {
            label: st('parameters.inForce'),
            cell: (p: Parameter) =>
              p.inForce
                ? [h('strong', {}, valueText(p, p.inForce.value)), ' ', placeholder(p.inForce.unverified) ?? '']
                : st('parameters.notYet'),
          },
          { label: st('parameters.from'), cell: (p: Parameter) => p.inForce?.from ?? p.firstFrom },
          { label: st('parameters.source'), class: 'col-source', cell: (p: Parameter) => p.inForce?.source ?? '—' },
        ],
        rows,
        (p) => ({ 'data-parameter': p.id, ...(p.inForce?.unverified ? { 'data-unverified': 'true' } : {}) }),
      ),
    );
  };
  onlyPlaceholders.addEventListener('change', draw);
  fill(
    app.main,
    h('h1', { tabindex: '-1', id: 'page-title' }, st('parameters.title')),
    h('p', { class: 'lead' }, st('parameters.lead', { count })),
    h(
      'p',
      { class: 'check' },
      h(
        'label',
        { class: 'option', for: 'only-unverified' },
        onlyPlaceholders,
        h('span', {}, st('parameters.onlyUnverified')),
      ),
    ),
    table,
  );
  draw();
}

export async function showParameter(app: App, id: string) {
  const hash = location.hash;
  fill(app.main, h('p', { class: 'loading', role: 'status' }, st('loading')));
  const list = await loadParameters(app);
  if (location.hash !== hash || !app.user()) return;
  const p = typeof list === 'string' ? undefined : list.find((x) => x.id === id);
  if (!p) {
    app.setTitle(st('parameters.notFound'));
    fill(
      app.main,
      h('h1', { tabindex: '-1', id: 'page-title' }, st('parameters.notFound')),
      notice(typeof list === 'string' ? list : id, 'error'),
      h('a', { class: 'button secondary', href: '#/parameters' }, st('parameters.back')),
    );
    return;
  }
  render(app, p);
}

function render(app: App, p: Parameter, message?: HTMLElement) {
  app.setTitle(p.label);
  const bounds = [
    p.min !== undefined ? st('parameters.min', { value: valueText(p, p.min) }) : '',
    p.max !== undefined ? st('parameters.max', { value: valueText(p, p.max) }) : '',
    p.integer ? st('parameters.integer') : '',
  ].filter(Boolean);

  const values = dataTable(
    st('parameters.valuesCaption'),
    [
      { label: st('parameters.from'), cell: (v: ParameterValue) => v.from },
      {
        label: st('parameters.value'),
        cell: (v: ParameterValue) => [valueText(p, v.value), ' ', placeholder(v.unverified) ?? ''],
      },
      { label: st('parameters.source'), class: 'col-source', cell: (v: ParameterValue) => v.source },
      {
        label: st('parameters.origin'),
        cell: (v: ParameterValue) =>
          v.origin === 'staff'
            ? st('parameters.byStaff', { by: v.by ?? '', at: (v.at ?? '').slice(0, 10) })
            : st('parameters.seed'),
      },
      {
        label: st('parameters.actions'),
        cell: (v: ParameterValue) => {
          if (v.origin !== 'staff') return '—';
          const b = h(
            'button',
            { type: 'button', class: 'button secondary small', 'data-remove': v.from },
            st('parameters.remove', { from: v.from }),
          );
          b.addEventListener('click', async () => {
            if (!window.confirm(st('parameters.confirmRemove', { from: v.from }))) return;
            const reply = await app.api.deleteValue(p.id, v.from);
            if (!app.user()) return;
            const list = await loadParameters(app, true);
            const fresh = typeof list === 'string' ? p : (list.find((x) => x.id === p.id) ?? p);
            render(
              app,
              fresh,
              notice(reply.ok ? st('parameters.removed', { from: v.from }) : reply.message, reply.ok ? 'ok' : 'error'),
            );
          });
          return b;
        },
      },
    ],
    [...p.values].sort((a, b) => (a.from < b.from ? 1 : -1)),
  );

  // --- add a value -------------------------------------------------------------------------
  const from = field({
    id: 'value-from',
    label: st('parameters.newFrom'),
    hint: st('parameters.newFromHint', { first: p.firstFrom }),
    type: 'date',
    value: todayInChina(),
  });
  const value = field({
    id: 'value-value',
    label: st('parameters.newValue'),
    hint: [t(`staff:unitNames.${p.unit}`, { defaultValue: p.unit }), ...bounds].join(t('sep')),
    inputmode: 'decimal',
    maxlength: 24,
  });
  const source = field({
    id: 'value-source',
    label: st('parameters.newSource'),
    hint: st('parameters.newSourceHint'),
    textarea: true,
    maxlength: 500,
  });
  const fields: Record<string, Field> = { from, value, source, note: source };
  const errors = summary('value-errors');
  const check = h('button', { type: 'submit', class: 'button secondary', id: 'check-impact' }, st('parameters.check'));
  const save = h(
    'button',
    { type: 'button', class: 'button primary', id: 'save-value', hidden: true },
    st('parameters.save'),
  );
  const impact = h('div', { id: 'impact', 'aria-live': 'polite' });
  const form = h(
    'form',
    { novalidate: true, class: 'staff-form', id: 'value-form' },
    from.wrap,
    value.wrap,
    source.wrap,
    h('div', { class: 'actions' }, check),
  );

  /** What was checked: Save sends exactly this, and a change of any field asks for a new check. */
  let checked: { from: string; value: string; source: string } | undefined;
  const body = () => ({ from: from.value(), value: value.value().trim(), source: source.value().trim() });
  const stale = () => {
    if (!checked) return;
    checked = undefined;
    save.hidden = true;
    fill(impact, notice(st('parameters.stale'), 'info'));
  };
  for (const f of [from, value, source]) f.input.addEventListener('input', stale);

  const showFieldErrors = (reply: { fields: { path: string; message: string }[]; message: string }) => {
    const items = reply.fields.map((e) => {
      const f = fields[e.path];
      f?.setError(e.message);
      return { message: e.message, target: f?.input.id };
    });
    errors.show(items.length ? items : [{ message: reply.message }]);
  };

  let busy = false;
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    if (busy) return;
    busy = true;
    errors.clear();
    for (const f of [from, value, source]) f.setError();
    const sent = body();
    fill(impact, h('p', { class: 'loading', role: 'status' }, st('parameters.checking')));
    const reply = await app.api.impact(p.id, sent);
    busy = false;
    if (!app.user()) return;
    if (!reply.ok) {
      impact.replaceChildren();
      showFieldErrors(reply);
      return;
    }
    checked = sent;
    const { affected, checked: n } = reply.data;
    const heading = h('h2', { id: 'impact-title', tabindex: '-1' }, st('parameters.impactTitle'));
    fill(
      impact,
      heading,
      notice(
        affected.length
          ? st('parameters.affected', { count: affected.length, checked: n })
          : st('parameters.noneAffected', { checked: n }),
        affected.length ? 'info' : 'ok',
      ),
      affected.length
        ? dataTable(
            st('parameters.affectedCaption'),
            [
              {
                label: st('cases.number'),
                cell: (x: Affected) => h('a', { href: `#/cases/${encodeURIComponent(String(x.caseId))}` }, x.number),
              },
              { label: st('case.program'), cell: (x: Affected) => x.program },
              { label: st('case.before'), cell: (x: Affected) => standingText(x.before) },
              { label: st('case.after'), cell: (x: Affected) => h('strong', {}, standingText(x.after)) },
            ],
            affected,
            (x) => ({ 'data-case': String(x.caseId), 'data-program': x.programId }),
          )
        : null,
    );
    save.hidden = false;
    heading.focus();
  });

  save.addEventListener('click', async () => {
    if (busy || !checked) return;
    busy = true;
    save.disabled = true;
    const reply = await app.api.addValue(p.id, checked);
    busy = false;
    save.disabled = false;
    if (!app.user()) return;
    if (!reply.ok) {
      showFieldErrors(reply);
      return;
    }
    app.state.parameters = app.state.parameters?.map((x) => (x.id === p.id ? reply.data.parameter : x));
    // Cases read before now were screened with the old value.
    app.state.cases.clear();
    render(app, reply.data.parameter, notice(st('parameters.saved', { from: checked.from }), 'ok'));
    document.getElementById('page-title')?.focus();
  });

  fill(
    app.main,
    h('p', {}, h('a', { href: '#/parameters' }, st('parameters.back'))),
    h('h1', { tabindex: '-1', id: 'page-title' }, p.label),
    message,
    h(
      'dl',
      { class: 'case-meta' },
      h('dt', {}, st('parameters.id')),
      h('dd', {}, h('code', {}, p.id)),
      h('dt', {}, st('parameters.inForce')),
      p.inForce
        ? h(
            'dd',
            {},
            valueText(p, p.inForce.value),
            ' ',
            placeholder(p.inForce.unverified) ?? '',
            ' ',
            st('parameters.since', { from: p.inForce.from }),
          )
        : h('dd', {}, st('parameters.notYet')),
      h('dt', {}, st('parameters.source')),
      h('dd', {}, p.inForce?.source ?? '—'),
    ),
    h(
      'section',
      { 'aria-labelledby': 'values-title' },
      h('h2', { id: 'values-title' }, st('parameters.values')),
      values,
    ),
    h(
      'section',
      { 'aria-labelledby': 'add-title' },
      h('h2', { id: 'add-title' }, st('parameters.add')),
      h('p', { class: 'hint' }, st('parameters.addLead')),
      errors.el,
      form,
      impact,
      h('div', { class: 'actions' }, save),
    ),
  );
}
