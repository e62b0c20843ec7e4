/**
 * One i18next instance for the app: common strings (src/i18n/locales), program texts (from the
 * rule files), parameter labels (from the seeds) and the question catalogue's texts
 * (src/questions/locales), in zh-CN (default) and en.
 */
import i18next, { type i18n, type Resource, type ResourceLanguage, type TFunction } from 'i18next';
import type { ProgramFile } from '../engine/program.js';
import { Locale } from '../model/household.js';
import type { ParameterFile } from '../params/parameters.js';
import questionsEn from '../questions/locales/en.json' with { type: 'json' };
import questionsZh from '../questions/locales/zh-CN.json' with { type: 'json' };
import en from './locales/en.json' with { type: 'json' };
import zhCN from './locales/zh-CN.json' with { type: 'json' };

export const DEFAULT_LOCALE: Locale = 'zh-CN';
export const LOCALES = Locale.options;

export function createI18n(programs: readonly ProgramFile[], parameterFiles: readonly ParameterFile[]): i18n {
  const resources: Record<Locale, ResourceLanguage> = {
    'zh-CN': { common: zhCN, programs: {}, params: {}, questions: questionsZh },
    en: { common: en, programs: {}, params: {}, questions: questionsEn },
  };
  for (const locale of LOCALES) {
    const ns = resources[locale];
    ns.programs = Object.fromEntries(programs.map((p) => [p.id, p.texts[locale]])) as ResourceLanguage;
    ns.params = Object.fromEntries(
      parameterFiles.flatMap((f) => Object.entries(f.parameters).map(([id, def]) => [id, def.label[locale]])),
    );
  }
  const instance = i18next.createInstance();
  instance.init({
    resources: resources as Resource,
    lng: DEFAULT_LOCALE,
    fallbackLng: DEFAULT_LOCALE,
    supportedLngs: [...LOCALES],
    ns: ['common', 'programs', 'params', 'questions'],
    defaultNS: 'common',
    // Parameter ids contain dots; program and common keys use dots as separators.
    keySeparator: '.',
    nsSeparator: ':',
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  return instance;
}

/** Picks the locale: explicit value, then ?lang=, then Accept-Language, then zh-CN. */
export function pickLocale(...candidates: (string | undefined | null)[]): Locale {
  for (const c of candidates) {
    if (!c) continue;
    for (const part of c.split(',')) {
      const tag = part.split(';')[0].trim().toLowerCase();
      if (tag.startsWith('zh')) return 'zh-CN';
      if (tag.startsWith('en')) return 'en';
    }
  }
  return DEFAULT_LOCALE;
}

/**
 * A translate function bound to one locale. i18next's getFixedT copies every init option on each
 * call, which cost most of a screening's time; this calls `t` with the language directly and
 * caches strings that take no interpolation (program names, clauses, documents…).
 */
export function translator(instance: i18n, locale: Locale): TFunction {
  const cache = new Map<string, string>();
  const t = (key: string, options?: Record<string, unknown>): string => {
    if (options === undefined) {
      let hit = cache.get(key);
      if (hit === undefined) {
        hit = instance.t(key, { lng: locale }) as string;
        cache.set(key, hit);
      }
      return hit;
    }
    return instance.t(key, { ...options, lng: locale }) as string;
  };
  return t as unknown as TFunction;
}
