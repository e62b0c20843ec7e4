/**
 * The results page: grouped by what the resident can do next. Placeholder values are always
 * marked "to be confirmed at the window"; needs-information items link back to the questions.
 */
import { type FullProgramResult, type ProgramResult, programTexts, type Screening } from './api.js';
import { append, h } from './dom.js';
import { answerRows } from './form.js';
import { i18n, t } from './i18n.js';
import { type Answers, controlId, locate, locatedVisible } from './model.js';

type Group = 'held' | 'eligible' | 'once' | 'needs_info' | 'refer' | 'not_eligible';
const GROUPS: Group[] = ['held', 'eligible', 'once', 'needs_info', 'refer', 'not_eligible'];

export function groupOf(r: ProgramResult): Group {
  // A status the household already holds (低保, 特困…) is 已享受, not something to apply for.
  if (r.detail === 'full' && r.held) return 'held';
  if (r.detail === 'full' && r.outcome === 'eligible') return r.onceGranted?.length ? 'once' : 'eligible';
  return r.outcome;
}

function tbc(): HTMLElement {
  return h('span', { class: 'tbc' }, t('results.card.tbc'));
}

function section(title: string, ...content: (Node | null)[]): HTMLElement | null {
  if (content.every((c) => !c)) return null;
  return h('div', { class: `card-part` }, h('h4', {}, title), ...content);
}

function list(items: (string | Node)[], cls?: string): HTMLElement | null {
  if (!items.length) return null;
  return h('ul', { class: cls }, ...items.map((i) => h('li', {}, i)));
}

type AskedQuestion = FullProgramResult['questions'][number];

/**
 * Why a question already answered is asked again: the discharge date was given only as a year (or a
 * year and month) and the month (or day) decides. Said plainly under the question.
 */
function partialHint(q: AskedQuestion): HTMLElement | null {
  if (!q.partial) return null;
  return h(
    'span',
    { class: 'hint partial-hint' },
    t(`results.partialDate.${q.partial.lacks}`, { months: q.partial.months }),
  );
}

function questionLinks(r: FullProgramResult, answers: Answers | undefined): HTMLElement | null {
  const seen = new Set<string>();
  const items: Node[] = [];
  for (const q of r.questions) {
    const where = locate(q.path);
    const key = where ? `${where.step.id}:${where.path}` : q.path;
    if (seen.has(key)) continue;
    seen.add(key);
    if (!answers) {
      // A saved case: the questions are named for the window to ask; there is no form to go back to.
      items.push(h('span', {}, q.label, partialHint(q)));
    } else if (where && locatedVisible(where, answers)) {
      const link = h(
        'a',
        {
          href: `#/step/${where.step.id}/${where.path}`,
          'data-control': controlId(where.path),
          class: 'answer-link',
        },
        q.label,
      );
      const hint = partialHint(q);
      items.push(hint ? h('span', {}, link, hint) : link);
    } else {
      items.push(h('span', {}, q.label, ' ', h('span', { class: 'muted' }, t('results.card.noLink')), partialHint(q)));
    }
  }
  return list(items, 'questions');
}

function basis(text: string): HTMLElement {
  return h('span', { class: 'basis' }, t('results.card.basis'), text);
}

function reasonList(r: ProgramResult): HTMLElement | null {
  return list(
    r.reasons.map((reason) =>
      h(
        'span',
        { class: `reason ${reason.status}`, 'data-clause': reason.name },
        reason.text,
        reason.unverified ? ' ' : null,
        reason.unverified ? tbc() : null,
        // The article the condition implements, under the sentence (from /program-texts when opened).
        reason.basis ? basis(reason.basis) : null,
      ),
    ),
    'reasons',
  );
}

/**
 * The fixed texts a screening leaves out (each reason's legal basis, the plan's paragraph) are
 * fetched once, when a resident first opens a card's details or the not-eligible list, and put in
 * every card. While they load, and if they cannot be loaded, the opened part says so.
 */
