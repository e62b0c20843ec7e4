/**
 * #/cases/:id: the case's results (results.ts, as the resident sees them, with its print layout),
 * the applicant in full for the window, the household as entered, the history of screenings,
 * "Re-screen as of <date>" with what changed program by program, and print: the results plus the
 * case number, the staff member's window and name and the date.
 */
import { isCalendarDate, todayInChina } from '../../../src/model/dates.js';
import { h } from '../dom.js';
import { t } from '../i18n.js';
import { renderResults } from '../results.js';
import type { CaseDetail, Change, Standing } from './api.js';
import type { App } from './app.js';
import { amountOf, dateTimeOf } from './logic.js';
import { dataTable, field, fill, notice, pair, st, summary } from './ui.js';

const COUNT_ORDER = ['held', 'eligible', 'once', 'needs_info', 'refer', 'not_eligible'];

/** "可以申请 5 项，还要补充信息 3 项" from a screening's counts. */
export function countsText(counts: Record<string, number> | undefined): string {
  if (!counts) return '';
  const keys = Object.keys(counts).sort((x, y) => {
    const a = COUNT_ORDER.indexOf(x);
    const b = COUNT_ORDER.indexOf(y);
    return (a < 0 ? 99 : a) - (b < 0 ? 99 : b);
  });
  return keys
    .filter((k) => counts[k] > 0)
    .map((k) => t(`results.counts.${k}`, { count: counts[k], defaultValue: `${k} ${counts[k]}` }))
    .join(t('results.counts.join'));
}

export function standingText(s: Standing): string {
  const outcome =
    s.outcome === 'not_in_force'
      ? st('case.notInForce')
      : t(`common:outcome.${s.outcome}`, { defaultValue: s.outcome });
  const amount = amountOf(s.amount);
  if (amount === undefined) return outcome;
  const money = typeof amount === 'number' ? st(`case.yuan.${s.period ?? 'none'}`, { value: amount }) : amount;
  return `${outcome}${st('case.amountSep')}${money}`;
}

function changesTable(changes: Change[], caption: string): HTMLElement {
  return dataTable(
    caption,
    [
      { label: st('case.program'), cell: (c: Change) => c.program },
      { label: st('case.before'), cell: (c: Change) => standingText(c.before) },
      { label: st('case.after'), cell: (c: Change) => h('strong', {}, standingText(c.after)) },
    ],
    changes,
    (c) => ({ 'data-program': c.programId }),
  );
}

async function load(app: App, id: string): Promise<CaseDetail | string> {
  const cached = app.state.cases.get(id);
  if (cached) return cached;
  const reply = await app.api.getCase(id);
  if (!reply.ok) return reply.message;
  app.state.cases.set(id, reply.data.case);
  return reply.data.case;
}

export async function showCase(app: App, id: string) {
  const hash = location.hash;
  app.setTitle(st('case.loading'));
  fill(app.main, h('p', { class: 'loading', role: 'status' }, st('loading')));
  const found = await load(app, id);
  if (location.hash !== hash || !app.user()) return;
  if (typeof found === 'string') {
    app.setTitle(st('case.notFound'));
    fill(
      app.main,
      h('h1', { tabindex: '-1', id: 'page-title' }, st('case.notFound')),
      notice(found, 'error'),
      h('a', { class: 'button secondary', href: '#/cases' }, st('nav.cases')),
    );
    return;
  }
  render(app, found);
}

