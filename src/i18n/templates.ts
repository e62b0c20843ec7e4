/**
 * Sentences at a few microseconds each: the i18next catalogues stay the source of every string,
 * but a string is parsed once into literal parts and `{{name}}` slots, and rendering is a string
 * join. Strings that need more of i18next (nesting with `$t(`, formats, plurals) are left to
 * i18next itself, so the output is always what i18next would give (test/unit.test.ts checks it).
 */
import type { i18n } from 'i18next';
import type { Locale } from '../model/household.js';

export type Vars = Readonly<Record<string, string | number>>;

/** A compiled string: renders with the given variables. */
export type Template = (vars?: Vars) => string;

const SLOT = /\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g;
/** What this compiler does not handle: nesting, formats (`{{x, number}}`), unescaped `{{- x}}`. */
const UNSUPPORTED = /\$t\(|\{\{[^}]*[,-][^}]*\}\}/;

function parse(raw: string): Template | undefined {
  if (UNSUPPORTED.test(raw)) return undefined;
  const literals: string[] = [];
  const names: string[] = [];
  const slots: string[] = [];
  let last = 0;
  for (const m of raw.matchAll(SLOT)) {
    literals.push(raw.slice(last, m.index));
    names.push(m[1]);
    slots.push(m[0]);
    last = (m.index as number) + m[0].length;
  }
  literals.push(raw.slice(last));
  if (names.length === 0) return () => raw;
  return (vars = {}) => {
    let out = literals[0];
    for (let i = 0; i < names.length; i++) {
      const v = vars[names[i]];
      // i18next leaves the placeholder of a variable it was not given as it is.
      out += (v === undefined ? slots[i] : String(v)) + literals[i + 1];
    }
    return out;
  };
}

/** `group.id`, or `ns:id` when the group is a namespace (`params:`). */
export const joinKey = (group: string, id: string) => (group.endsWith(':') ? `${group}${id}` : `${group}.${id}`);

export interface Templates {
  locale: Locale;
  /** The string for a key (`ns:key` or a common key) rendered with `vars`. */
  t(key: string, vars?: Vars): string;
  /** The string at `group.id` (e.g. `fields`, `birthDate`; `params:`, an id), cached by the two parts: no key is built on a hit. */
  label(group: string, id: string): string;
}

/**
 * Templates for one locale, compiled on first use and kept. A key with plural forms or an
 * unsupported construct is rendered by i18next itself.
 */
export function compileTemplates(instance: i18n, locale: Locale): Templates {
  const cache = new Map<string, Template>();
  const viaI18next =
    (key: string): Template =>
    (vars) =>
      instance.t(key, { ...vars, lng: locale }) as string;
  const fallback = instance.options.fallbackLng as string;
  // Nested keys (`sentence.passed`) and flat keys with dots (parameter ids such as `dibao.standard.urban`).
  const resource = (lng: string, ns: string, path: string): unknown =>
    instance.getResource(lng, ns, path) ?? instance.getResource(lng, ns, path, { keySeparator: false });
  const lookup = (key: string): Template => {
    const [ns, path] = key.includes(':') ? (key.split(':', 2) as [string, string]) : ['common', key];
    if (resource(locale, ns, `${path}_other`) !== undefined) return viaI18next(key);
    const raw = resource(locale, ns, path) ?? resource(fallback, ns, path);
    // i18next answers a key it has no string for with the key itself.
    if (raw === undefined) return () => key;
    if (typeof raw !== 'string') return viaI18next(key);
    return parse(raw) ?? viaI18next(key);
  };
  const labels = new Map<string, Map<string, string>>();
  const t = (key: string, vars?: Vars) => {
    let tpl = cache.get(key);
    if (!tpl) {
      tpl = lookup(key);
      cache.set(key, tpl);
    }
    return tpl(vars);
  };
  return {
    locale,
    t,
    label(group, id) {
      let byId = labels.get(group);
      if (!byId) {
        byId = new Map();
        labels.set(group, byId);
      }
      let s = byId.get(id);
      if (s === undefined) {
        s = t(joinKey(group, id));
        byId.set(id, s);
      }
      return s;
    },
  };
}
