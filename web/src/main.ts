/**
 * The resident questionnaire: hash routes (#/, #/step/<id>[/<path>], #/results), so the browser's
 * back and forward buttons move between steps; answers are saved to localStorage on every change.
 */
import './styles.css';
import { loadAnswerAges, requestScreening, type Screening } from './api.js';
import { h } from './dom.js';
import { type RenderedStep, renderStep, type StepContext } from './form.js';
import { i18n, initI18n, type Lang, t } from './i18n.js';
import { controlId, type FieldProblem, locate, STEP_BY_ID, stepVisible, toHousehold, visibleSteps } from './model.js';
import { renderResults } from './results.js';
import { clearAnswers, forgetAll, hasSavedAnswers, loadAnswers, loadPrefs, saveAnswers, savePrefs } from './store.js';

const prefs = loadPrefs();
initI18n(prefs.lang);

const state = {
  answers: loadAnswers(prefs),
  serverErrors: new Map<string, string>(),
  /** The last results, by language, for the household they were computed for. */
  results: new Map<Lang, Screening>(),
  resultsFor: '',
  /** Problems found when results were asked for, shown on the step that holds them. */
  pending: [] as FieldProblem[],
  /** An answer is being changed from the results: its step offers the way back. */
  returnTo: undefined as string | undefined,
  /** The step on screen, if any. */
  view: undefined as RenderedStep | undefined,
};

const main = document.getElementById('main') as HTMLElement;
const live = document.getElementById('live') as HTMLElement;
const langButton = document.getElementById('lang-switch') as HTMLButtonElement;
const largeButton = document.getElementById('large-toggle') as HTMLButtonElement;
const sharedButton = document.getElementById('shared-toggle') as HTMLButtonElement;
const skip = document.getElementById('skip-link') as HTMLAnchorElement;
const brand = document.getElementById('brand') as HTMLElement;

function announce(text: string) {
  live.textContent = '';
  // A fresh text node after a tick makes screen readers announce repeated messages too.
  setTimeout(() => {
    live.textContent = text;
  }, 50);
}

function go(hash: string) {
  if (location.hash === hash) route();
  else location.hash = hash;
}

const stepContext = (): StepContext => ({
  answers: state.answers,
  serverErrors: state.serverErrors,
  save: () => saveAnswers(state.answers, prefs),
  announce,
  go,
  returnTo: state.returnTo,
});

function applyChrome() {
  const lang = prefs.lang;
  document.documentElement.lang = lang;
  document.documentElement.classList.toggle('large', prefs.large);
  brand.textContent = t('title');
  skip.textContent = t('skip');
  langButton.textContent = t('lang.switch');
  langButton.lang = lang === 'zh-CN' ? 'en' : 'zh-CN';
  langButton.setAttribute('aria-label', t('lang.switchLabel'));
  largeButton.textContent = t('large.toggle');
  largeButton.setAttribute('aria-pressed', String(prefs.large));
  sharedButton.textContent = t('shared.toggle');
  sharedButton.setAttribute('aria-pressed', String(prefs.shared));
  sharedButton.title = t('shared.hint');
}

function setTitle(part?: string) {
  document.title = part ? `${part} - ${t('title')}` : t('title');
}

// --- views --------------------------------------------------------------------------------

function showIntro() {
  const started = hasSavedAnswers(prefs);
  setTitle();
  main.replaceChildren(
    h('h1', { tabindex: '-1' }, t('intro.heading')),
    h('p', { class: 'lead' }, t('intro.lead')),
    h(
      'ul',
      { class: 'intro-points' },
      h('li', {}, t('intro.time')),
      h('li', {}, t('intro.unknown')),
      h('li', {}, t('intro.privacy')),
    ),
    h(
      'div',
      { class: 'actions' },
      h(
        'a',
        { class: 'button primary', href: '#/step/place', id: 'start' },
        started ? t('intro.continue') : t('intro.start'),
      ),
      started ? h('button', { type: 'button', class: 'button secondary', id: 'restart' }, t('intro.restart')) : null,
    ),
  );
  document.getElementById('restart')?.addEventListener('click', clearAll);
}

function clearAll() {
  if (!window.confirm(t('results.confirmClear'))) return;
  state.answers = clearAnswers();
  state.serverErrors.clear();
  state.results.clear();
  state.resultsFor = '';
  go('#/');
  showIntro();
}