async function fillTexts(main: HTMLElement, opened: HTMLElement) {
  if (main.dataset.texts === 'done') return;
  const status = opened.querySelector<HTMLElement>(':scope > .texts-status');
  const say = (text: string) => {
    if (status) status.textContent = text;
  };
  say(t('results.card.textsLoading'));
  let texts: Awaited<ReturnType<typeof programTexts>>;
  try {
    texts = await programTexts(i18n.language as Parameters<typeof programTexts>[0]);
  } catch {
    say(t('results.card.textsFailed'));
    return;
  }
  for (const card of main.querySelectorAll<HTMLElement>('article[data-program]')) {
    const p = texts.get(card.dataset.program ?? '');
    if (!p) continue;
    for (const reason of card.querySelectorAll<HTMLElement>('.reason[data-clause]')) {
      const text = p.basis[reason.dataset.clause ?? ''];
      if (text && !reason.querySelector('.basis')) reason.append(basis(text));
    }
    const slot = card.querySelector('.citation');
    if (slot && p.quote && !card.querySelector('blockquote')) slot.after(h('blockquote', {}, p.quote));
  }
  main.dataset.texts = 'done';
  main.querySelectorAll('.texts-status').forEach((s) => {
    s.textContent = '';
  });
}

function textsStatus(): HTMLElement {
  return h('p', { class: 'texts-status muted', role: 'status' });
}

function card(r: ProgramResult, answers: Answers | undefined): HTMLElement {
  const titleId = `r-${r.programId}`;
  if (r.detail === 'brief') {
    // A not-eligible result: its name and the one reason that decided it.
    return h(
      'article',
      {
        class: 'card not_eligible brief',
        'data-program': r.programId,
        'data-outcome': r.outcome,
        'aria-labelledby': titleId,
      },
      h('h3', { id: titleId }, r.name),
      section(t('results.card.why'), reasonList(r)),
    );
  }
  const amount = r.amount
    ? h(
        'p',
        { class: 'amount' },
        h('span', { class: 'sr-only' }, t('results.card.amount')),
        // A placeholder standard: the figure with the "to be confirmed" mark, not the API's longer
        // sentence that says the same in words.
        r.amount.unverified
          ? t('results.card.amountShort', { period: t(`period.${r.amount.period}`), value: r.amount.value }) +
              (r.amount.partial ? t('results.card.amountPartial') : '')
          : r.amount.text,
        r.amount.unverified ? ' ' : null,
        r.amount.unverified ? tbc() : null,
      )
    : null;
  const amountNote = r.amount?.note
    ? h('p', { class: 'amount-note' }, t('results.card.amountNote'), r.amount.note)
    : null;
  const members = r.members?.length
    ? h('p', { class: 'members' }, t('results.card.members'), r.members.map((m) => m.label).join(t('sep')))
    : null;
  const once = r.onceGranted?.length
    ? h(
        'p',
        { class: 'once' },
        h('strong', {}, t('results.card.once')),
        r.onceGranted.map((o) => o.label).join(t('sep')),
      )
    : null;
  const reasons = reasonList(r);
  const unverified = r.unverifiedParameters.length
    ? h(
        'div',
        { class: 'unverified' },
        h('p', {}, t('results.card.unverified')),
        list(
          r.unverifiedParameters.map((p) =>
            h('span', {}, t('results.card.param', { label: p.label, value: p.value }), ' ', tbc()),
          ),
        ),
      )
    : null;
  const quote = r.citation.quote ? h('blockquote', {}, r.citation.quote) : null;

  // What the window checks anyway, and which standards are placeholders, folded to keep cards short.
  const windowItems = list(r.window, 'window');
  const more =
    windowItems || unverified
      ? h('details', { class: 'more' }, h('summary', {}, t('results.card.more')), windowItems, unverified)
      : null;

  const bring = section(
    t('results.card.bring'),
    list(
      r.documents.map((d) => d.text),
      'documents',
    ),
  );
  const where = section(
    t('results.card.where'),
    h(
      'p',
      { class: 'department' },
      // The county's office when the county is answered (names only: no address or phone is known).
      r.department.office ? h('strong', { class: 'office' }, r.department.office) : null,
      r.department.office ? h('br') : null,
      r.department.office ? r.department.name : h('strong', {}, r.department.name),
      h('br'),
      r.department.where,
    ),
    h('p', { class: 'contact muted' }, t('results.card.contact')),
  );
  const group = groupOf(r);
  // What to do stays open (to bring and where for what one can apply for; the questions for what
  // needs information; where to ask for the window's checks); the why and the policy text fold.
  const act = group === 'eligible' || group === 'held' || group === 'once';
  const why = h(
    'details',
    { class: 'why' },
    h('summary', {}, t('results.card.details')),
    textsStatus(),
    section(t('results.card.why'), reasons),
    section(t('results.card.changes'), list(r.changes, 'changes')),
    act ? null : bring,
    act || group === 'refer' ? null : where,
    section(t('results.card.citation'), h('p', { class: 'citation' }, r.citation.text), quote),
    more,
  );

  // Closed, a card is its name and the one line that matters: the amount, the status to obtain
  // first, or the answers still needed. Opened: what to bring, where, and why (folded again).
  const questions = r.outcome === 'needs_info' ? questionLinks(r, answers) : null;
  const keyLine =
    group === 'once'
      ? once
      : r.outcome === 'needs_info' && r.questions.length > 0
        ? h(
            'p',
            { class: 'key muted' },
            t('results.card.stillNeeded', { questions: shortList(r.questions.map((q) => q.label)) }),
          )
        : amount;
  return h(
    'article',
    { class: `card ${group}`, 'data-program': r.programId, 'data-outcome': r.outcome, 'aria-labelledby': titleId },
    h(
      'details',
      { class: 'card-open' },
      h('summary', {}, h('h3', { id: titleId }, r.name), keyLine),
      h('p', { class: 'headline' }, r.headline),
      group === 'once' ? amount : null,
      amountNote,
      members,
      questions ? section(t('results.card.questions'), questions) : null,
      act ? bring : null,
      act || group === 'refer' ? where : null,
      why,
    ),
  );
}

