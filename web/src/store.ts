/** Answers and preferences live in localStorage only; nothing leaves the browser until results are asked for. */
import { isLang, type Lang } from './i18n.js';
import { type Answers, emptyAnswers, reviveAnswers } from './model.js';

const ANSWERS_KEY = 'jz-answers-v1';
const PREFS_KEY = 'jz-prefs-v1';

export interface Prefs {
  lang: Lang;
  large: boolean;
}

function read(key: string): unknown {
  try {
    const raw = localStorage.getItem(key);
    return raw ? JSON.parse(raw) : undefined;
  } catch {
    return undefined;
  }
}

function write(key: string, value: unknown) {
  try {
    localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Private mode or a full store: the page still works, answers just do not survive a reload.
  }
}

export function loadAnswers(): Answers {
  return reviveAnswers(read(ANSWERS_KEY));
}

export function saveAnswers(a: Answers) {
  write(ANSWERS_KEY, a);
}

export function clearAnswers(): Answers {
  try {
    localStorage.removeItem(ANSWERS_KEY);
  } catch {
    // ignore
  }
  return emptyAnswers();
}

export function hasSavedAnswers(): boolean {
  return read(ANSWERS_KEY) !== undefined;
}

export function loadPrefs(): Prefs {
  const p = read(PREFS_KEY) as Partial<Prefs> | undefined;
  // zh-CN unless the link asks for a language (?lang=en) or the resident chose one here before.
  const asked = new URLSearchParams(location.search).get('lang');
  const lang = isLang(asked) ? asked : isLang(p?.lang) ? p.lang : 'zh-CN';
  return { lang, large: p?.large === true };
}

export function savePrefs(p: Prefs) {
  write(PREFS_KEY, p);
}
