/**
 * #/new: screen a household at the window and save it as a case. Every step of the resident
 * questionnaire (model.ts, rendered by form.ts) one after another on one page, then the
 * applicant's name and phone (the household model has none), the as-of date and a note.
 * "Save case" POSTs /cases and opens the case. The draft stays in memory only.
 */
import { isCalendarDate, todayInChina } from '../../../src/model/dates.js';
import { h } from '../dom.js';
import { memberLegend, type RenderedStep, renderStep, type StepContext } from '../form.js';
import { t } from '../i18n.js';
import { controlId, emptyAnswers, type FieldProblem, locate, STEPS, stepVisible, toHousehold } from '../model.js';
import type { App, Draft } from './app.js';
import { applicantBody, checkApplicant, compactSteps, NAME_INPUT_MAX, NAME_MAX, NOTE_MAX, PHONE_MAX } from './logic.js';
import { type Field, field, fill, st, summary } from './ui.js';

const ONE_PAGE = compactSteps(STEPS);

function newDraft(): Draft {
  return { answers: emptyAnswers(), applicant: { name: '', phone: '' }, note: '', asOf: todayInChina() };
}

export function showNewCase(app: App) {
  app.setTitle(st('newCase.title'));
  const draft = app.state.draft ?? newDraft();
  app.state.draft = draft;
  const a = draft.answers;
  const serverErrors = new Map<string, string>();
  const errors = summary('new-case-errors');

  const name = field({
    id: 'applicant-name',
    label: st('newCase.name'),
    hint: st('newCase.nameHint', { max: NAME_MAX }),
    value: draft.applicant.name,
    maxlength: NAME_INPUT_MAX,
  });
  const phone = field({
    id: 'applicant-phone',
    label: st('newCase.phone'),
    hint: st('newCase.phoneHint'),
    type: 'tel',
    inputmode: 'tel',
    value: draft.applicant.phone,
    maxlength: PHONE_MAX,
  });
  const asOf = field({
    id: 'case-asOf',
    label: st('newCase.asOf'),
    hint: st('newCase.asOfHint'),
    type: 'date',
    value: draft.asOf,
  });
  const note = field({
    id: 'case-note',
    label: st('newCase.note'),
    hint: st('newCase.noteHint', { max: NOTE_MAX }),
    textarea: true,
    value: draft.note,
    maxlength: NOTE_MAX,
  });
  name.input.addEventListener('input', () => {
    draft.applicant.name = name.value();
  });
  phone.input.addEventListener('input', () => {
    draft.applicant.phone = phone.value();
  });
  asOf.input.addEventListener('input', () => {
    draft.asOf = asOf.value();
  });
  note.input.addEventListener('input', () => {
    draft.note = note.value();
  });
  const byPath: Record<string, Field> = { 'applicant.name': name, 'applicant.phone': phone, asOf, note };

  const containers = ONE_PAGE.map((step) => h('section', { class: 'screen-step', 'data-step': step.id }));
  let sections: RenderedStep[] = [];

  const ctx: StepContext = {
    answers: a,
    serverErrors,
    save: () => refreshAll(),
    announce: app.announce,
    go: app.go,
    embedded: { rerender: () => renderAll() },
  };

  function refreshAll() {
    ONE_PAGE.forEach((step, i) => {
      const hidden = !stepVisible(step, a);
      if (containers[i].hidden !== hidden) containers[i].hidden = hidden;
      sections[i]?.refresh();
    });
  }

  function renderAll() {
    sections = [];
    ONE_PAGE.forEach((step, i) => {
      sections[i] = renderStep(containers[i], step, ctx);
    });
    refreshAll();
  }

  const save = h('button', { type: 'button', class: 'button primary', id: 'save-case' }, st('newCase.save'));
  const reset = h('button', { type: 'button', class: 'button secondary', id: 'reset-case' }, st('newCase.reset'));

  fill(
    app.main,
    h('h1', { tabindex: '-1', id: 'page-title' }, st('newCase.title')),
    h('p', { class: 'lead' }, st('newCase.lead')),
    errors.el,
    h(
      'section',
      { class: 'screen-step applicant', 'aria-labelledby': 'applicant-title' },
      h('h2', { id: 'applicant-title' }, st('newCase.applicant')),
      h('div', { class: 'field-grid' }, name.wrap, phone.wrap),
    ),
    h('div', { class: 'one-page' }, ...containers),
    h(
      'section',
      { class: 'screen-step case-facts', 'aria-labelledby': 'case-facts-title' },
      h('h2', { id: 'case-facts-title' }, st('newCase.case')),
      asOf.wrap,
      note.wrap,
    ),
    h('div', { class: 'actions' }, save, reset),
  );
  renderAll();

  reset.addEventListener('click', () => {
    if (!window.confirm(st('newCase.confirmReset'))) return;
    app.state.draft = newDraft();
    showNewCase(app);
    document.getElementById('page-title')?.focus();
  });

  /** "Person 2: child · Date of birth: …" for the summary. */
  function describe(p: FieldProblem): { message: string; target: string } {
    const where = locate(p.path);
    const q = where?.question;
    const label = q ? t(`questions:${q.field}.label`) : p.path;
    const who = where?.member !== undefined ? `${memberLegend(a, where.member)} · ` : '';
    return {
      message: t('errors.item', { label: `${who}${label}`, message: t(p.key, p.opts) }),
      target: controlId(where?.path ?? p.path),
    };
  }

  let busy = false;
  save.addEventListener('click', async () => {
    if (busy) return;
    errors.clear();
    for (const f of Object.values(byPath)) f.setError();
    serverErrors.clear();
    const { household, problems } = toHousehold(a);
    const items: { message: string; target?: string }[] = [];
    for (const s of sections) s.showProblems(problems);
    refreshAll();
    items.push(...problems.map(describe));
    for (const p of checkApplicant(draft.applicant)) {
      const f = byPath[p.path];
      const message = st(p.key, p.opts);
      f.setError(message);
      items.push({
        message: t('errors.item', { label: f.wrap.querySelector('label')?.textContent ?? '', message }),
        target: f.input.id,
      });
    }
    const date = asOf.value();
    if (date && !isCalendarDate(date)) {
      asOf.setError(t('errors.date'));
      items.push({ message: t('errors.date'), target: asOf.input.id });
    }
    if (items.length) {
      errors.show(items);
      return;
    }
    busy = true;
    save.disabled = true;
    save.textContent = st('newCase.saving');
    const reply = await app.api.createCase({
      household,
      asOf: date || undefined,
      note: note.value().trim() || undefined,
      applicant: applicantBody(draft.applicant),
    });
    busy = false;
    save.disabled = false;
    save.textContent = st('newCase.save');
    if (!app.user()) return;
    if (reply.ok) {
      const saved = reply.data.case;
      app.state.cases.set(String(saved.id), saved);
      app.state.draft = undefined;
      app.announce(st('newCase.saved', { number: saved.number }));
      app.go(`#/cases/${encodeURIComponent(String(saved.id))}`);
      return;
    }
    const general: { message: string; target?: string }[] = [];
    for (const e of reply.fields) {
      const own = byPath[e.path];
      if (own) {
        own.setError(e.message);
        general.push({ message: e.message, target: own.input.id });
        continue;
      }
      const where = e.path.startsWith('household') ? locate(e.path) : undefined;
      if (where) {
        serverErrors.set(where.path, e.message);
        general.push({ message: e.message, target: controlId(where.path) });
      } else general.push({ message: e.path ? `${e.path}: ${e.message}` : e.message });
    }
    refreshAll();
    errors.show(general.length ? general : [{ message: reply.message }]);
  });
}
