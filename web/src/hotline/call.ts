/**
 * The call on the line: the start screen, one question at a time (POST /api/v1/interview/next with
 * every answer so far), the running list of what the caller is entitled to, and at the end the
 * summary to read back with "save as a case" or "discard". Keyboard: 1–9 choose, 0 = 不清楚,
 * Enter confirms, Backspace or U undoes (Esc leaves the answer box first); an empty box + Enter is
 * 不清楚. Every answer stays in the page's memory (the `Call`), which the page drops on "new call"
 * and on sign-out.
 */
import { COUNTY_CODES } from '../../../src/model/vocabulary.js';
import { h } from '../dom.js';
import { type Lang, t } from '../i18n.js';
import type { Api } from '../staff/api.js';
import { applicantBody, checkApplicant, NAME_INPUT_MAX, NOTE_MAX, PHONE_MAX } from '../staff/logic.js';
import { type Field, field, fill, st, summary } from '../staff/ui.js';
import {
  type Answer,
  type CallSummary,
  type Entitled,
  type InterviewOption,
  type InterviewQuestion,
  type InterviewStep,
  isOptionKey,
  isTyped,
  type Json,
  type Parsed,
  parseTyped,
  pressOptionKey,
  summarize,
  UNKNOWN_KEY,
} from './logic.js';
import { ht } from './text.js';

/** One line of the answers list: the question as shown and the answer given. */
interface LogEntry {
  question: string;
  answer: string;
}

export interface Call {
  answers: Answer[];
  log?: LogEntry[];
  step?: InterviewStep;
  /** The language the step was read in: another one asks again. */
  stepLang?: Lang;
  /** The option chosen (its key) and the digits typed towards a two-digit key. */
  selected?: string;
  digits?: string;
  busy?: boolean;
  /** A message by the answer (the page's check or the API's), and the text typed, kept while it shows. */
  error?: string;
  typed?: string;
  /** A message about the call as a whole (the API could not be reached). */
  alert?: string;
  /** Programs entitled before the last answer: the new ones are marked. */
  before?: Set<string>;
  saved?: { id: string; number: string };
  draft?: { name: string; phone: string; note: string };
}

export interface CallHost {
  api: Api;
  main: HTMLElement;
  lang(): Lang;
  announce(text: string): void;
  setTitle(part?: string): void;
  current(): Call | undefined;
  start(): Call;
  clear(): void;
}

/** The page showing a call, for the keyboard handler (set by `showCall`). */
let active: CallHost | undefined;

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T | null;

/** The answer as the answers list shows it: the option's label, the typed value, or 不清楚. */
function answerText(q: InterviewQuestion, value: Json): string {
  if (value === null) return ht('call.unknownAnswer');
  const option = q.options?.find((o) => o.value === value);
  return option ? option.label : String(value);
}

/** "您的女儿 · 现在工作吗？" */
const questionLine = (q: InterviewQuestion) => (q.who ? `${q.who} · ${q.text}` : q.text);

/**
 * Asks for the step after `answers`. On success they become the call's answers and the step is
 * shown; on a refusal of the last answer its message goes by the answer; otherwise an alert.
 * Nothing happens when the call was ended meanwhile.
 */
async function ask(host: CallHost, call: Call, answers: Answer[], log: LogEntry[], lead = ''): Promise<void> {
  call.busy = true;
  call.alert = undefined;
  const status = byId('call-status');
  if (status) status.textContent = ht('call.busy');
  for (const b of document.querySelectorAll<HTMLButtonElement>('.hl-call button')) b.disabled = true;
  const lang = host.lang();
  const reply = await host.api.request<InterviewStep>('POST', '/interview/next', { answers, locale: lang });
  call.busy = false;
  if (host.current() !== call) return;
  if (reply.ok) {
    call.before = new Set((call.step?.entitled ?? []).map((e) => e.programId));
    call.answers = answers;
    call.log = log;
    call.step = reply.data;
    call.stepLang = lang;
    call.selected = undefined;
    call.digits = undefined;
    call.error = undefined;
    call.typed = undefined;
    render(host, true);
    host.announce(`${lead}${stepAnnouncement(call)}`);
    return;
  }
  const last = `answers.${answers.length - 1}`;
  const own = reply.fields.filter((f) => f.path === last || f.path.startsWith(`${last}.`));
  if (own.length && answers.length > call.answers.length) call.error = own.map((f) => f.message).join(' ');
  else
    call.alert = reply.fields.length
      ? reply.fields.map((f) => (f.path ? `${f.path}: ${f.message}` : f.message)).join(ht('punct.semicolon'))
      : reply.message;
  render(host, false);
  if (call.error) (byId('answer-input') ?? byId('q-read'))?.focus();
  else byId('call-alert')?.focus();
}

