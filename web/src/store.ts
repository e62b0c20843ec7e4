/**
 * Answers and preferences live in the browser only; nothing leaves it until results are asked for.
 *
 * - Each tab keeps its own household (`jz-household-v2:<tab>`, the tab's id in sessionStorage), so
 *   two tabs never overwrite each other; a new tab starts from a copy of the latest household.
 * - Saved answers expire a day after their last change (ID numbers should not wait for the next
 *   person at a shared computer).
 * - "This is a public computer" keeps answers in memory only and removes every stored household.
 */
import { isLang, type Lang } from './i18n.js';
import { type Answers, emptyAnswers, reviveAnswers } from './model.js';

const HOUSEHOLD_PREFIX = 'jz-household-v2:';
/** The first version's single household (seeded by older pages and the tests): adopted once. */
const LEGACY_KEY = 'jz-answers-v1';
const PREFS_KEY = 'jz-prefs-v1';
const TAB_KEY = 'jz-tab';
/** Stored answers are dropped a day after they last changed. */
export const ANSWERS_TTL_MS = 24 * 60 * 60 * 1000;

export interface Prefs {
  lang: Lang;
  large: boolean;
  /** A shared or public computer: nothing is stored. */
  shared: boolean;
}

interface Stored {
  savedAt: number;
  answers: unknown;
}

function read(storage: Storage, key: string): unknown {
  try {
    const raw = storage.getItem(key);
    return raw ? JSON.parse(raw) : undefined;
  } catch {
    return undefined;
  }
}

function write(storage: Storage, key: string, value: unknown) {
  try {
    storage.setItem(key, JSON.stringify(value));
  } catch {
    // Private mode or a full store: the page still works, answers just do not survive a reload.
  }
}

function remove(storage: Storage, key: string) {
  try {
    storage.removeItem(key);
  } catch {
    // ignore
  }
}

function storedHouseholds(): [string, Stored][] {
  const out: [string, Stored][] = [];
  try {
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (!key?.startsWith(HOUSEHOLD_PREFIX)) continue;
      const s = read(localStorage, key) as Stored | undefined;
      if (s && typeof s.savedAt === 'number') out.push([key, s]);
      else out.push([key, { savedAt: 0, answers: undefined }]);
    }
  } catch {
    // storage unavailable
  }
  return out;
}

/** This tab's id, kept across reloads of the tab (sessionStorage is per tab). */
function tabKey(): string {
  let id = read(sessionStorage, TAB_KEY);
  if (typeof id !== 'string') {
    id = Math.random().toString(36).slice(2) + Date.now().toString(36);
    write(sessionStorage, TAB_KEY, id);
  }
  return HOUSEHOLD_PREFIX + id;
}

/** Removes households not changed for a day (every tab's). */
function dropExpired(now: number) {
  for (const [key, s] of storedHouseholds()) if (now - s.savedAt > ANSWERS_TTL_MS) remove(localStorage, key);
}

export function loadAnswers(prefs: Prefs, now = Date.now()): Answers {
  if (prefs.shared) {
    forgetAll();
    return emptyAnswers();
  }
  dropExpired(now);
  const key = tabKey();
  const legacy = read(localStorage, LEGACY_KEY);
  if (legacy !== undefined) {
    remove(localStorage, LEGACY_KEY);
    const answers = reviveAnswers(legacy);
    write(localStorage, key, { savedAt: now, answers });
    return answers;
  }
  const own = read(localStorage, key) as Stored | undefined;
  if (own) return reviveAnswers(own.answers);
  // A new tab: a copy of the latest household, which from now on changes here only.
  const latest = storedHouseholds().sort((a, b) => b[1].savedAt - a[1].savedAt)[0];
  if (!latest) return emptyAnswers();
  const answers = reviveAnswers(latest[1].answers);
  write(localStorage, key, { savedAt: latest[1].savedAt, answers });
  return answers;
}

export function saveAnswers(a: Answers, prefs: Prefs, now = Date.now()) {
  if (prefs.shared) return;
  write(localStorage, tabKey(), { savedAt: now, answers: a });
}

/** Removes this tab's household. */
export function clearAnswers(): Answers {
  remove(localStorage, tabKey());
  remove(localStorage, LEGACY_KEY);
  return emptyAnswers();
}

/** Removes every stored household (switching to the public-computer mode). */
export function forgetAll() {
  for (const [key] of storedHouseholds()) remove(localStorage, key);
  remove(localStorage, LEGACY_KEY);
}

export function hasSavedAnswers(prefs: Prefs): boolean {
  return !prefs.shared && read(localStorage, tabKey()) !== undefined;
}

export function loadPrefs(): Prefs {
  const p = read(localStorage, PREFS_KEY) as Partial<Prefs> | undefined;
  // zh-CN unless the link asks for a language (?lang=en) or the resident chose one here before.
  const asked = new URLSearchParams(location.search).get('lang');
  const lang = isLang(asked) ? asked : isLang(p?.lang) ? p.lang : 'zh-CN';
  return { lang, large: p?.large === true, shared: p?.shared === true };
}

export function savePrefs(p: Prefs) {
  write(localStorage, PREFS_KEY, p);
}
