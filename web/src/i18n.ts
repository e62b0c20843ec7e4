/**
 * i18next in the browser: the web's own strings (namespace `web`); from the server's locale
 * files, the enum value labels and the ID-number messages (namespace `common`); and the question
 * catalogue's texts (namespace `questions`, src/questions/locales), so the page, the window, the
 * hotline and the API ask and name things the same way.
 */
import i18next from 'i18next';
import { errors as enErrors, values as enValues } from '../../src/i18n/locales/en.json';
import { errors as zhErrors, values as zhValues } from '../../src/i18n/locales/zh-CN.json';
import questionsEn from '../../src/questions/locales/en.json' with { type: 'json' };
import questionsZh from '../../src/questions/locales/zh-CN.json' with { type: 'json' };
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
    ns: ['web', 'common', 'questions'],
    defaultNS: 'web',
    resources: {
      'zh-CN': { web: zhCN, common: { values: zhValues, errors: zhErrors }, questions: questionsZh },
      en: { web: en, common: { values: enValues, errors: enErrors }, questions: questionsEn },
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