/** What the live region says of a new step: the question to read (or the end) and the programs newly entitled. */
function stepAnnouncement(call: Call): string {
  const step = call.step;
  if (!step) return '';
  const fresh = step.entitled.filter((e) => !call.before?.has(e.programId)).map((e) => e.name);
  const added = fresh.length ? ht('call.announceNew', { names: fresh.join(t('sep')) }) : '';
  if (step.done || !step.question)
    return `${added}${ht('call.announceDone', { count: summaryOf(step)?.programs.length ?? 0 })}`;
  return `${added}${ht('call.announceQuestion', { n: step.asked + 1, read: step.question.read })}`;
}

const summaryOf = (step: InterviewStep): CallSummary | undefined =>
  step.results ? summarize(step.results) : undefined;

/** Sends the answer to the question on screen. */
function answer(host: CallHost, call: Call, value: Json) {
  const q = call.step?.question;
  if (!q || call.busy) return;
  const answers = [...call.answers, { path: q.path, value }];
  const log = [...(call.log ?? []), { question: questionLine(q), answer: answerText(q, value) }];
  void ask(host, call, answers, log);
}

/** Enter: the option chosen, or what is typed in the box (empty: 不清楚). */
function confirm(host: CallHost, call: Call) {
  const q = call.step?.question;
  if (!q || call.busy) return;
  if (isTyped(q)) {
    call.typed = byId<HTMLInputElement>('answer-input')?.value ?? '';
    const parsed: Parsed = parseTyped(call.typed, q);
    if (!parsed.ok) {
      showError(call, ht(parsed.key, parsed.opts));
      return;
    }
    answer(host, call, parsed.value);
    return;
  }
  const option = q.options?.find((o) => o.key === call.selected);
  if (!option) {
    showError(call, ht('errors.choose'));
    return;
  }
  answer(host, call, option.value);
}

/** Shows a message by the answer on screen (the box's field or the options' slot); set by `renderQuestion`. */
let showAnswerError: (message: string) => void = () => {};

/** A message by the answer (the box or the options). */
function showError(call: Call, message: string) {
  call.error = message;
  showAnswerError(message);
}

/** Drops the last answer and asks again. */
function undo(host: CallHost, call: Call) {
  if (call.busy || call.saved) return;
  if (!call.answers.length) {
    host.announce(ht('call.nothingToUndo'));
    return;
  }
  const dropped = call.log?.at(-1)?.question ?? '';
  void ask(
    host,
    call,
    call.answers.slice(0, -1),
    (call.log ?? []).slice(0, -1),
    `${ht('call.undone', { question: dropped })} `,
  );
}

/** Chooses the option a key names (1–9, then a, b, c…; 0 is 不清楚). */
function pressKey(call: Call, pressed: string) {
  const options = call.step?.question?.options ?? [];
  const { buffer, option } = pressOptionKey(call.digits ?? '', pressed, options);
  call.digits = buffer;
  if (!option) return;
  call.selected = option.key;
  const radio = byId<HTMLInputElement>(`opt-${option.key}`);
  if (radio) {
    radio.checked = true;
    radio.focus();
  }
}

function isTextBox(el: EventTarget | null): boolean {
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement) return true;
  return el instanceof HTMLInputElement && el.type !== 'radio' && el.type !== 'checkbox';
}

document.addEventListener('keydown', (e) => {
  const host = active;
  const call = host?.current();
  if (!host || !call?.step || call.busy || e.ctrlKey || e.metaKey || e.altKey) return;
  const target = e.target as HTMLElement | null;
  const asking = !!byId('answer-form');
  if (isTextBox(target)) {
    if (target?.id !== 'answer-input') return;
    if (e.key === 'Escape') {
      e.preventDefault();
      byId('q-read')?.focus();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      confirm(host, call);
    }
    return;
  }
  const q = asking ? call.step.question : undefined;
  const options = q && !isTyped(q) ? (q.options ?? []) : [];
  if (isOptionKey(e.key, options)) {
    e.preventDefault();
    pressKey(call, e.key);
    return;
  }
  if (e.key === 'Backspace' || e.key === 'u' || e.key === 'U') {
    if (call.saved) return;
    e.preventDefault();
    undo(host, call);
    return;
  }
  if (!q) return;
  if (e.key === 'Enter') {
    if (target?.closest('button, a, summary')) return;
    e.preventDefault();
    confirm(host, call);
  } else if (/^\d$/.test(e.key) && isTyped(q)) {
    // A digit outside the box (after Esc) goes back into it.
    byId('answer-input')?.focus();
  }
});

