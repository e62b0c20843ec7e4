/**
 * The results page: grouped by what the resident can do next. Placeholder values are always
 * marked "to be confirmed at the window"; needs-information items link back to the questions.
 */
import { type FullProgramResult, type ProgramResult, programTexts, type Screening } from './api.js';
import { append, h } from './dom.js';
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
      items.push(h('span', {}, q.label));
    } else if (where && locatedVisible(where, answers)) {
      items.push(
        h(
          'a',
          {
            href: `#/step/${where.step.id}/${where.path}`,
            'data-control': controlId(where.path),
            class: 'answer-link',
          },
          q.label,
        ),
      );
    } else {
      items.push(h('span', {}, q.label, ' ', h('span', { class: 'muted' }, t('results.card.noLink'))));
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
        h('strong', {}, t('results.card.amount')),
        r.amount.text,
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
    h('p', { class: 'department' }, h('strong', {}, r.department.name), h('br'), r.department.where),
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

  return h(
    'article',
    { class: `card ${group}`, 'data-program': r.programId, 'data-outcome': r.outcome, 'aria-labelledby': titleId },
    h('h3', { id: titleId }, r.name),
    h('p', { class: 'headline' }, r.headline),
    once,
    amount,
    amountNote,
    members,
    r.outcome === 'needs_info' ? section(t('results.card.questions'), questionLinks(r, answers)) : null,
    act ? bring : null,
    act || group === 'refer' ? where : null,
    why,
  );
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
  for (const g of GROUPS) {
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
    } else {
      sections.push(
        h(
          'section',
          { class: `group ${g}`, 'aria-labelledby': headingId, 'data-group': g },
          h(
            'h2',
            { id: headingId },
            t('results.groupHeading', { title: t(`results.groups.${g}`), count: items.length }),
          ),
          h('p', { class: 'group-intro' }, t(`results.groupIntro.${g}`)),
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
    h('p', { class: 'notice' }, t('results.disclaimer'), ' ', t('results.asOf', { date: longDate(s.asOf) })),
    embedded ? null : actions,
    ...sections,
    embedded
      ? null
      : h(
          'div',
          { class: 'actions no-print end' },
          h('button', { type: 'button', class: 'button secondary', 'data-action': 'edit' }, t('results.edit')),
          h('button', { type: 'button', class: 'button danger', 'data-action': 'clear' }, t('results.clear')),
        ),
    embedded ? null : h('p', { class: 'print-only' }, t('results.printNote')),
  ]);

  delete main.dataset.texts;
  // toggle does not bubble: listened for while it goes down (capture).
  main.addEventListener(
    'toggle',
    (e) => {
      const d = e.target as HTMLDetailsElement;
      if (d.open && (d.classList.contains('why') || d.classList.contains('not-eligible-fold'))) void fillTexts(main, d);
    },
    { capture: true, signal: listening(main) },
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
