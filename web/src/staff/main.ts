/**
 * The window's staff page (/staff): hash routes like the resident page. Signed in or not is
 * decided by GET /auth/me on load; the session is an HttpOnly cookie and the CSRF token lives in
 * memory. Case data stays in memory only and is dropped on sign-out. The language and the
 * large-text mode live in the address (?lang=en&large=1), not in storage.
 */
import '../styles.css';
import './staff.css';
import { outcome as enOutcome } from '../../../src/i18n/locales/en.json';
import { outcome as zhOutcome } from '../../../src/i18n/locales/zh-CN.json';
import { loadAnswerAges } from '../api.js';
import { h } from '../dom.js';
import { i18n, initI18n, type Lang, t } from '../i18n.js';
import { showAccounts } from './accounts.js';
import { createApi, type User } from './api.js';
import { type App, emptyCaseState } from './app.js';
import { showAudit } from './audit.js';
import { showCase } from './case.js';
import { showCases } from './cases.js';
import {
  checkSession,
  chromeElements,
  clearSessionStorage,
  keepPrefsInAddress,
  paintChrome,
  prefsFromAddress,
  type Session,
  wireChrome,
} from './chrome.js';
import en from './locales/en.json' with { type: 'json' };
import zhCN from './locales/zh-CN.json' with { type: 'json' };
import { showNewCase } from './new-case.js';
import { showParameter, showParameters } from './parameters.js';
import { showSignIn } from './sign-in.js';
import { announcer, st } from './ui.js';

const prefs = prefsFromAddress();
initI18n(prefs.lang);
i18n.addResourceBundle('zh-CN', 'staff', zhCN);
i18n.addResourceBundle('en', 'staff', en);
i18n.addResourceBundle('zh-CN', 'common', { outcome: zhOutcome }, true, false);
i18n.addResourceBundle('en', 'common', { outcome: enOutcome }, true, false);

const main = document.getElementById('main') as HTMLElement;
const live = document.getElementById('live') as HTMLElement;
const chrome = chromeElements();
const { langButton } = chrome;
const nav = document.getElementById('nav') as HTMLElement;
const liveRegion = announcer(live);
const announce = liveRegion.announce;

const session: Session = { checked: false };
/** Where a signed-out visitor was going; opened after sign-in. */
let wanted = '';
/** A message for the sign-in page (the session ended, signed out). */
let signInNotice = '';
let programNames: { lang: Lang; names: Promise<Map<string, string>> } | undefined;

const api = createApi({
  lang: () => prefs.lang,
  csrf: () => session.csrf,
  onUnauthenticated: () => endSession(st('signIn.expired')),
  networkMessage: () => t('errors.network'),
});

const app: App = {
  api,
  user: () => session.user,
  main,
  state: emptyCaseState(),
  go,
  announce,
  setTitle,
  programs() {
    if (!programNames || programNames.lang !== prefs.lang) {
      const lang = prefs.lang;
      const names = api.programs().then((r) => {
        if (!r.ok) {
          programNames = undefined;
          return new Map<string, string>();
        }
        return new Map(r.data.programs.map((p) => [p.id, p.name]));
      });
      programNames = { lang, names };
    }
    return programNames.names;
  },
};

function go(hash: string) {
  if (location.hash === hash) void route();
  else location.hash = hash;
}

function setTitle(part?: string) {
  document.title = part ? `${part} - ${st('title')}` : st('title');
}

const NAV: { hash: string; key: string; admin?: boolean }[] = [
  { hash: '#/cases', key: 'nav.cases' },
  { hash: '#/new', key: 'nav.new' },
  { hash: '#/parameters', key: 'nav.parameters', admin: true },
  { hash: '#/accounts', key: 'nav.accounts', admin: true },
  { hash: '#/audit', key: 'nav.audit', admin: true },
];

function applyChrome() {
  paintChrome(chrome, prefs, st('title'), session.user, () => void signOut());
  const user = session.user;
  nav.hidden = !user;
  nav.replaceChildren();
  if (!user) return;
  nav.setAttribute('aria-label', st('nav.label'));
  const list = h('ul');
  const here = location.hash.split('/').slice(0, 2).join('/');
  for (const item of NAV) {
    if (item.admin && user.role !== 'admin') continue;
    list.append(
      h('li', {}, h('a', { href: item.hash, 'aria-current': here === item.hash ? 'page' : undefined }, st(item.key))),
    );
  }
  nav.append(list);
}

/** Forgets the session and everything shown: back to sign-in with a message. */
function endSession(message = '') {
  const had = !!session.user;
  session.user = undefined;
  session.csrf = undefined;
  app.state = emptyCaseState();
  programNames = undefined;
  main.replaceChildren();
  // What was announced (a saved case's number) goes too.
  liveRegion.clear();
  clearSessionStorage();
  signInNotice = had ? message : '';
  applyChrome();
  if (location.hash !== '#/sign-in') location.replace('#/sign-in');
  else void route();
}

async function signOut() {
  await api.signOut();
  wanted = '';
  endSession(st('signIn.signedOut'));
  session.checked = true;
}

function signedIn(user: User, csrf: string) {
  session.user = user;
  session.csrf = csrf;
  session.checked = true;
  signInNotice = '';
  applyChrome();
  const target = wanted && wanted !== '#/sign-in' ? wanted : '#/cases';
  wanted = '';
  go(target);
}

function forbidden() {
  setTitle(st('forbidden.title'));
  main.replaceChildren(
    h('h1', { tabindex: '-1', id: 'page-title' }, st('forbidden.title')),
    h('p', {}, st('forbidden.text')),
    h('a', { class: 'button secondary', href: '#/cases' }, st('nav.cases')),
  );
}

async function route(focus = true) {
  const hash = location.hash || '#/';
  if (!session.checked) {
    if (!(await checkSession(api, session, main, st('title'), () => void route()))) return;
    applyChrome();
  }
  const user = session.user;
  if (!user) {
    if (hash !== '#/sign-in') {
      if (hash !== '#/' && hash !== '#') wanted = hash;
      location.replace('#/sign-in');
      return;
    }
    showSignIn(app, { notice: signInNotice, signedIn });
    return;
  }
  applyChrome();
  const parts = hash.slice(2).split('/');
  const admin = user.role === 'admin';
  switch (parts[0]) {
    case 'sign-in':
    case '':
      location.replace('#/cases');
      return;
    case 'cases':
      if (parts[1]) await showCase(app, decodeURIComponent(parts[1]));
      else await showCases(app);
      break;
    case 'new':
      showNewCase(app);
      break;
    case 'parameters':
      if (!admin) forbidden();
      else if (parts[1]) await showParameter(app, decodeURIComponent(parts[1]));
      else await showParameters(app);
      break;
    case 'accounts':
      if (admin) await showAccounts(app);
      else forbidden();
      break;
    case 'audit':
      if (admin) await showAudit(app);
      else forbidden();
      break;
    default:
      location.replace('#/cases');
      return;
  }
  if (focus && location.hash === hash) document.getElementById('page-title')?.focus();
}

langButton.addEventListener('click', () => {
  prefs.lang = prefs.lang === 'zh-CN' ? 'en' : 'zh-CN';
  i18n.changeLanguage(prefs.lang);
  keepPrefsInAddress(prefs);
  // Cases were read in the other language (their screening is rendered by the server).
  app.state.cases.clear();
  applyChrome();
  void route(false);
  langButton.focus();
});

wireChrome(chrome, prefs, main, applyChrome);
window.addEventListener('hashchange', () => void route());
applyChrome();
// The ages at which the age-limited questions matter (the form asks them within those ages).
void loadAnswerAges();
void route(false);
