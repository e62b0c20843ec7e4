/**
 * One step of the questionnaire: its questions for the household and for each member, rendered
 * once, then shown or hidden as answers change (so focus and typing are never disturbed).
 * Every control's id comes from the API path it answers (controlId), so results and errors can
 * point at it. The resident page shows one step per page (progress, heading, back and next); the
 * window's staff page embeds every step, one after another, in one page (`ctx.embedded`).
 */
import { maskIdNumber } from '../../src/model/mask.js';
import { ID_LENGTH, optionText, RENDERERS } from './controls.js';
import { append, h, sr } from './dom.js';
import { t } from './i18n.js';
import {
  type Answers,
  addMember,
  checkAnswer,
  checkStep,
  controlId,
  type DateRaw,
  type FieldProblem,
  fillFromId,
  halfWidth,
  locate,
  MAX_MEMBERS,
  pathOf,
  type Question,
  questionsAfter,
  questionVisible,
  type Raw,
  relationOf,
  removeMember,
  type Step,
  stepMembers,
  str,
  visibleSteps,
} from './model.js';

export interface StepContext {
  answers: Answers;
  /** Messages from the API's 400 replies, by path (members.0.idNumber). */
  serverErrors: Map<string, string>;
  save(): void;
  announce(text: string): void;
  go(hash: string): void;
  /** Came from the results to change an answer: a button goes back there once the step is valid. */
  returnTo?: string;
  /**
   * The step is a section of a longer page (the window's one-page screening): a level-2 heading,
   * member headings at level 3, no progress, navigation or error summary (the page has its own),
   * and adding or removing a member re-renders the whole page through `rerender`.
   */
  embedded?: { rerender(): void };
}

export interface RenderedStep {
  /** Shows these problems at their fields (and, on a page of its own, in the summary). */
  showProblems(p: FieldProblem[]): void;
  /** Shows and hides questions for the current answers (another section may have changed them). */
  refresh(): void;
}

interface Rendered {
  q: Question;
  member: number;
  path: string;
  wrap: HTMLElement;
  error: HTMLElement;
  hintId?: string;
  inputs: (HTMLInputElement | HTMLSelectElement)[];
}

function setText(el: HTMLElement, text: string) {
  if (el.textContent !== text) el.textContent = text;
}

function setHidden(el: HTMLElement, hidden: boolean) {
  if (el.hidden !== hidden) el.hidden = hidden;
}

function label(q: Question): string {
  return t(`questions:${q.field}.label`);
}

function hint(q: Question): string | undefined {
  const key = `questions:${q.field}.hint`;
  const text = t(key, { defaultValue: '' });
  return text || undefined;
}

export interface AnswerRow {
  step: Step;
  path: string;
  member?: number;
  question: string;
  answer: string;
}

/** An answer as the summary shows it; undefined when nothing (or "don't know") was answered. */
function answerText(q: Question, raw: Raw): string | undefined {
  if (q.kind === 'date') {
    const d = raw as DateRaw | undefined;
    if (!d?.y) return undefined;
    return [d.y, d.m, d.d].filter(Boolean).join('-');
  }
  const v = str(raw).trim();
  if (!v || v === 'unknown') return undefined;
  if (q.kind === 'id') return maskIdNumber(v);
  if (q.kind === 'number') return q.unit ? `${v} ${t(`unit.${q.unit}`)}` : v;
  return optionText(q, v);
}

/**
 * Every answered question shown for these answers, in questionnaire order, with the step and path
 * that change it: the results page's "your answers" (each a link back) and the printout's summary.
 */
export function answerRows(a: Answers): AnswerRow[] {
  const rows: AnswerRow[] = [];
  for (const step of visibleSteps(a)) {
    for (const q of step.questions) {
      const members = q.scope === 'household' ? [undefined] : stepMembers(step, a);
      for (const member of members) {
        if (!questionVisible(q, a, member ?? 0)) continue;
        const answer = answerText(q, valuesOf(a, q, member ?? 0)[q.field]);
        if (answer === undefined) continue;
        const question = member === undefined ? label(q) : `${memberLegend(a, member)} · ${label(q)}`;
        rows.push({ step, path: pathOf(q, member), member, question, answer });
      }
    }
  }
  return rows;
}

export function memberLegend(a: Answers, i: number): string {
  const rel = relationOf(a, i);
  const relation = rel ? t(`common:values.relation.${rel}`) : t('member.unnamed');
  return t('member.legend', { n: i + 1, relation });
}

function valuesOf(a: Answers, q: Question, member: number) {
  return q.scope === 'member' ? a.members[member].values : a.household;
}