/** A group of results under its heading ("可以申请（4 项）"). */
function groupSection(g: Group, count: number, ...content: (Node | null)[]): HTMLElement {
  const headingId = `group-${g}`;
  return h(
    'section',
    { class: `group ${g}`, 'aria-labelledby': headingId, 'data-group': g },
    h('h2', { id: headingId }, t('results.groupHeading', { title: t(`results.groups.${g}`), count })),
    ...content,
  );
}

/** How many of the answers that would settle the open programs are shown, most useful first. */
const SETTLE_SHOWN = 5;

/**
 * The few answers that would settle the most open programs: each question once, with how many
 * programs wait for it; a link back to it (its step then returns to the results).
 */
function settleList(results: ProgramResult[], answers: Answers | undefined): HTMLElement | null {
  const byPath = new Map<string, { label: string; programs: number; href?: string; asked: AskedQuestion }>();
  for (const r of results) {
    if (r.detail !== 'full') continue;
    const seen = new Set<string>();
    for (const q of r.questions) {
      const where = locate(q.path);
      const key = where ? where.path : q.path;
      if (seen.has(key)) continue;
      seen.add(key);
      const entry = byPath.get(key) ?? {
        label: q.label,
        programs: 0,
        href: where && answers && locatedVisible(where, answers) ? `#/step/${where.step.id}/${where.path}` : undefined,
        asked: q,
      };
      entry.programs += 1;
      byPath.set(key, entry);
    }
  }
  const top = [...byPath.entries()].sort((a, b) => b[1].programs - a[1].programs).slice(0, SETTLE_SHOWN);
  if (top.length === 0) return null;
  return list(
    top.map(([path, q]) => {
      const count =
        q.programs > 1 ? h('span', { class: 'muted' }, ' ', t('results.settles', { count: q.programs })) : null;
      const hint = partialHint(q.asked);
      if (!q.href) return h('span', {}, q.label, count, hint);
      const link = h('a', { href: q.href, class: 'answer-link', 'data-control': controlId(path) }, q.label, count);
      return hint ? h('span', {}, link, hint) : link;
    }),
    'settle',
  );
}

/** The first few of a list, then "…": a closed card's line stays one line. */
const SHORT_LIST = 3;
function shortList(items: string[]): string {
  const unique = [...new Set(items)];
  const shown = unique.slice(0, SHORT_LIST).join(t('sep'));
  return unique.length > SHORT_LIST ? t('results.card.andMore', { list: shown }) : shown;
}

/**
 * "带齐这些材料": every document the programs to apply for need, once, with the programs that need
 * it (the household's own list: documents its answers rule out are already left out by the API).
 */
