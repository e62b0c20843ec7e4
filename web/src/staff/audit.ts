/** #/audit (admin): who did what and when, filtered by case, user and date, in pages of 20. */
import { h } from '../dom.js';
import type { AuditRecord } from './api.js';
import type { App } from './app.js';
import { dateTimeOf, pageCount } from './logic.js';
import { dataTable, field, fill, notice, pager, st, summary } from './ui.js';

function detailText(d: unknown): string {
  if (d === undefined || d === null || d === '') return '—';
  if (typeof d === 'string') return d;
  if (typeof d === 'object') {
    return Object.entries(d as Record<string, unknown>)
      .map(([k, v]) => `${k}: ${typeof v === 'object' ? JSON.stringify(v) : String(v)}`)
      .join('; ');
  }
  return String(d);
}

export async function showAudit(app: App) {
  const hash = location.hash;
  app.setTitle(st('audit.title'));
  const filters = app.state.audit;
  const caseId = field({ id: 'a-caseId', label: st('audit.caseId'), value: filters.caseId, maxlength: 64 });
  const user = field({ id: 'a-user', label: st('audit.user'), value: filters.user, maxlength: 64 });
  const from = field({ id: 'a-from', label: st('cases.from'), type: 'date', value: filters.from });
  const to = field({ id: 'a-to', label: st('cases.to'), type: 'date', value: filters.to });
  const errors = summary('audit-errors');
  const results = h('div', { id: 'audit-results' });
  const form = h(
    'form',
    {
      novalidate: true,
      class: 'staff-form filters',
      id: 'audit-search',
      role: 'search',
      'aria-label': st('audit.search'),
    },
    h('div', { class: 'field-grid' }, caseId.wrap, user.wrap, from.wrap, to.wrap),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button primary' }, st('audit.search'))),
  );
  fill(app.main, h('h1', { tabindex: '-1', id: 'page-title' }, st('audit.title')), errors.el, form, results);

  async function load(focus: boolean) {
    errors.clear();
    for (const f of [caseId, user, from, to]) f.setError();
    if (filters.from && filters.to && filters.from > filters.to) {
      to.setError(st('errors.rangeOrder'));
      errors.show([{ message: st('errors.rangeOrder'), target: to.input.id }]);
      return;
    }
    const q = new URLSearchParams();
    for (const k of ['caseId', 'user', 'from', 'to'] as const) if (filters[k].trim()) q.set(k, filters[k].trim());
    if (filters.page > 1) q.set('page', String(filters.page));
    fill(results, h('p', { class: 'loading', role: 'status' }, st('loading')));
    const reply = await app.api.audit(q);
    if (location.hash !== hash || !app.user()) return;
    if (!reply.ok) {
      results.replaceChildren();
      const byPath: Record<string, ReturnType<typeof field>> = { caseId, user, from, to };
      const items = reply.fields.map((e) => {
        byPath[e.path]?.setError(e.message);
        return { message: e.message, target: byPath[e.path]?.input.id };
      });
      errors.show(items.length ? items : [{ message: reply.message }]);
      return;
    }
    const { records, total } = reply.data;
    const page = reply.data.page || filters.page;
    const heading = h('h2', { id: 'audit-heading', tabindex: '-1' }, st('audit.found', { count: total }));
    fill(
      results,
      heading,
      records.length
        ? dataTable(
            st('audit.caption', { page }),
            [
              { label: st('audit.at'), cell: (r: AuditRecord) => dateTimeOf(r.at) },
              {
                label: st('audit.user'),
                cell: (r: AuditRecord) => (r.user ? `${r.user.displayName} (${r.user.username})` : '—'),
              },
              { label: st('audit.action'), cell: (r: AuditRecord) => h('code', {}, r.action) },
              {
                label: st('audit.caseId'),
                cell: (r: AuditRecord) =>
                  r.caseId !== undefined && r.caseId !== null
                    ? h(
                        'a',
                        { href: `#/cases/${encodeURIComponent(String(r.caseId))}`, class: 'case-id' },
                        String(r.caseId),
                      )
                    : '—',
              },
              { label: st('audit.detail'), class: 'col-source', cell: (r: AuditRecord) => detailText(r.detail) },
            ],
            records,
          )
        : notice(st('audit.none'), 'info'),
      pager(st('paging.label'), page, pageCount(total), (p) => {
        filters.page = p;
        void load(true);
      }),
    );
    if (focus) heading.focus();
  }

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    filters.caseId = caseId.value();
    filters.user = user.value();
    filters.from = from.value();
    filters.to = to.value();
    filters.page = 1;
    void load(true);
  });
  await load(false);
}
