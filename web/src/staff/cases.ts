/**
 * #/cases: find saved cases by resident ID number (exact), county, created date, program and
 * outcome; masked applicants in a table (cards on a phone); paging; choose cases and export them
 * as CSV. The filters and the choice stay in memory (never in the address: an ID number must not
 * land in the browser's history).
 */

import { COUNTY_CODES } from '../../../src/model/vocabulary.js';
import { append, h } from '../dom.js';
import { t } from '../i18n.js';
import { type CaseSummary, OUTCOMES } from './api.js';
import type { App } from './app.js';
import { caseQuery, checkFilters, dateOf, exportHref, maskId, maskName, maskPhone, pageCount } from './logic.js';
import { dataTable, field, fill, notice, pager, st, summary } from './ui.js';

export async function showCases(app: App) {
  const hash = location.hash;
  app.setTitle(st('cases.title'));
  const f = app.state.filters;
  const programs = await app.programs();
  if (location.hash !== hash || !app.user()) return;
  const any: [string, string] = ['', st('cases.any')];

  const idNumber = field({
    id: 'f-idNumber',
    label: st('cases.idNumber'),
    hint: st('cases.idNumberHint'),
    value: f.idNumber,
    maxlength: 24,
    class: 'wide',
  });
  idNumber.input.setAttribute('autocapitalize', 'characters');
  const county = field({
    id: 'f-county',
    label: st('cases.county'),
    value: f.county,
    options: [any, ...COUNTY_CODES.map((c): [string, string] => [c, t(`common:values.county.${c}`)])],
  });
  const from = field({ id: 'f-from', label: st('cases.from'), type: 'date', value: f.from });
  const to = field({ id: 'f-to', label: st('cases.to'), type: 'date', value: f.to });
  const program = field({
    id: 'f-program',
    label: st('cases.program'),
    value: f.program,
    options: [any, ...[...programs].map(([id, name]): [string, string] => [id, name])],
    class: 'wide',
  });
  const outcome = field({
    id: 'f-outcome',
    label: st('cases.outcome'),
    hint: st('cases.outcomeHint'),
    value: f.outcome,
    options: [any, ...OUTCOMES.map((o): [string, string] => [o, t(`common:outcome.${o}`)])],
  });
  const errors = summary('search-errors');
  const form = h(
    'form',
    {
      novalidate: true,
      class: 'staff-form filters',
      id: 'case-search',
      role: 'search',
      'aria-label': st('cases.search'),
    },
    h('div', { class: 'field-grid' }, idNumber.wrap, county.wrap, from.wrap, to.wrap, program.wrap, outcome.wrap),
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'submit', class: 'button primary', id: 'search' }, st('cases.search')),
      h('button', { type: 'button', class: 'button secondary', id: 'search-clear' }, st('cases.clear')),
    ),
  );
  const results = h('div', { id: 'case-results' });

  app.main.replaceChildren(
    h('h1', { tabindex: '-1', id: 'page-title' }, st('cases.title')),
    h('p', { class: 'actions-inline' }, h('a', { class: 'button secondary', href: '#/new' }, st('nav.new'))),
    errors.el,
    form,
    results,
  );

  const readForm = () => {
    f.idNumber = idNumber.value();
    f.county = county.value();
    f.from = from.value();
    f.to = to.value();
    f.program = program.value();
    f.outcome = outcome.value();
  };

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    readForm();
    f.page = 1;
    void load(true);
  });
  document.getElementById('search-clear')?.addEventListener('click', () => {
    app.state.filters = {};
    app.state.selected.clear();
    void showCases(app);
  });

  async function load(focusResults: boolean) {
    errors.clear();
    for (const x of [idNumber, county, from, to, program, outcome]) x.setError();
    const problems = checkFilters(f);
    if (problems.length) {
      to.setError(st('errors.rangeOrder'));
      errors.show([{ message: st('errors.rangeOrder'), target: to.input.id }]);
      return;
    }
    results.replaceChildren(h('p', { class: 'loading', role: 'status' }, st('loading')));
    const reply = await app.api.cases(caseQuery(f));
    if (location.hash !== hash || !app.user()) return;
    if (!reply.ok) {
      results.replaceChildren();
      const byPath = { idNumber, county, from, to, program, outcome } as Record<string, ReturnType<typeof field>>;
      const items = reply.fields.map((e) => {
        const target = byPath[e.path];
        target?.setError(e.message);
        return { message: e.message, target: target?.input.id };
      });
      errors.show(items.length ? items : [{ message: reply.message }]);
      return;
    }
    render(reply.data.cases, reply.data.total, reply.data.page || f.page || 1, focusResults);
  }

  function render(cases: CaseSummary[], total: number, page: number, focusResults: boolean) {
    const selected = app.state.selected;
    const canExport = app.user()?.role !== 'hotline';
    const heading = h('h2', { id: 'results-heading', tabindex: '-1' }, st('cases.found', { count: total }));
    if (!cases.length) {
      results.replaceChildren(heading, notice(st('cases.none'), 'info'));
      if (focusResults) heading.focus();
      return;
    }
    const exportArea = h('div', { class: 'export', id: 'export-area' });
    const count = h('p', { id: 'selected-count', role: 'status' });
    const link = h('a', { class: 'button secondary', id: 'export', download: 'cases.csv', hidden: true });
    // Administrators may export names, ID numbers and phones in full (audited by the server).
    const unmasked = app.user()?.role === 'admin' ? h('input', { type: 'checkbox', id: 'export-unmasked' }) : undefined;
    const unmaskedRow = unmasked
      ? h(
          'p',
          { class: 'check', hidden: true },
          h('label', { class: 'option', for: 'export-unmasked' }, unmasked, h('span', {}, st('cases.unmasked'))),
        )
      : null;
    if (canExport) append(exportArea, [count, unmaskedRow, link]);
    const updateExport = () => {
      const ids = [...selected];
      count.textContent = st('cases.selected', { count: ids.length });
      link.hidden = ids.length === 0;
      if (unmaskedRow) unmaskedRow.hidden = ids.length === 0;
      const full = unmasked?.checked === true;
      link.href = exportHref(ids, full);
      link.textContent = st(full ? 'cases.exportUnmasked' : 'cases.export', { count: ids.length });
    };
    unmasked?.addEventListener('change', updateExport);
    const columns = [
      ...(canExport
        ? [
            {
              label: st('cases.choose'),
              class: 'col-choose',
              cell: (c: CaseSummary) => {
                const id = String(c.id);
                const box = h('input', {
                  type: 'checkbox',
                  id: `pick-${id}`,
                  checked: selected.has(id),
                  'data-case': id,
                });
                box.addEventListener('change', () => {
                  if (box.checked) selected.add(id);
                  else selected.delete(id);
                  updateExport();
                });
                return h(
                  'label',
                  { class: 'pick', for: `pick-${id}` },
                  box,
                  h('span', { class: 'sr-only' }, st('cases.chooseCase', { number: c.number })),
                );
              },
            },
          ]
        : []),
      {
        label: st('cases.number'),
        cell: (c: CaseSummary) =>
          h('a', { href: `#/cases/${encodeURIComponent(String(c.id))}`, class: 'case-link' }, c.number),
      },
      { label: st('cases.created'), cell: (c: CaseSummary) => dateOf(c.createdAt) },
      { label: st('cases.applicant'), cell: (c: CaseSummary) => maskName(c.applicant.name) || '—' },
      {
        label: st('cases.id'),
        cell: (c: CaseSummary) => h('span', { class: 'masked' }, maskId(c.applicant.idNumber) || '—'),
      },
      { label: st('cases.phone'), cell: (c: CaseSummary) => maskPhone(c.applicant.phone) || '—' },
      { label: st('cases.county'), cell: (c: CaseSummary) => (c.county ? t(`common:values.county.${c.county}`) : '—') },
      { label: st('cases.members'), cell: (c: CaseSummary) => String(c.members) },
      {
        label: st('cases.eligible'),
        class: 'col-programs',
        cell: (c: CaseSummary) =>
          c.eligible.length ? c.eligible.map((p) => programs.get(p) ?? p).join(t('sep')) : st('cases.noneEligible'),
      },
    ];
    const table = dataTable(st('cases.caption', { page }), columns, cases, (c) => ({ 'data-case': String(c.id) }));
    const pages = pageCount(total);
    const pickAll = canExport
      ? h('button', { type: 'button', class: 'button secondary', id: 'pick-page' }, st('cases.choosePage'))
      : null;
    pickAll?.addEventListener('click', () => {
      for (const c of cases) selected.add(String(c.id));
      for (const box of results.querySelectorAll<HTMLInputElement>('input[data-case]')) box.checked = true;
      updateExport();
    });
    fill(
      results,
      heading,
      pickAll ? h('div', { class: 'actions' }, pickAll) : null,
      table,
      pager(st('paging.label'), page, pages, (p) => {
        f.page = p;
        void load(true);
      }) ?? '',
      exportArea,
    );
    updateExport();
    if (focusResults) heading.focus();
  }

  await load(false);
}
