/**
 * One renderer per kind of question (src/questions/catalogue.ts `Kind`): the controls that answer
 * it, with its label, hint and error in place. Used by the resident page and the window's form
 * (web/src/form.ts); the controls' ids come from the API path they answer, so results and errors can
 * point at them.
 */
import { h } from './dom.js';
import { t } from './i18n.js';
import { type DateRaw, type Kind, type Question, type Raw, str } from './model.js';

/** Characters of a resident ID number. */
export const ID_LENGTH = 18;
/** Room for the spaces and separators people type inside an ID number or a number. */
const ID_SLACK = 6;
const NUMBER_LENGTH = 12;
/** More options than this are listed one per line. */
const INLINE_OPTIONS = 3;

export interface Control {
  wrap: HTMLElement;
  inputs: (HTMLInputElement | HTMLSelectElement)[];
}

interface Parts {
  q: Question;
  /** The id of the control (or the first option of a group). */
  id: string;
  raw: Raw;
  title: string;
  hintEl: HTMLElement | null;
  error: HTMLElement;
}

type Renderer = (p: Parts) => Control;

/** An option's text: yes or no, a grade, or the API's label of the value (capitalised). */
export function optionText(q: Question, v: string): string {
  if (q.kind === 'yesno') return t(v === 'true' ? 'opt.yes' : 'opt.no');
  if (q.field === 'disabilityGrade' || q.field === 'serviceDisabilityGrade') return t(`grade.${v}`);
  // The API's value labels are lower case in English ("urban hukou"); options start with a capital.
  const text = t(`common:values.${q.field}.${v}`);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A single control under a <label>, with its hint and error. */
const labelled = (p: Parts, ...controls: (Node | null)[]) =>
  h('div', { class: 'question' }, h('label', { for: p.id, class: 'q-label' }, p.title), p.hintEl, p.error, ...controls);

/** Yes/no and short choices: radio buttons in a fieldset, "don't know" last when offered. */
const radios: Renderer = (p) => {
  const { q, id } = p;
  const options = q.kind === 'yesno' ? ['true', 'false'] : [...(q.options ?? [])];
  if (q.unknown) options.push('unknown');
  const current = str(p.raw);
  const inputs: HTMLInputElement[] = [];
  const list = h('div', { class: options.length > INLINE_OPTIONS ? 'options options-list' : 'options' });
  options.forEach((v, k) => {
    const input = h('input', {
      type: 'radio',
      name: id,
      value: v,
      id: k === 0 ? id : `${id}--${v}`,
      checked: current === v,
    });
    inputs.push(input);
    list.append(
      h('label', { class: 'option' }, input, h('span', {}, v === 'unknown' ? t('opt.unknown') : optionText(q, v))),
    );
  });
  return { wrap: h('fieldset', { class: 'question' }, h('legend', {}, p.title), p.hintEl, p.error, list), inputs };
};

/** Long lists (county, relation, grades): a select. */
const select: Renderer = (p) => {
  const { q, id } = p;
  const current = str(p.raw);
  const el = h('select', { id, name: id });
  el.append(h('option', { value: '' }, t('opt.choose')));
  for (const v of q.options ?? []) el.append(h('option', { value: v, selected: current === v }, optionText(q, v)));
  if (q.unknown) el.append(h('option', { value: 'unknown', selected: current === 'unknown' }, t('opt.unknown')));
  return { wrap: labelled(p, el), inputs: [el] };
};

/** A date: three boxes, year, month and day (a partial date leaves month and day empty). */
const date: Renderer = (p) => {
  const { id } = p;
  const d: DateRaw = p.raw && typeof p.raw === 'object' ? p.raw : { y: '', m: '', d: '' };
  const inputs: HTMLInputElement[] = [];
  const part = (key: keyof DateRaw, partId: string, size: number, extra: string) => {
    const input = h('input', {
      type: 'text',
      inputmode: 'numeric',
      id: partId,
      name: partId,
      maxlength: size,
      autocomplete: 'off',
      value: d[key],
      'data-part': key,
      class: `date-${key}`,
    });
    inputs.push(input);
    return h('div', { class: 'date-part' }, h('label', { for: partId }, t(`date.${extra}`)), input);
  };
  const boxes = h(
    'div',
    { class: 'date' },
    part('y', id, 4, 'year'),
    part('m', `${id}-m`, 2, 'month'),
    part('d', `${id}-d`, 2, 'day'),
  );
  return { wrap: h('fieldset', { class: 'question' }, h('legend', {}, p.title), p.hintEl, p.error, boxes), inputs };
};

/** A text box: a number with its unit, or the ID number with a status line that says what it read. */
const textbox: Renderer = (p) => {
  const { q, id } = p;
  const isId = q.kind === 'id';
  const input = h('input', {
    type: 'text',
    id,
    name: id,
    value: str(p.raw),
    autocomplete: 'off',
    spellcheck: 'false',
    inputmode: isId ? undefined : 'decimal',
    maxlength: isId ? ID_LENGTH + ID_SLACK : NUMBER_LENGTH,
    autocapitalize: isId ? 'characters' : undefined,
    class: isId ? 'input-id' : 'input-number',
  });
  const unit = q.unit ? h('span', { class: 'unit', id: `${id}-unit` }, t(`unit.${q.unit}`)) : null;
  if (unit) input.setAttribute('aria-describedby', `${id}-unit`);
  const status = isId ? h('p', { class: 'status', id: `${id}-status`, 'aria-live': 'polite' }) : null;
  return { wrap: labelled(p, h('div', { class: 'input-row' }, input, unit), status), inputs: [input] };
};

export const RENDERERS: Record<Kind, Renderer> = {
  yesno: radios,
  choice: radios,
  select,
  date,
  number: textbox,
  id: textbox,
};
