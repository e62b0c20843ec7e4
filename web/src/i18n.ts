/**
 * i18next in the browser: the web's own strings (namespace `web`) and, from the server's locale
 * files, the field labels, enum value labels and the ID-number messages (namespace `common`), so
 * the page and the API name things the same way.
 */
import i18next from 'i18next';
import { errors as enErrors, values as enValues } from '../../src/i18n/locales/en.json';
import { errors as zhErrors, values as zhValues } from '../../src/i18n/locales/zh-CN.json';
import en from './locales/en.json' with { type: 'json' };
import zhCN from './locales/zh-CN.json' with { type: 'json' };

export type Lang = 'zh-CN' | 'en';
export const LANGS: Lang[] = ['zh-CN', 'en'];

export const i18n = i18next.createInstance();

export function initI18n(lng: Lang) {
  i18n.init({
    lng,
    fallbackLng: 'zh-CN',
    supportedLngs: LANGS,
    ns: ['web', 'common'],
    defaultNS: 'web',
    resources: {
      'zh-CN': { web: zhCN, common: { values: zhValues, errors: zhErrors } },
      en: { web: en, common: { values: enValues, errors: enErrors } },
    },
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
}

export function t(key: string, opts?: Record<string, unknown>): string {
  return i18n.t(key, opts) as string;
}

export function isLang(v: unknown): v is Lang {
  return v === 'zh-CN' || v === 'en';
}