/** The call on screen: the start, the question, or the summary; `focus` puts the keyboard where the work is. */
export async function showCall(host: CallHost, focus: boolean): Promise<void> {
  active = host;
  const call = host.current();
  if (!call) {
    showStart(host, focus);
    return;
  }
  if (!call.step || call.stepLang !== host.lang()) {
    fill(host.main, h('p', { class: 'loading', role: 'status', id: 'call-status' }, ht('call.busy')));
    await ask(host, call, call.answers, call.log ?? []);
    return;
  }
  render(host, focus);
}

function showStart(host: CallHost, focus: boolean) {
  host.setTitle(ht('call.title'));
  const start = h('button', { type: 'button', class: 'button primary hl-start', id: 'start-call' }, ht('call.start'));
  start.addEventListener('click', () => {
    const call = host.start();
    fill(host.main, h('p', { class: 'loading', role: 'status', id: 'call-status' }, ht('call.busy')));
    void ask(host, call, [], []);
  });
  fill(
    host.main,
    h('h1', { tabindex: '-1', id: 'page-title' }, ht('call.title')),
    h('p', { class: 'lead' }, ht('call.startLead')),
    start,
    keysHelp(),
  );
  if (focus) start.focus();
}

/** The keys, always on screen. */
function keysHelp(): HTMLElement {
  return h(
    'section',
    { class: 'hl-keys', 'aria-labelledby': 'keys-title' },
    h('h2', { id: 'keys-title' }, ht('keys.title')),
    h('ul', {}, ...['digits', 'zero', 'enter', 'undo', 'typed'].map((k) => h('li', {}, ht(`keys.${k}`)))),
  );
}

/** The heading, "new call" and the progress line. */
function callHead(host: CallHost, call: Call): (HTMLElement | null)[] {
  const step = call.step as InterviewStep;
  const fresh = h('button', { type: 'button', class: 'button secondary small', id: 'new-call' }, ht('call.new'));
  fresh.addEventListener('click', () => {
    if (call.answers.length && !call.saved && !window.confirm(ht('call.confirmNew'))) return;
    host.clear();
  });
  return [
    h('div', { class: 'hl-head' }, h('h1', { tabindex: '-1', id: 'page-title' }, ht('call.title')), fresh),
    h('p', { class: 'hl-progress', id: 'progress' }, ht('call.progress', { asked: step.asked, open: step.open })),
    h('p', { class: 'sr-only', role: 'status', id: 'call-status' }),
    call.alert
      ? h('p', { class: 'staff-notice error', role: 'alert', id: 'call-alert', tabindex: '-1' }, call.alert)
      : null,
  ];
}

function render(host: CallHost, focus: boolean) {
  const call = host.current();
  const step = call?.step;
  if (!call || !step) return;
  if (step.done || !step.question) renderDone(host, call, step, focus);
  else renderQuestion(host, call, step.question, focus);
}

function entitledList(call: Call): HTMLElement {
  const list = call.step?.entitled ?? [];
  return h(
    'aside',
    { class: 'hl-entitled', 'aria-labelledby': 'entitled-title' },
    h(
      'h2',
      { id: 'entitled-title' },
      ht('entitled.title'),
      ' ',
      h('span', { class: 'hl-count' }, ht('entitled.count', { count: list.length })),
    ),
    list.length
      ? h(
          'ul',
          { id: 'entitled-list' },
          ...list.map((e: Entitled) =>
            h('li', { 'data-program': e.programId, class: call.before?.has(e.programId) ? '' : 'new' }, e.name),
          ),
        )
      : h('p', { id: 'entitled-list', class: 'hl-none' }, ht('entitled.none')),
  );
}

function answersLog(call: Call): HTMLElement | null {
  const log = call.log ?? [];
  if (!log.length) return null;
  return h(
    'details',
    { class: 'hl-log' },
    h('summary', {}, ht('call.answers', { count: log.length })),
    h('ol', {}, ...log.map((l) => h('li', {}, `${l.question}${ht('punct.colon')}`, h('strong', {}, l.answer)))),
  );
}