/** Renders a step into `main` and returns the function that shows its errors (used before results). */
export function renderStep(main: HTMLElement, step: Step, ctx: StepContext): RenderedStep {
  const a = ctx.answers;
  const embedded = ctx.embedded;
  const rendered: Rendered[] = [];

  const progressText = h('p', { id: 'progress-text', class: 'progress-text' });
  const progress = h('progress', { 'aria-labelledby': 'progress-text' });
  const progressLeft = h('p', { class: 'progress-left' });
  const updateProgress = () => {
    if (embedded) return;
    const all = visibleSteps(a);
    const n =
      Math.max(
        0,
        all.findIndex((s) => s.id === step.id),
      ) + 1;
    // The number of steps moves with the answers; what is left is said as a count of questions.
    const left = questionsAfter(a, step.id);
    const rest = n === all.length || left === 0 ? t('progressLast') : t('progressLeft', { count: left });
    setText(progressText, `${t('progress', { n })} · ${t(`steps.${step.id}.title`)}`);
    // On a line of its own, under the bar: a count that changes never moves the questions.
    setText(progressLeft, rest);
    if (progress.max !== all.length) progress.max = all.length;
    if (progress.value !== n) progress.value = n;
    setText(nextButton, n === all.length ? t('nav.results') : t('nav.next'));
  };

  const summary = h('div', { class: 'error-summary', id: 'error-summary', tabindex: '-1', hidden: true });
  const intro = t(`steps.${step.id}.intro`, { defaultValue: '' });
  const form = h('form', {
    novalidate: true,
    class: embedded ? 'step embedded' : 'step',
    'data-step': step.id,
    'aria-labelledby': embedded ? `step-title-${step.id}` : undefined,
  });

  // --- questions --------------------------------------------------------------------------
  function renderQuestion(q: Question, member: number): HTMLElement {
    const path = pathOf(q, member);
    const id = controlId(path);
    const values = valuesOf(a, q, member);
    const raw = values[q.field];
    const hintText = hint(q);
    const hintId = hintText ? `${id}-hint` : undefined;
    const error = h('p', { class: 'error', id: `${id}-error`, hidden: true });
    const hintEl = hintText ? h('p', { class: 'hint', id: hintId }, hintText) : null;
    const { wrap, inputs } = RENDERERS[q.kind]({ q, id, raw, title: label(q), hintEl, error });
    wrap.dataset.path = path;
    rendered.push({ q, member, path, wrap, error, hintId, inputs });
    return wrap;
  }

  const memberSets: { member: number; set: HTMLElement }[] = [];
  for (const q of step.questions) if (q.scope === 'household') form.append(renderQuestion(q, 0));

  if (step.questions.some((q) => q.scope === 'member')) {
    a.members.forEach((_, i) => {
      const legendId = embedded ? `${step.id}-member-${i}-legend` : `member-${i}-legend`;
      const set = h(
        'section',
        { class: 'member', 'aria-labelledby': legendId, 'data-member': String(i) },
        h(embedded ? 'h3' : 'h2', { id: legendId, tabindex: '-1' }, memberLegend(a, i)),
      );
      for (const q of step.questions) if (q.scope === 'member') set.append(renderQuestion(q, i));
      if (step.id === 'members' && i > 0) {
        set.append(
          h(
            'button',
            { type: 'button', class: 'button secondary remove', 'data-remove': String(i) },
            t('member.remove', { n: i + 1 }),
          ),
        );
      }
      memberSets.push({ member: i, set });
      form.append(set);
    });
  }

  if (step.id === 'members') {
    const full = a.members.length >= MAX_MEMBERS;
    form.append(
      h('p', { class: 'member-count', id: 'member-count' }, t('member.count', { count: a.members.length })),
      h(
        'button',
        {
          type: 'button',
          class: 'button secondary add',
          id: controlId('members'),
          disabled: full,
          'aria-describedby': full ? 'member-max' : 'member-count',
        },
        `+ ${t('member.add')}`,
      ),
    );
    if (full) form.append(h('p', { class: 'hint', id: 'member-max' }, t('member.max', { max: MAX_MEMBERS })));
  }

  const backButton = h('button', { type: 'button', class: 'button secondary back' }, t('nav.back'));
  const nextButton = h('button', { type: 'submit', class: 'button primary next' }, t('nav.next'));
  const returnButton = ctx.returnTo
    ? h('button', { type: 'button', class: 'button primary return' }, t('nav.return'))
    : null;
  main.replaceChildren();
  if (embedded) {
    append(main, [
      h('h2', { tabindex: '-1', id: `step-title-${step.id}`, class: 'step-heading' }, t(`steps.${step.id}.title`)),
      intro ? h('p', { class: 'hint' }, intro) : null,
      form,
    ]);
  } else {
    form.append(h('nav', { class: 'step-nav', 'aria-label': t('nav.label') }, returnButton, backButton, nextButton));
    append(main, [
      h('div', { class: 'progress' }, progressText, progress, progressLeft),
      h('h1', { tabindex: '-1', id: 'step-title' }, t(`steps.${step.id}.title`)),
      intro ? h('p', { class: 'lead' }, intro) : null,
      summary,
      form,
    ]);
  }

  // --- state → page ----------------------------------------------------------------------
  const shownProblems = new Map<string, string>();

  function setError(r: Rendered, message: string | undefined) {
    if (r.error.dataset.message !== (message ?? '')) {
      r.error.replaceChildren();
      if (message) append(r.error, [sr(t('errors.prefix')), message]);
      r.error.dataset.message = message ?? '';
    }
    setHidden(r.error, !message);
    r.wrap.classList.toggle('has-error', !!message);
    const describedBy = [r.hintId, message ? r.error.id : undefined];
    for (const input of r.inputs) {
      const own = input.id && r.q.unit ? `${input.id}-unit` : undefined;
      const ids = [...describedBy, own].filter(Boolean).join(' ');
      if (ids) input.setAttribute('aria-describedby', ids);
      else input.removeAttribute('aria-describedby');
      if (message) input.setAttribute('aria-invalid', 'true');
      else input.removeAttribute('aria-invalid');
    }
  }

  function messageFor(p: FieldProblem): string {
    return t(p.key, p.opts);
  }

  function refreshErrors() {
    for (const r of rendered) {
      const msg = shownProblems.get(r.path) ?? ctx.serverErrors.get(r.path);
      setError(r, r.wrap.hidden ? undefined : msg);
    }
  }

  function refresh() {
    // Only write what changed: rewriting text under the focused field makes Chrome re-anchor the scroll.
    for (const r of rendered) setHidden(r.wrap, !questionVisible(r.q, a, r.member));
    for (const { member, set } of memberSets) {
      const any = rendered.some((r) => r.member === member && r.q.scope === 'member' && !r.wrap.hidden);
      setHidden(set, step.id !== 'members' && !any);
      const legend = set.querySelector<HTMLElement>('h2, h3');
      if (legend) setText(legend, memberLegend(a, member));
    }
    updateProgress();
    refreshErrors();
  }

  function checkOne(r: Rendered) {
    const problems = checkAnswer(r.q, a, r.member);
    if (problems.length) shownProblems.set(r.path, messageFor(problems[0]));
    else shownProblems.delete(r.path);
  }

  function recheckMember(member: number) {
    for (const r of rendered)
      if (r.member === member && r.q.scope === 'member' && shownProblems.has(r.path)) checkOne(r);
  }

  function showProblems(problems: FieldProblem[]) {
    shownProblems.clear();
    for (const p of problems) if (!shownProblems.has(p.path)) shownProblems.set(p.path, messageFor(p));
    refreshErrors();
    if (embedded) return;
    const items = rendered.filter((r) => !r.wrap.hidden && (shownProblems.has(r.path) || ctx.serverErrors.has(r.path)));
    const general = [...ctx.serverErrors.entries()].filter(
      ([path]) => !rendered.some((r) => r.path === path) && (locate(path)?.step.id ?? step.id) === step.id,
    );
    summary.replaceChildren();
    if (!items.length && !general.length) {
      summary.hidden = true;
      return;
    }
    const list = h('ul');
    for (const r of items) {
      const where = r.q.scope === 'member' ? `${memberLegend(a, r.member)} · ` : '';
      const target = r.inputs[0]?.id ?? controlId(r.path);
      const message = shownProblems.get(r.path) ?? ctx.serverErrors.get(r.path);
      const link = h(
        'a',
        { href: `#${target}`, 'data-focus': target },
        t('errors.item', { label: `${where}${label(r.q)}`, message }),
      );
      list.append(h('li', {}, link));
    }
    for (const [, message] of general) list.append(h('li', {}, message));
    summary.append(h('h2', {}, t('errors.summary')), list);
    summary.hidden = false;
    summary.setAttribute('role', 'alert');
    summary.focus();
  }

  function findRendered(el: EventTarget | null): Rendered | undefined {
    if (!(el instanceof HTMLElement)) return undefined;
    return rendered.find((r) => r.inputs.includes(el as HTMLInputElement));
  }

  function readInput(r: Rendered, el: HTMLInputElement | HTMLSelectElement) {
    const values = valuesOf(a, r.q, r.member);
    if (r.q.kind === 'date') {
      const cur = values[r.q.field];
      const d: DateRaw = cur && typeof cur === 'object' ? { ...cur } : { y: '', m: '', d: '' };
      d[el.dataset.part as keyof DateRaw] = el.value;
      values[r.q.field] = d;
    } else {
      values[r.q.field] = el.value;
    }
    ctx.serverErrors.delete(r.path);
  }

  /** The ID number speaks at once: a wrong check digit as soon as 18 characters are in; a valid one fills birth date and sex. */
  function onIdInput(r: Rendered, input: HTMLInputElement) {
    const status = document.getElementById(`${input.id}-status`);
    const value = halfWidth(input.value);
    if (value.length >= ID_LENGTH || /[^0-9xX]/.test(value)) checkOne(r);
    else shownProblems.delete(r.path);
    if (status) status.textContent = '';
    const filled = fillFromId(a, r.member);
    if (filled) {
      const m = a.members[r.member].values;
      for (const other of rendered) {
        if (other.member !== r.member) continue;
        if (other.q.field === 'birthDate') {
          for (const part of other.inputs as HTMLInputElement[]) {
            part.value = (m.birthDate as DateRaw)[part.dataset.part as keyof DateRaw];
          }
          shownProblems.delete(other.path);
        }
        if (other.q.field === 'sex') {
          for (const radio of other.inputs as HTMLInputElement[]) radio.checked = radio.value === filled.sex;
          shownProblems.delete(other.path);
        }
      }
      if (status) {
        status.textContent = t('id.filled', { date: filled.birthDate, sex: t(`common:values.sex.${filled.sex}`) });
      }
      ctx.save();
    }
    refresh();
  }

  form.addEventListener('input', (e) => {
    const el = e.target as HTMLInputElement;
    const r = findRendered(el);
    if (!r || el.type === 'radio' || el.tagName === 'SELECT') return;
    readInput(r, el);
    ctx.save();
    if (r.q.kind === 'id') onIdInput(r, el);
    else if (shownProblems.has(r.path)) {
      checkOne(r);
      refreshErrors();
    }
  });

  form.addEventListener('change', (e) => {
    const el = e.target as HTMLInputElement | HTMLSelectElement;
    const r = findRendered(el);
    if (!r) return;
    if (el instanceof HTMLInputElement && el.type === 'radio') {
      if (!el.checked) return;
      readInput(r, el);
    } else if (el.tagName === 'SELECT') {
      readInput(r, el);
    } else {
      // Leaving a text box only clears a message that no longer applies; new messages wait for
      // 下一步, so nothing moves under the resident's finger on the way to the button.
      ctx.save();
      recheckMember(r.member);
      refresh();
      return;
    }
    ctx.save();
    if (r.q.field === 'sex') checkOne(r);
    recheckMember(r.member);
    refresh();
  });

  form.addEventListener('click', (e) => {
    const target = e.target as HTMLElement;
    const remove = target.closest<HTMLElement>('[data-remove]');
    if (remove) {
      const i = Number(remove.dataset.remove);
      if (!removeMember(a, i)) return;
      ctx.serverErrors.clear();
      ctx.save();
      if (embedded) embedded.rerender();
      else renderStep(main, step, ctx);
      ctx.announce(t('member.removed', { n: i + 1 }));
      document.getElementById(controlId('members'))?.focus();
      return;
    }
    if (target.id === controlId('members')) {
      const added = addMember(a);
      if (added === undefined) return;
      ctx.save();
      const n = added + 1;
      if (embedded) embedded.rerender();
      else renderStep(main, step, ctx);
      ctx.announce(t('member.added', { n }));
      document.getElementById(controlId(`members.${n - 1}.relation`))?.focus();
    }
  });

  summary.addEventListener('click', (e) => {
    const link = (e.target as HTMLElement).closest<HTMLAnchorElement>('a[data-focus]');
    if (!link) return;
    e.preventDefault();
    document.getElementById(link.dataset.focus ?? '')?.focus();
  });

  returnButton?.addEventListener('click', () => {
    const problems = checkStep(step, a);
    if (problems.length) return showProblems(problems);
    ctx.go(ctx.returnTo ?? '#/results');
  });

  backButton.addEventListener('click', () => {
    const all = visibleSteps(a);
    const n = all.findIndex((s) => s.id === step.id);
    ctx.go(n > 0 ? `#/step/${all[n - 1].id}` : '#/');
  });

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (embedded) return;
    const problems = checkStep(step, a);
    const serverHere = rendered.some((r) => !r.wrap.hidden && ctx.serverErrors.has(r.path));
    if (problems.length || serverHere) {
      showProblems(problems);
      return;
    }
    const all = visibleSteps(a);
    const n = all.findIndex((s) => s.id === step.id);
    ctx.go(n >= 0 && n < all.length - 1 ? `#/step/${all[n + 1].id}` : '#/results');
  });

  refresh();
  // Errors the API sent for this step are shown at once; those no field answers, on the first step.
  const first = visibleSteps(a)[0]?.id === step.id;
  if ([...ctx.serverErrors.keys()].some((p) => (locate(p)?.step.id ?? (first ? step.id : '')) === step.id)) {
    showProblems(checkStep(step, a));
  }
  return { showProblems, refresh };
}