function showStep(id: string, focusPath?: string, focus = true) {
  let step = STEP_BY_ID.get(id);
  if (!step) return go('#/step/place');
  if (!stepVisible(step, state.answers)) {
    // A step that no longer applies: go to the next one that does.
    const all = visibleSteps(state.answers);
    const at = [...STEP_BY_ID.keys()].indexOf(id);
    step = all.find((s) => [...STEP_BY_ID.keys()].indexOf(s.id) > at) ?? all[all.length - 1];
    history.replaceState(null, '', `#/step/${step.id}`);
  }
  setTitle(t(`steps.${step.id}.title`));
  const view = renderStep(main, step, stepContext());
  state.view = view;
  const here = step.id;
  const pending = state.pending.filter((p) => locate(p.path)?.step.id === here);
  state.pending = [];
  if (pending.length) return view.showProblems(pending);
  if (!focus) return;
  const target = focusPath ? document.getElementById(controlId(focusPath)) : null;
  if (target && !target.closest('[hidden]')) {
    target.focus();
    target.scrollIntoView({ block: 'center' });
  } else document.getElementById('step-title')?.focus();
}

async function showResults(focus = true) {
  setTitle(t('results.title'));
  const { household, problems } = toHousehold(state.answers);
  if (problems.length) {
    state.pending = problems;
    const first = locate(problems[0].path);
    go(first ? `#/step/${first.step.id}/${first.path}` : '#/step/place');
    return;
  }
  const key = JSON.stringify(household);
  if (key !== state.resultsFor) {
    state.results.clear();
    state.resultsFor = key;
  }
  const lang = prefs.lang;
  let screening = state.results.get(lang);
  if (!screening) {
    main.replaceChildren(
      h('h1', { tabindex: '-1', id: 'results-title' }, t('results.title')),
      h('p', { class: 'loading', role: 'status' }, t('results.loading')),
    );
    if (focus) document.getElementById('results-title')?.focus();
    const reply = await requestScreening(household, lang);
    if (location.hash !== '#/results' || prefs.lang !== lang) return;
    if (!reply.ok) {
      if (reply.kind === 'fields') {
        state.serverErrors.clear();
        for (const f of reply.fields) {
          const where = locate(f.path);
          state.serverErrors.set(where?.path ?? f.path, f.message);
        }
        const first = reply.fields.map((f) => locate(f.path)).find(Boolean);
        announce(t('errors.server'));
        go(first ? `#/step/${first.step.id}/${first.path}` : '#/step/place');
        return;
      }
      const message = reply.kind === 'network' ? t('errors.network') : (reply.message ?? t('errors.unexpected'));
      main.replaceChildren(
        h('h1', { tabindex: '-1', id: 'results-title' }, t('results.title')),
        h('p', { class: 'error-summary', role: 'alert' }, message),
        h('button', { type: 'button', class: 'button primary', id: 'retry' }, t('results.retry')),
      );
      document.getElementById('retry')?.addEventListener('click', () => showResults());
      return;
    }
    screening = reply.screening;
    state.results.set(lang, screening);
  }
  renderResults(main, screening, { answers: state.answers, go, clear: clearAll });
  if (focus) document.getElementById('results-title')?.focus();
}

function route(focus = true) {
  const hash = location.hash;
  if (!hash.startsWith('#/')) {
    if (!main.querySelector('h1')) showIntro();
    return;
  }
  const parts = hash.slice(2).split('/');
  if (parts[0] === 'step') showStep(parts[1] ?? 'place', parts[2] ? decodeURIComponent(parts[2]) : undefined, focus);
  else {
    state.returnTo = undefined;
    if (parts[0] === 'results') void showResults(focus);
    else showIntro();
  }
}

// --- chrome -------------------------------------------------------------------------------

langButton.addEventListener('click', () => {
  prefs.lang = prefs.lang === 'zh-CN' ? 'en' : 'zh-CN';
  savePrefs(prefs);
  i18n.changeLanguage(prefs.lang);
  applyChrome();
  route(false);
  langButton.focus();
});

largeButton.addEventListener('click', () => {
  prefs.large = !prefs.large;
  savePrefs(prefs);
  applyChrome();
});

// A public computer: nothing is stored from now on, and what was stored is removed at once.
sharedButton.addEventListener('click', () => {
  prefs.shared = !prefs.shared;
  savePrefs(prefs);
  if (prefs.shared) forgetAll();
  else saveAnswers(state.answers, prefs);
  applyChrome();
  announce(t(prefs.shared ? 'shared.on' : 'shared.off'));
});

skip.addEventListener('click', (e) => {
  e.preventDefault();
  main.focus();
});

main.addEventListener('click', (e) => {
  // Links from results to a question: the router focuses the control.
  const link = (e.target as HTMLElement).closest<HTMLAnchorElement>('a.answer-link');
  if (link) {
    e.preventDefault();
    // From the results: the step offers to go straight back once the answer is changed.
    if (location.hash === '#/results') state.returnTo = '#/results';
    go(link.getAttribute('href') ?? '#/');
  }
});

window.addEventListener('hashchange', () => route());
applyChrome();
// The ages at which the age-limited questions matter: the step on screen shows or hides them once known.
void loadAnswerAges().then((ok) => {
  if (ok && location.hash.startsWith('#/step/')) state.view?.refresh();
});
route(location.hash.startsWith('#/step') || location.hash === '#/results');