function undoButton(host: CallHost, call: Call): HTMLButtonElement {
  const undoBtn = h(
    'button',
    { type: 'button', class: 'button secondary', id: 'undo', disabled: !call.answers.length },
    ht('call.undo'),
  );
  undoBtn.addEventListener('click', () => undo(host, call));
  return undoBtn;
}

function renderQuestion(host: CallHost, call: Call, q: InterviewQuestion, focus: boolean) {
  const step = call.step as InterviewStep;
  host.setTitle(ht('call.questionNumber', { n: step.asked + 1 }));
  const errorSlot = h(
    'p',
    { class: 'error', id: 'answer-error', role: 'alert', hidden: !call.error },
    call.error ?? '',
  );
  let control: HTMLElement;
  let input: HTMLInputElement | undefined;
  if (isTyped(q)) {
    const hints = [
      q.kind === 'date' ? ht(q.partial ? 'call.partialDateHint' : 'call.dateHint') : '',
      q.unit ? ht('call.unitHint', { unit: q.unit }) : '',
      q.kind === 'number' && q.min !== undefined && q.max !== undefined
        ? ht('call.rangeHint', { min: q.min, max: q.max })
        : '',
      ht('call.emptyIsUnknown'),
    ].filter(Boolean);
    const f = field({
      id: 'answer-input',
      label: ht('call.answer'),
      hint: hints.join(' · '),
      inputmode: q.kind === 'number' ? (q.integer ? 'numeric' : 'decimal') : q.kind === 'date' ? 'numeric' : 'text',
      maxlength: 40,
      class: 'hl-typed',
    });
    input = f.input as HTMLInputElement;
    if (call.error) input.value = call.typed ?? '';
    showAnswerError = (message) => f.setError(message);
    control = f.wrap;
  } else {
    const options = q.options ?? [];
    showAnswerError = (message) => {
      errorSlot.textContent = message;
      errorSlot.hidden = false;
    };
    control = h(
      'fieldset',
      { class: 'hl-options', 'aria-describedby': q.why ? 'q-why answer-error' : 'answer-error' },
      h('legend', {}, ht('call.options')),
      errorSlot,
      ...options.map((o: InterviewOption) => {
        const radio = h('input', {
          type: 'radio',
          name: 'answer',
          id: `opt-${o.key}`,
          value: o.key,
          'data-value': JSON.stringify(o.value),
          checked: call.selected === o.key,
        });
        radio.addEventListener('change', () => {
          call.selected = o.key;
          call.digits = o.key;
        });
        return h(
          'label',
          { class: `hl-option${o.key === UNKNOWN_KEY ? ' unknown' : ''}`, for: `opt-${o.key}` },
          radio,
          h('kbd', {}, o.key),
          h('span', {}, o.label),
        );
      }),
    );
  }
  const confirmBtn = h('button', { type: 'submit', class: 'button primary', id: 'confirm' }, ht('call.confirm'));
  const unknownBtn = isTyped(q)
    ? h('button', { type: 'button', class: 'button secondary', id: 'answer-unknown' }, ht('call.unknown'))
    : null;
  unknownBtn?.addEventListener('click', () => answer(host, call, null));
  const form = h(
    'form',
    { id: 'answer-form', novalidate: true, class: 'hl-answer', 'aria-labelledby': 'q-read' },
    control,
    h('div', { class: 'actions' }, confirmBtn, unknownBtn, undoButton(host, call)),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    confirm(host, call);
  });
  if (call.error) showAnswerError(call.error);

  fill(
    host.main,
    h(
      'div',
      { class: 'hl-call', 'data-asked': step.asked },
      ...callHead(host, call),
      h(
        'div',
        { class: 'hl-layout' },
        h(
          'section',
          { class: 'hl-card', id: 'question', 'data-path': q.path, 'aria-labelledby': 'q-number q-read' },
          h(
            'p',
            { class: 'hl-number', id: 'q-number' },
            ht('call.questionNumber', { n: step.asked + 1 }),
            q.who ? ` · ${ht('call.who', { who: q.who })}` : '',
          ),
          h('p', { class: 'hl-read-label' }, ht('call.read')),
          h('h2', { class: 'hl-read', id: 'q-read', tabindex: '-1' }, q.read),
          h('p', { class: 'hl-text' }, h('span', { class: 'hl-term' }, ht('call.screenLabel')), q.text),
          q.hint ? h('p', { class: 'hl-hint' }, h('span', { class: 'hl-term' }, ht('call.hint')), q.hint) : null,
          q.why ? h('p', { class: 'hl-why', id: 'q-why' }, q.why) : null,
          form,
        ),
        entitledList(call),
      ),
      keysHelp(),
      answersLog(call),
    ),
  );
  if (!focus) return;
  if (input) input.focus();
  else if (call.selected) byId(`opt-${call.selected}`)?.focus();
  else byId('q-read')?.focus();
}