function documentChecklist(results: ProgramResult[]): HTMLElement | null {
  const byDoc = new Map<string, { text: string; programs: string[] }>();
  for (const r of results) {
    if (r.detail !== 'full') continue;
    for (const d of r.documents) {
      const entry = byDoc.get(d.key) ?? { text: d.text, programs: [] };
      entry.programs.push(r.name);
      byDoc.set(d.key, entry);
    }
  }
  if (byDoc.size === 0) return null;
  return h(
    'details',
    { class: 'checklist' },
    h(
      'summary',
      {},
      h('h2', { id: 'checklist-title', class: 'checklist-title' }, t('results.checklist.title', { count: byDoc.size })),
    ),
    h(
      'ul',
      {},
      ...[...byDoc.values()].map((d) =>
        h(
          'li',
          {},
          h('span', { class: 'doc' }, d.text),
          ' ',
          h('span', { class: 'for muted' }, t('results.checklist.for', { programs: d.programs.join(t('sep')) })),
        ),
      ),
    ),
  );
}

/**
 * The answers behind the results. On screen, folded: each answer links to its question, whose step
 * then offers to come straight back. In print, one compact paragraph (ID numbers masked).
 */
function answersSummary(answers: Answers): HTMLElement[] {
  const rows = answerRows(answers);
  if (rows.length === 0) return [];
  const onScreen = h(
    'details',
    { class: 'answers no-print' },
    h('summary', {}, t('results.answers.title', { count: rows.length })),
    h('p', { class: 'hint' }, t('results.answers.hint')),
    h(
      'ul',
      {},
      ...rows.map((r) =>
        h(
          'li',
          {},
          h(
            'a',
            { href: `#/step/${r.step.id}/${r.path}`, class: 'answer-link', 'data-control': controlId(r.path) },
            h('span', { class: 'q' }, r.question),
            h('span', { class: 'a' }, r.answer),
          ),
        ),
      ),
    ),
  );
  const inPrint = h(
    'section',
    { class: 'print-only answers-print', 'aria-label': t('results.answers.printTitle') },
    h('h2', {}, t('results.answers.printTitle')),
    h(
      'p',
      {},
      rows
        .map((r) => t('results.answers.pair', { question: r.question, answer: r.answer }))
        .join(t('results.answers.join')),
    ),
  );
  return [onScreen, inPrint];
}

/** What was checked: every program of the plan's catalogue, or which ones were not (not in force on the date). */
function coverageText(s: Screening): string {
  const { catalogue, notInForce } = s.coverage;
  if (notInForce.length === 0) return t('results.coverage.all', { count: catalogue });
  return t('results.coverage.some', {
    count: catalogue,
    missing: notInForce.length,
    names: notInForce.map((p) => p.name).join(t('sep')),
  });
}

/** 2026年11月29日 / November 29, 2026: easier to read than 2026-11-29, and never broken at a hyphen. */
function longDate(iso: string): string {
  try {
    return new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long', timeZone: 'UTC' }).format(
      new Date(`${iso}T00:00:00Z`),
    );
  } catch {
    return iso;
  }
}

export interface ResultsContext {
  /** The answers behind the results; without them (a saved case) open questions are named, not linked. */
  answers?: Answers;
  go(hash: string): void;
  clear(): void;
  /**
   * Part of a longer page (the window's case page): no title, print heading, print note or resident
   * buttons; the page brings its own. The groups stay level-2 sections under the page's title.
   */
  embedded?: boolean;
}