function render(app: App, c: CaseDetail) {
  const user = app.user();
  app.setTitle(st('case.title', { number: c.number }));
  const canRescreen = user?.role === 'staff' || user?.role === 'admin';
  const today = todayInChina();

  // --- the applicant and the household, for the window (not printed) ---------------------
  const meta = h(
    'dl',
    { class: 'case-meta' },
    ...pair(st('case.created'), `${dateTimeOf(c.createdAt)} · ${c.createdBy}`),
    ...pair(st('case.county'), c.county ? t(`common:values.county.${c.county}`) : undefined),
    ...pair(st('case.asOf'), c.asOf),
    ...pair(st('case.screened'), `${dateTimeOf(c.screenedAt)} · ${c.screenedBy}`),
    ...pair(st('case.versions'), [c.rulesVersion, c.parametersVersion].filter(Boolean).join(' · ')),
  );
  const applicant = h(
    'section',
    { class: 'no-print', 'aria-labelledby': 'applicant-title' },
    h('h2', { id: 'applicant-title' }, st('case.applicant')),
    h(
      'dl',
      { class: 'case-meta' },
      ...pair(st('case.name'), c.applicantFull?.name || '—'),
      ...pair(st('case.phone'), c.applicantFull?.phone || '—'),
      ...pair(st('case.note'), c.note),
    ),
  );
  const members = (c.household?.members ?? []) as Record<string, unknown>[];
  const household = h(
    'section',
    { class: 'no-print', 'aria-labelledby': 'household-title' },
    h('h2', { id: 'household-title' }, st('case.household', { count: members.length })),
    dataTable(
      st('case.householdCaption'),
      [
        { label: st('case.member'), cell: (m: Record<string, unknown>) => String(members.indexOf(m) + 1) },
        {
          label: st('case.relation'),
          cell: (m: Record<string, unknown>) => (m.relation ? t(`common:values.relation.${m.relation}`) : '—'),
        },
        { label: st('case.idNumber'), cell: (m: Record<string, unknown>) => String(m.idNumber ?? '—') },
        { label: st('case.birthDate'), cell: (m: Record<string, unknown>) => String(m.birthDate ?? '—') },
        {
          label: st('case.sex'),
          cell: (m: Record<string, unknown>) => (m.sex ? t(`common:values.sex.${m.sex}`) : '—'),
        },
      ],
      members,
    ),
  );

  // --- re-screen ---------------------------------------------------------------------------
  const rescreen = canRescreen ? rescreenSection(app, c, today) : null;

  // --- history -----------------------------------------------------------------------------
  const history = h(
    'section',
    { class: 'no-print', 'aria-labelledby': 'history-title' },
    h('h2', { id: 'history-title' }, st('case.history')),
    dataTable(
      st('case.historyCaption'),
      [
        { label: st('case.at'), cell: (e: CaseDetail['history'][number]) => dateTimeOf(e.at) },
        { label: st('case.by'), cell: (e: CaseDetail['history'][number]) => e.by },
        { label: st('case.asOf'), cell: (e: CaseDetail['history'][number]) => e.asOf },
        { label: st('case.outcomes'), cell: (e: CaseDetail['history'][number]) => countsText(e.counts) },
      ],
      [...(c.history ?? [])].sort((x, y) => (x.at < y.at ? 1 : -1)),
    ),
  );

  const printButton = h('button', { type: 'button', class: 'button primary', id: 'print-case' }, st('case.print'));
  printButton.addEventListener('click', () => window.print());
  const results = h('div', { class: 'case-results', id: 'case-results' });

  fill(
    app.main,
    h('p', { class: 'print-only print-heading' }, st('case.printHeading')),
    h('h1', { tabindex: '-1', id: 'page-title' }, st('case.title', { number: c.number })),
    h(
      'p',
      { class: 'print-only print-staff', id: 'print-staff' },
      [
        user?.window ? st('case.printWindow', { window: user.window }) : '',
        st('case.printStaff', { name: user?.displayName ?? '' }),
        st('case.printDate', { date: today }),
      ]
        .filter(Boolean)
        .join(' · '),
    ),
    h('div', { class: 'no-print' }, meta),
    h(
      'div',
      { class: 'actions no-print' },
      printButton,
      h('a', { class: 'button secondary', href: '#/cases' }, st('case.back')),
    ),
    applicant,
    household,
    rescreen,
    history,
    h('h2', { class: 'results-title no-print', id: 'results-title' }, st('case.results', { date: c.screening.asOf })),
    results,
    h('p', { class: 'print-only' }, st('case.printNote')),
  );
  renderResults(results, c.screening, { embedded: true, go: app.go, clear: () => undefined });
}

function rescreenSection(app: App, c: CaseDetail, today: string): HTMLElement {
  const id = String(c.id);
  const asOf = field({
    id: 'rescreen-asOf',
    label: st('case.rescreenDate'),
    hint: st('case.rescreenHint'),
    type: 'date',
    value: today,
  });
  const button = h(
    'button',
    { type: 'submit', class: 'button primary', id: 'rescreen' },
    st('case.rescreen', { date: today }),
  );
  asOf.input.addEventListener('input', () => {
    button.textContent = st('case.rescreen', { date: asOf.value() || today });
  });
  const errors = summary('rescreen-errors');
  const out = h('div', { id: 'rescreen-result' });
  const last = app.state.changes.get(id);
  if (last) showChanges(out, last.asOf, last.changes);
  const form = h(
    'form',
    { novalidate: true, class: 'staff-form', id: 'rescreen-form' },
    asOf.wrap,
    h('div', { class: 'actions' }, button),
  );
  let busy = false;
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    if (busy) return;
    errors.clear();
    asOf.setError();
    const date = asOf.value();
    if (date && !isCalendarDate(date)) {
      asOf.setError(t('errors.date'));
      errors.show([{ message: t('errors.date'), target: asOf.input.id }]);
      return;
    }
    busy = true;
    button.disabled = true;
    const hash = location.hash;
    const reply = await app.api.rescreen(id, date || undefined);
    busy = false;
    button.disabled = false;
    if (!app.user()) return;
    if (!reply.ok) {
      const items = reply.fields.map((f) => {
        if (f.path === 'asOf') asOf.setError(f.message);
        return { message: f.message, target: f.path === 'asOf' ? asOf.input.id : undefined };
      });
      errors.show(items.length ? items : [{ message: reply.message }]);
      return;
    }
    app.state.cases.set(id, reply.data.case);
    app.state.changes.set(id, { asOf: reply.data.case.screening.asOf, changes: reply.data.changes });
    if (location.hash !== hash) return;
    render(app, reply.data.case);
    const result = document.getElementById('rescreen-result');
    result?.querySelector<HTMLElement>('h3')?.focus();
  });
  return h(
    'section',
    { class: 'no-print rescreen', 'aria-labelledby': 'rescreen-title' },
    h('h2', { id: 'rescreen-title' }, st('case.rescreenTitle')),
    h('p', { class: 'hint' }, st('case.rescreenLead')),
    errors.el,
    form,
    out,
  );
}

function showChanges(out: HTMLElement, asOf: string, changes: Change[]) {
  const heading = h('h3', { tabindex: '-1', id: 'changes-title' }, st('case.changesTitle', { date: asOf }));
  if (!changes.length) {
    fill(out, heading, notice(st('case.noChanges'), 'ok'));
    return;
  }
  fill(
    out,
    heading,
    notice(st('case.changed', { count: changes.length }), 'info'),
    changesTable(changes, st('case.changesCaption', { date: asOf })),
  );
}
