/**
 * The header shared by the window's staff page and the hotline page: the language and large-text
 * preferences (kept in the address, `?lang=en&large=1`, never in storage), the tool buttons, and
 * who is signed in with the sign-out button; and the session check both pages start with.
 */
import { h } from '../dom.js';
import { isLang, type Lang, t } from '../i18n.js';
import type { Api, User } from './api.js';
import { st } from './ui.js';

export interface Prefs {
  lang: Lang;
  large: boolean;
}

/** The preferences from the address: zh-CN and normal text unless it says otherwise. */
export function prefsFromAddress(search = location.search): Prefs {
  const query = new URLSearchParams(search);
  const asked = query.get('lang');
  return { lang: isLang(asked) ? asked : 'zh-CN', large: query.get('large') === '1' };
}

/** The address keeps the language and text size, so a reload keeps them without storage. */
export function keepPrefsInAddress(prefs: Prefs) {
  const q = new URLSearchParams(location.search);
  if (prefs.lang === 'zh-CN') q.delete('lang');
  else q.set('lang', prefs.lang);
  if (prefs.large) q.set('large', '1');
  else q.delete('large');
  const search = q.toString();
  history.replaceState(null, '', `${location.pathname}${search ? `?${search}` : ''}${location.hash}`);
}

export interface ChromeElements {
  brand: HTMLElement;
  skip: HTMLAnchorElement;
  langButton: HTMLButtonElement;
  largeButton: HTMLButtonElement;
  who: HTMLElement;
}

/** The header's elements, by the ids both pages' HTML use. */
export function chromeElements(): ChromeElements {
  const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
  return {
    brand: byId('brand'),
    skip: byId('skip-link'),
    langButton: byId('lang-switch'),
    largeButton: byId('large-toggle'),
    who: byId('who'),
  };
}

/** Paints the header in the page's language: the title, the skip link, the tools and who is signed in. */
export function paintChrome(
  el: ChromeElements,
  prefs: Prefs,
  title: string,
  user: User | undefined,
  signOut: () => void,
) {
  const lang = prefs.lang;
  document.documentElement.lang = lang;
  document.documentElement.classList.toggle('large', prefs.large);
  el.brand.textContent = title;
  el.skip.textContent = t('skip');
  el.langButton.textContent = t('lang.switch');
  el.langButton.lang = lang === 'zh-CN' ? 'en' : 'zh-CN';
  el.langButton.setAttribute('aria-label', t('lang.switchLabel'));
  el.largeButton.textContent = t('large.toggle');
  el.largeButton.setAttribute('aria-pressed', String(prefs.large));
  el.who.hidden = !user;
  el.who.replaceChildren();
  if (!user) return;
  const button = h('button', { type: 'button', class: 'tool', id: 'sign-out' }, st('signOut'));
  button.addEventListener('click', signOut);
  el.who.append(
    h(
      'p',
      { class: 'who-text', id: 'who-text' },
      h('span', { class: 'who-name' }, user.displayName),
      ` · ${st(`roles.${user.role}`)}`,
      user.window ? ` · ${st('who.window', { window: user.window })}` : '',
    ),
    button,
  );
}

/** Session storage is never used; it is emptied on sign-out all the same, in case anything put something there. */
export function clearSessionStorage() {
  try {
    sessionStorage.clear();
  } catch {
    // nothing stored there anyway
  }
}

/** The large-text button and the skip link: the same on both pages. */
export function wireChrome(chrome: ChromeElements, prefs: Prefs, main: HTMLElement, repaint: () => void) {
  chrome.largeButton.addEventListener('click', () => {
    prefs.large = !prefs.large;
    keepPrefsInAddress(prefs);
    repaint();
  });
  chrome.skip.addEventListener('click', (e) => {
    e.preventDefault();
    main.focus();
  });
}

/** Who is signed in on this browser, once asked of the server. */
export interface Session {
  user?: User;
  csrf?: string;
  checked: boolean;
}

/**
 * Asks the server who is signed in (GET /auth/me). False when it could not say (unreachable, an
 * error): the page then shows why, under `title`, with a button that calls `retry`.
 */
export async function checkSession(
  api: Api,
  session: Session,
  main: HTMLElement,
  title: string,
  retry: () => void,
): Promise<boolean> {
  main.replaceChildren(h('p', { class: 'loading', role: 'status' }, st('loading')));
  const me = await api.me();
  if (me.ok) {
    session.user = me.data.user;
    session.csrf = me.data.csrfToken;
  } else if (me.status !== 401 && me.status !== 403) {
    main.replaceChildren(
      h('h1', { tabindex: '-1', id: 'page-title' }, title),
      h('p', { class: 'error-summary', role: 'alert' }, me.message),
      h('button', { type: 'button', class: 'button primary', id: 'retry' }, st('retry')),
    );
    document.getElementById('retry')?.addEventListener('click', retry);
    return false;
  }
  session.checked = true;
  return true;
}
