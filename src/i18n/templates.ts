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
  let last = 0;
  for (const m of raw.matchAll(SLOT)) {
    literals.push(raw.slice(last, m.index));
    names.push(m[1]);
    last = (m.index as number) + m[0].length;
  }
  literals.push(raw.slice(last));
  if (names.length === 0) return () => raw;
  return (vars = {}) => {
    let out = literals[0];
    for (let i = 0; i < names.length; i++) {
      const v = vars[names[i]];
      // i18next leaves a missing variable's placeholder empty when escaping is off.
      out += (v === undefined ? '' : String(v)) + literals[i + 1];
    }
    return out;
  };
}

export interface Templates {
  locale: Locale;
  /** The string for a key (`ns:key` or a common key) rendered with `vars`. */
  t(key: string, vars?: Vars): string;
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
  const lookup = (key: string): Template => {
    const [ns, path] = key.includes(':') ? (key.split(':', 2) as [string, string]) : ['common', key];
    const pluralised = instance.exists(`${key}_other`, { lng: locale });
    const raw =
      instance.getResource(locale, ns, path) ?? instance.getResource(instance.options.fallbackLng as string, ns, path);
    if (typeof raw !== 'string' || pluralised) return viaI18next(key);
    return parse(raw) ?? viaI18next(key);
  };
  return {
    locale,
    t(key, vars) {
      let tpl = cache.get(key);
      if (!tpl) {
        tpl = lookup(key);
        cache.set(key, tpl);
      }
      return tpl(vars);
    },
  };
}
