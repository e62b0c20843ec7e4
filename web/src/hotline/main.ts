/**
 * The 12345 hotline's page (/hotline): an operator with a caller on the line, signed in as
 * `hotline` (or `admin`) with the staff page's sign-in. One question at a time from POST
 * /api/v1/interview/next, read aloud; number keys choose, Enter confirms, Backspace or U undoes;
 * what the caller is entitled to fills in as the answers come; at the end a summary to read back,
 * saved as a case or discarded. The call lives in this page's memory only (never in storage):
 * "new call", sign-out and the end of the session clear it, so two operators (two browser
 * contexts, two tabs) never see each other's caller.
 */
import '../styles.css';
import '../staff/staff.css';
import './hotline.css';
import { h } from '../dom.js';
import { i18n, initI18n, t } from '../i18n.js';
import { createApi, type User } from '../staff/api.js';
import {
  checkSession,
  chromeElements,
  clearSessionStorage,
  keepPrefsInAddress,
  paintChrome,
  prefsFromAddress,
  type Session,
  wireChrome,
} from '../staff/chrome.js';
import staffEn from '../staff/locales/en.json' with { type: 'json' };
import staffZh from '../staff/locales/zh-CN.json' with { type: 'json' };
import { showSignIn } from '../staff/sign-in.js';
import { announcer, fill, notice, st } from '../staff/ui.js';
import { type Call, type CallHost, showCall } from './call.js';
import en from './locales/en.json' with { type: 'json' };
import zhCN from './locales/zh-CN.json' with { type: 'json' };
import { ht } from './text.js';

/** Roles that may use the page: the window's staff have their own page. */
const ROLES_ALLOWED: readonly User['role'][] = ['hotline', 'admin'];

const prefs = prefsFromAddress();
initI18n(prefs.lang);
i18n.addResourceBundle('zh-CN', 'staff', staffZh);
i18n.addResourceBundle('en', 'staff', staffEn);
i18n.addResourceBundle('zh-CN', 'hotline', zhCN);
i18n.addResourceBundle('en', 'hotline', en);

const main = document.getElementById('main') as HTMLElement;
const live = announcer(document.getElementById('live') as HTMLElement);
const chrome = chromeElements();

const session: Session = { checked: false };
/** The call on the line: in memory only. */
let call: Call | undefined;
let signInNotice = '';

const api = createApi({
  lang: () => prefs.lang,
  csrf: () => session.csrf,
  onUnauthenticated: () => endSession(st('signIn.expired')),
  networkMessage: () => t('errors.network'),
});

const host: CallHost = {
  api,
  main,
  lang: () => prefs.lang,
  announce: live.announce,
  setTitle,
  current: () => call,
  start() {
    call = { answers: [] };
    return call;
  },
  clear() {
    call = undefined;
    live.clear();
    live.announce(ht('call.cleared'));
    render();
  },
};

function setTitle(part?: string) {
  document.title = part ? `${part} - ${ht('title')}` : ht('title');
}

function applyChrome() {
  paintChrome(chrome, prefs, ht('title'), session.user, () => void signOut());
}

/** Forgets the session and the call: nothing of the caller stays on the page or in storage. */
function endSession(message: string) {
  const had = !!session.user;
  session.user = undefined;
  session.csrf = undefined;
  session.checked = true;
  call = undefined;
  main.replaceChildren();
  live.clear();
  clearSessionStorage();
  signInNotice = had ? message : '';
  applyChrome();
  render();
}

async function signOut() {
  await api.signOut();
  endSession(st('signIn.signedOut'));
}

function forbidden() {
  setTitle(ht('forbidden.title'));
  fill(
    main,
    h('h1', { tabindex: '-1', id: 'page-title' }, ht('forbidden.title')),
    notice(ht('forbidden.text'), 'info'),
    h('a', { class: 'button secondary', href: '/staff' }, ht('forbidden.staffPage')),
  );
}

async function render(focus = true) {
  if (!session.checked) {
    if (!(await checkSession(api, session, main, ht('title'), () => void render()))) return;
    applyChrome();
  }
  const user = session.user;
  if (!user) {
    showSignIn(
      { api, main, setTitle },
      {
        notice: signInNotice,
        signedIn(u, csrf) {
          session.user = u;
          session.csrf = csrf;
          signInNotice = '';
          applyChrome();
          void render();
        },
      },
    );
    if (focus) document.getElementById('username')?.focus();
    return;
  }
  if (!ROLES_ALLOWED.includes(user.role)) {
    forbidden();
    if (focus) document.getElementById('page-title')?.focus();
    return;
  }
  await showCall(host, focus);
}

chrome.langButton.addEventListener('click', () => {
  prefs.lang = prefs.lang === 'zh-CN' ? 'en' : 'zh-CN';
  i18n.changeLanguage(prefs.lang);
  keepPrefsInAddress(prefs);
  applyChrome();
  void render(false).then(() => chrome.langButton.focus());
});

wireChrome(chrome, prefs, main, applyChrome);
applyChrome();
void render(false);