function renderDone(host: CallHost, call: Call, step: InterviewStep, focus: boolean) {
  host.setTitle(ht('summary.title'));
  const s = summaryOf(step);
  const print = h('button', { type: 'button', class: 'button secondary', id: 'print-summary' }, ht('summary.print'));
  print.addEventListener('click', () => window.print());
  const blocks: (HTMLElement | null)[] = [];
  if (s) {
    blocks.push(
      h('h3', {}, ht('summary.programs')),
      s.programs.length
        ? h(
            'ul',
            { id: 'summary-programs' },
            ...s.programs.map((p) =>
              h(
                'li',
                { 'data-program': p.programId },
                h('strong', {}, p.name),
                p.amount ? `${ht('punct.colon')}${p.amount}` : '',
                p.onceGranted
                  ? ht('punct.aside', { text: ht('summary.onceGranted', { status: p.onceGranted.join(t('sep')) }) })
                  : '',
              ),
            ),
          )
        : h('p', { id: 'summary-programs' }, ht('summary.noPrograms')),
    );
    if (s.held.length) blocks.push(h('h3', {}, ht('summary.held')), h('p', {}, s.held.join(t('sep'))));
    blocks.push(
      h('h3', {}, ht('summary.documents')),
      s.documents.length
        ? h(
            'ul',
            { id: 'summary-documents' },
            ...s.documents.map((d) =>
              h(
                'li',
                {},
                d.text,
                ' ',
                h('span', { class: 'hl-for' }, ht('summary.documentFor', { programs: d.programs.join(t('sep')) })),
              ),
            ),
          )
        : h('p', {}, ht('summary.noDocuments')),
    );
    if (s.programs.length && step.household.county === undefined) blocks.push(countyChoice(host, call));
    if (s.places.length)
      blocks.push(
        h('h3', {}, ht('summary.where')),
        h(
          'ul',
          { id: 'summary-places' },
          ...s.places.map((p) =>
            h(
              'li',
              {},
              h('strong', {}, p.office ?? p.name),
              p.office && p.office !== p.name ? ht('punct.aside', { text: p.name }) : '',
              `${ht('punct.colon')}${p.where}`,
              h('br'),
              h('span', { class: 'hl-for' }, ht('summary.forPrograms', { programs: p.programs.join(t('sep')) })),
            ),
          ),
        ),
      );
    if (s.refer.length) blocks.push(h('h3', {}, ht('summary.refer')), h('p', {}, s.refer.join(t('sep'))));
    blocks.push(h('p', { class: 'hl-asof' }, ht('summary.asOf', { date: step.asOf })));
  }

  fill(
    host.main,
    h(
      'div',
      { class: 'hl-call done', 'data-asked': step.asked },
      ...callHead(host, call),
      h(
        'section',
        { class: 'hl-summary', id: 'summary', 'aria-labelledby': 'summary-title' },
        h('h2', { id: 'summary-title', tabindex: '-1' }, ht('summary.title')),
        ...blocks,
        h('div', { class: 'actions no-print' }, print, call.saved ? null : undoButton(host, call)),
      ),
      saveSection(host, call, step),
      answersLog(call),
    ),
  );
  if (focus) byId('summary-title')?.focus();
}

/** The household's county field, as the interview takes it. */
const COUNTY_PATH = 'county';

/**
 * The county, when the interview did not need it: the offices to go to are the county's. Chosen,
 * it is sent as one more answer (undo drops it like any other).
 */
