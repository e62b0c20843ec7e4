/** Small building blocks of the staff page: labelled fields with their errors, alerts, tables that become cards on a phone, paging. */
import { append, h, sr } from '../dom.js';
import { t } from '../i18n.js';

/** A staff string (namespace `staff`). */
export function st(key: string, opts?: Record<string, unknown>): string {
  return t(`staff:${key}`, opts);
}

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

export interface Field<C extends Control = Control> {
  wrap: HTMLElement;
  input: C;
  setError(message?: string): void;
  value(): string;
}

export interface FieldOptions {
  id: string;
  label: string;
  value?: string;
  hint?: string;
  type?: 'text' | 'password' | 'date' | 'tel';
  autocomplete?: string;
  inputmode?: string;
  maxlength?: number;
  required?: boolean;
  /** A select: [value, label] pairs (the first is usually "any"). */
  options?: [string, string][];
  textarea?: boolean;
  class?: string;
}

/** A label, an optional hint, an error slot and the control; the error is tied to the control. */
export function field(o: FieldOptions): Field {
  const hintId = o.hint ? `${o.id}-hint` : undefined;
  const error = h('p', { class: 'error', id: `${o.id}-error`, hidden: true });
  let input: Control;
  if (o.options) {
    const select = h('select', { id: o.id, name: o.id });
    for (const [value, text] of o.options)
      select.append(h('option', { value, selected: value === (o.value ?? '') }, text));
    input = select;
  } else if (o.textarea) {
    input = h('textarea', { id: o.id, name: o.id, rows: 3, maxlength: o.maxlength, autocomplete: 'off' });
    input.value = o.value ?? '';
  } else {
    input = h('input', {
      type: o.type ?? 'text',
      id: o.id,
      name: o.id,
      value: o.value ?? '',
      autocomplete: o.autocomplete ?? 'off',
      inputmode: o.inputmode,
      maxlength: o.maxlength,
      spellcheck: 'false',
      required: o.required,
      'aria-required': o.required ? 'true' : undefined,
    });
  }
  if (hintId) input.setAttribute('aria-describedby', hintId);
  const wrap = h(
    'div',
    { class: `field${o.class ? ` ${o.class}` : ''}`, 'data-field': o.id },
    h('label', { for: o.id, class: 'q-label' }, o.label),
    o.hint ? h('p', { class: 'hint', id: hintId }, o.hint) : null,
    error,
    input,
  );
  return {
    wrap,
    input,
    value: () => input.value,
    setError(message?: string) {
      error.replaceChildren();
      if (message) append(error, [sr(t('errors.prefix')), message]);
      error.hidden = !message;
      wrap.classList.toggle('has-error', !!message);
      const described = [hintId, message ? error.id : undefined].filter(Boolean).join(' ');
      if (described) input.setAttribute('aria-describedby', described);
      else input.removeAttribute('aria-describedby');
      if (message) input.setAttribute('aria-invalid', 'true');
      else input.removeAttribute('aria-invalid');
    },
  };
}

export interface Summary {
  el: HTMLElement;
  /** Shows messages (each linked to its control when it has one) and takes the focus; none hides it. */
  show(items: { message: string; target?: string }[], heading?: string): void;
  clear(): void;
}

/** An error summary: role=alert, focused when shown, each item a link to its field. */
export function summary(id: string): Summary {
  const el = h('div', { class: 'error-summary', id, tabindex: '-1', hidden: true });
  el.addEventListener('click', (e) => {
    const link = (e.target as HTMLElement).closest<HTMLAnchorElement>('a[data-focus]');
    if (!link) return;
    e.preventDefault();
    document.getElementById(link.dataset.focus ?? '')?.focus();
  });
  return {
    el,
    clear() {
      el.replaceChildren();
      el.hidden = true;
      el.removeAttribute('role');
    },
    show(items, heading) {
      el.replaceChildren();
      if (!items.length) {
        el.hidden = true;
        return;
      }
      const list = h('ul');
      for (const item of items) {
        list.append(
          h(
            'li',
            {},
            item.target ? h('a', { href: `#${item.target}`, 'data-focus': item.target }, item.message) : item.message,
          ),
        );
      }
      el.append(h('h2', {}, heading ?? st('errors.summary')), list);
      el.hidden = false;
      el.setAttribute('role', 'alert');
      el.focus();
    },
  };
}