export function renderResults(main: HTMLElement, s: Screening, ctx: ResultsContext) {
  const byGroup = new Map<Group, ProgramResult[]>(GROUPS.map((g) => [g, []]));
  for (const r of s.results) byGroup.get(groupOf(r))?.push(r);
  const count = (g: Group) => byGroup.get(g)?.length ?? 0;

  const actions = h(
    'div',
    { class: 'actions no-print' },
    h('button', { type: 'button', class: 'button primary', 'data-action': 'print' }, t('results.print')),
    h('button', { type: 'button', class: 'button secondary', 'data-action': 'edit' }, t('results.edit')),
  );

  const sections: HTMLElement[] = [];
  const checklist = documentChecklist([...(byGroup.get('eligible') ?? []), ...(byGroup.get('once') ?? [])]);
  for (const g of GROUPS) {
    // The combined checklist follows what to apply for (held, eligible, once), before what is open.
    if (checklist && g === 'needs_info')
      sections.push(checklist, h('p', { class: 'print-only' }, t('results.card.contact')));
    const items = byGroup.get(g) ?? [];
    if (!items.length) continue;
    const headingId = `group-${g}`;
    const cards = items.map((r) => card(r, ctx.answers));
    if (g === 'not_eligible') {
      sections.push(
        h(
          'section',
          { class: `group ${g} no-print`, 'aria-labelledby': headingId, 'data-group': g },
          h(
            'details',
            { class: 'not-eligible-fold' },
            h(
              'summary',
              {},
              h(
                'h2',
                { id: headingId, class: 'fold-title' },
                t('results.groups.not_eligible', { count: items.length }),
              ),
            ),
            textsStatus(),
            ...cards,
          ),
        ),
      );
    } else if (g === 'needs_info') {
      // What settles them leads; the programs themselves are folded.
      sections.push(
        groupSection(
          g,
          items.length,
          h('p', { class: 'group-intro' }, t('results.groupIntro.needs_info')),
          settleList(items, ctx.answers),
          h(
            'details',
            { class: 'needs-info-fold' },
            h('summary', {}, t('results.needsInfoPrograms', { count: items.length })),
            ...cards,
          ),
        ),
      );
    } else {
      sections.push(
        groupSection(
          g,
          items.length,
          // The headings of what is held and what to apply for say it all; the others explain.
          g === 'refer' ? h('p', { class: 'group-intro' }, t(`results.groupIntro.${g}`)) : null,
          ...cards,
        ),
      );
    }
  }

  const embedded = ctx.embedded === true;
  main.replaceChildren();
  append(main, [
    embedded ? null : h('p', { class: 'print-only print-heading' }, t('results.printHeading')),
    embedded ? null : h('h1', { tabindex: '-1', id: 'results-title' }, t('results.title')),
    h(
      'p',
      { class: 'summary-line' },
      GROUPS.filter((g) => count(g) > 0)
        .map((g) => t(`results.counts.${g}`, { count: count(g) }))
        .join(t('results.counts.join')) + t('results.counts.end'),
    ),
    h(
      'p',
      { class: 'notice' },
      t('results.disclaimer'),
      ' ',
      t('results.asOf', { date: longDate(s.asOf) }),
      ' ',
      coverageText(s),
    ),
    embedded ? null : actions,
    ...(ctx.answers ? answersSummary(ctx.answers) : []),
    ...sections,
    embedded
      ? null
      : h(
          'div',
          { class: 'actions no-print end' },
          h('button', { type: 'button', class: 'button danger', 'data-action': 'clear' }, t('results.clear')),
        ),
    embedded ? null : h('p', { class: 'print-only' }, t('results.printNote')),
    // What produced the result: the date, and the versions of the rules and the parameter values.
    h(
      'p',
      { class: 'print-only version' },
      t('results.version', { date: longDate(s.asOf), rules: s.version.rules, parameters: s.version.parameters }),
    ),
  ]);

  delete main.dataset.texts;
  const signal = listening(main);
  // Print what is folded on screen (browsers that cannot show closed details in print CSS).
  const opened: HTMLDetailsElement[] = [];
  window.addEventListener(
    'beforeprint',
    () => {
      for (const d of main.querySelectorAll<HTMLDetailsElement>(
        'details.card-open:not([open]), details.checklist:not([open])',
      )) {
        d.open = true;
        opened.push(d);
      }
    },
    { signal },
  );
  window.addEventListener(
    'afterprint',
    () => {
      for (const d of opened.splice(0)) d.open = false;
    },
    { signal },
  );
  // toggle does not bubble: listened for while it goes down (capture).
  main.addEventListener(
    'toggle',
    (e) => {
      const d = e.target as HTMLDetailsElement;
      if (d.open && (d.classList.contains('why') || d.classList.contains('not-eligible-fold'))) void fillTexts(main, d);
    },
    { capture: true, signal },
  );

  main.querySelectorAll<HTMLButtonElement>('[data-action]').forEach((b) => {
    b.addEventListener('click', () => {
      const action = b.dataset.action;
      if (action === 'print') window.print();
      else if (action === 'edit') ctx.go('#/step/place');
      else if (action === 'clear') ctx.clear();
    });
  });
}

const listeners = new WeakMap<HTMLElement, AbortController>();

/** A signal that ends the listeners of the page's previous results when new ones are shown. */
function listening(main: HTMLElement): AbortSignal {
  listeners.get(main)?.abort();
  const c = new AbortController();
  listeners.set(main, c);
  return c.signal;
}