function countyChoice(host: CallHost, call: Call): HTMLElement {
  const county = field({
    id: 'caller-county',
    label: ht('summary.county'),
    options: [
      ['', ht('summary.countyChoose')],
      ...COUNTY_CODES.map((c): [string, string] => [c, t(`common:values.county.${c}`)]),
    ],
  });
  const show = h('button', { type: 'button', class: 'button secondary', id: 'show-places' }, ht('summary.showPlaces'));
  show.addEventListener('click', () => {
    const code = county.value();
    if (!code) {
      county.setError(ht('summary.countyMissing'));
      county.input.focus();
      return;
    }
    const answers = [...call.answers, { path: COUNTY_PATH, value: code }];
    const log = [...(call.log ?? []), { question: ht('summary.county'), answer: t(`common:values.county.${code}`) }];
    void ask(host, call, answers, log);
  });
  return h(
    'div',
    { class: 'hl-county no-print', id: 'county-block' },
    h('h3', {}, ht('summary.where')),
    h('p', {}, ht('summary.countyNeeded')),
    county.wrap,
    h('div', { class: 'actions' }, show),
  );
}

/** "Save as a case" (the caller's name, phone and a note, all optional) or "discard"; after saving, its number. */
function saveSection(host: CallHost, call: Call, step: InterviewStep): HTMLElement {
  const discard = h(
    'button',
    { type: 'button', class: 'button secondary', id: 'discard-call' },
    call.saved ? ht('call.new') : ht('save.discard'),
  );
  discard.addEventListener('click', () => host.clear());
  if (call.saved)
    return h(
      'section',
      { class: 'hl-save no-print', 'aria-labelledby': 'save-title' },
      h('h2', { id: 'save-title' }, ht('save.title')),
      h(
        'p',
        { class: 'staff-notice ok', id: 'saved-case', 'data-case': call.saved.id },
        ht('save.saved', { number: call.saved.number }),
      ),
      h('div', { class: 'actions' }, discard),
    );

  const draft = call.draft ?? { name: '', phone: '', note: '' };
  call.draft = draft;
  const name = field({ id: 'caller-name', label: ht('save.name'), value: draft.name, maxlength: NAME_INPUT_MAX });
  const phone = field({
    id: 'caller-phone',
    label: ht('save.phone'),
    type: 'tel',
    inputmode: 'tel',
    value: draft.phone,
    maxlength: PHONE_MAX,
  });
  const note = field({
    id: 'caller-note',
    label: ht('save.note'),
    textarea: true,
    value: draft.note,
    maxlength: NOTE_MAX,
  });
  name.input.addEventListener('input', () => {
    draft.name = name.value();
  });
  phone.input.addEventListener('input', () => {
    draft.phone = phone.value();
  });
  note.input.addEventListener('input', () => {
    draft.note = note.value();
  });
  const byPath: Record<string, Field> = { 'applicant.name': name, 'applicant.phone': phone, note };
  const errors = summary('save-errors');
  const submit = h('button', { type: 'submit', class: 'button primary', id: 'save-call' }, ht('save.submit'));
  const form = h(
    'form',
    { novalidate: true, class: 'staff-form', id: 'save-form' },
    errors.el,
    h('div', { class: 'field-grid' }, name.wrap, phone.wrap),
    note.wrap,
    h('div', { class: 'actions' }, submit, discard),
  );
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    if (call.busy) return;
    errors.clear();
    for (const f of Object.values(byPath)) f.setError();
    const problems = checkApplicant(draft);
    if (problems.length) {
      for (const p of problems) byPath[p.path]?.setError(st(p.key, p.opts));
      errors.show(
        problems.map((p) => ({ message: st(p.key, p.opts), target: byPath[p.path]?.input.id })),
        ht('save.failed'),
      );
      return;
    }
    call.busy = true;
    submit.disabled = true;
    submit.textContent = ht('save.saving');
    const reply = await host.api.createCase({
      household: step.household,
      asOf: step.asOf,
      note: draft.note.trim() || undefined,
      applicant: applicantBody(draft),
    });
    call.busy = false;
    if (host.current() !== call) return;
    submit.disabled = false;
    submit.textContent = ht('save.submit');
    if (reply.ok) {
      call.saved = { id: String(reply.data.case.id), number: reply.data.case.number };
      call.draft = undefined;
      render(host, false);
      host.announce(ht('save.saved', { number: call.saved.number }));
      byId('discard-call')?.focus();
      return;
    }
    const items = reply.fields.map((f) => {
      const own = byPath[f.path];
      own?.setError(f.message);
      return { message: own ? f.message : `${f.path}: ${f.message}`, target: own?.input.id };
    });
    errors.show(items.length ? items : [{ message: reply.message }], ht('save.failed'));
  });
  return h(
    'section',
    { class: 'hl-save no-print', 'aria-labelledby': 'save-title' },
    h('h2', { id: 'save-title' }, ht('save.title')),
    h('p', { class: 'lead' }, ht('save.lead')),
    form,
  );
}