/** A message that screen readers read at once (role=status, or alert for an error). */
export function notice(text: string, kind: 'ok' | 'error' | 'info' = 'info'): HTMLElement {
  return h('p', { class: `staff-notice ${kind}`, role: kind === 'error' ? 'alert' : 'status' }, text);
}

export interface Column<T> {
  label: string;
  cell(row: T): Node | string | (Node | string)[];
  class?: string;
}

/**
 * A data table on a wide screen and a card per row on a narrow one (CSS): each cell carries its
 * column's name for the card layout, and the table keeps explicit roles so the change of display
 * does not take its semantics away.
 */
export function dataTable<T>(
  caption: string,
  columns: Column<T>[],
  rows: T[],
  rowAttrs?: (row: T) => Record<string, string>,
): HTMLElement {
  const head = h(
    'tr',
    { role: 'row' },
    ...columns.map((c) => h('th', { scope: 'col', role: 'columnheader', class: c.class }, c.label)),
  );
  const body = rows.map((row) =>
    h(
      'tr',
      { role: 'row', ...(rowAttrs?.(row) ?? {}) },
      ...columns.map((c) => {
        const content = c.cell(row);
        return h(
          'td',
          { role: 'cell', 'data-label': c.label, class: c.class },
          ...(Array.isArray(content) ? content : [content]),
        );
      }),
    ),
  );
  return h(
    'div',
    { class: 'table-wrap' },
    h(
      'table',
      { class: 'data', role: 'table' },
      h('caption', {}, caption),
      h('thead', { role: 'rowgroup' }, head),
      h('tbody', { role: 'rowgroup' }, ...body),
    ),
  );
}

/** Previous / next pages with "page n of m" between them. */
export function pager(label: string, page: number, pages: number, goTo: (page: number) => void): HTMLElement | null {
  if (pages <= 1) return null;
  const prev = h(
    'button',
    { type: 'button', class: 'button secondary', disabled: page <= 1, 'data-page': 'prev' },
    st('paging.prev'),
  );
  const next = h(
    'button',
    { type: 'button', class: 'button secondary', disabled: page >= pages, 'data-page': 'next' },
    st('paging.next'),
  );
  prev.addEventListener('click', () => goTo(page - 1));
  next.addEventListener('click', () => goTo(page + 1));
  return h(
    'nav',
    { class: 'pager', 'aria-label': label },
    prev,
    h('span', { class: 'pager-at' }, st('paging.at', { page, pages })),
    next,
  );
}

/** A term and its value in a description list. */
export function pair(term: string, value: Node | string | undefined | null): HTMLElement[] {
  if (value === undefined || value === null || value === '') return [];
  return [h('dt', {}, term), h('dd', {}, value)];
}

/** Replaces an element's children, skipping the empty ones (null, undefined, false). */
export function fill(el: Element, ...children: (Node | string | null | undefined | false)[]) {
  el.replaceChildren();
  append(el, children);
}

/**
 * The page's aria-live region: a new text is set a moment after the old one is cleared, so that a
 * screen reader reads it even when it repeats the last one. `clear` forgets what was said.
 */
export function announcer(live: HTMLElement) {
  let pending: ReturnType<typeof setTimeout> | undefined;
  return {
    announce(text: string) {
      live.textContent = '';
      clearTimeout(pending);
      pending = setTimeout(() => {
        live.textContent = text;
      }, ANNOUNCE_DELAY_MS);
    },
    clear() {
      clearTimeout(pending);
      live.textContent = '';
    },
  };
}

/** How long the live region stays empty before a new text, so that a repeated text is read again. */
const ANNOUNCE_DELAY_MS = 50;
