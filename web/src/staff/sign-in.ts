/** #/sign-in: username and password; the API's answer at the fields or as an alert, in the page's language. */
import { h } from '../dom.js';
import type { Api, User } from './api.js';
import type { App } from './app.js';
import { field, fill, notice, st, summary } from './ui.js';

/** What the sign-in needs of a page (the staff page, the hotline page): its main region, its title and the API. */
export interface SignInHost extends Pick<App, 'main' | 'setTitle'> {
  api: Pick<Api, 'signIn'>;
}

export interface SignInOptions {
  /** Shown above the form: the session ended, or the user signed out. */
  notice: string;
  signedIn(user: User, csrf: string): void;
}

/** "after 14:05": the clock time from which a rate-limited sign-in may be tried again (the API says the minutes). */
function retryText(seconds: number): string {
  const at = new Date(Date.now() + seconds * 1000);
  const time = `${String(at.getHours()).padStart(2, '0')}:${String(at.getMinutes()).padStart(2, '0')}`;
  return st('signIn.rateLimited', { time });
}

export function showSignIn(app: SignInHost, opts: SignInOptions) {
  app.setTitle(st('signIn.title'));
  const username = field({
    id: 'username',
    label: st('signIn.username'),
    autocomplete: 'username',
    required: true,
    maxlength: 64,
  });
  const password = field({
    id: 'password',
    label: st('signIn.password'),
    type: 'password',
    autocomplete: 'current-password',
    required: true,
    maxlength: 200,
  });
  const errors = summary('sign-in-errors');
  const submit = h('button', { type: 'submit', class: 'button primary', id: 'sign-in-submit' }, st('signIn.submit'));
  const form = h(
    'form',
    { novalidate: true, class: 'staff-form sign-in', id: 'sign-in-form' },
    username.wrap,
    password.wrap,
    h('div', { class: 'actions' }, submit),
  );

  fill(
    app.main,
    h('h1', { tabindex: '-1', id: 'page-title' }, st('signIn.title')),
    opts.notice ? notice(opts.notice, 'info') : null,
    h('p', { class: 'lead' }, st('signIn.lead')),
    errors.el,
    form,
  );

  let busy = false;
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    if (busy) return;
    username.setError();
    password.setError();
    errors.clear();
    const u = username.value().trim();
    const p = password.value();
    const missing: { message: string; target: string }[] = [];
    if (!u) {
      username.setError(st('signIn.usernameMissing'));
      missing.push({ message: st('signIn.usernameMissing'), target: 'username' });
    }
    if (!p) {
      password.setError(st('signIn.passwordMissing'));
      missing.push({ message: st('signIn.passwordMissing'), target: 'password' });
    }
    if (missing.length) {
      errors.show(missing);
      return;
    }
    busy = true;
    submit.disabled = true;
    submit.textContent = st('signIn.busy');
    const reply = await app.api.signIn(u, p);
    busy = false;
    submit.disabled = false;
    submit.textContent = st('signIn.submit');
    if (reply.ok) {
      opts.signedIn(reply.data.user, reply.data.csrfToken);
      return;
    }
    password.input.value = '';
    if (reply.status === 429) {
      errors.show([{ message: `${reply.message} ${retryText(reply.retryAfter ?? 15 * 60)}` }], st('signIn.failed'));
      return;
    }
    if (reply.fields.length) {
      const items: { message: string; target?: string }[] = [];
      for (const f of reply.fields) {
        const target = f.path === 'username' ? username : f.path === 'password' ? password : undefined;
        target?.setError(f.message);
        items.push({ message: f.message, target: target?.input.id });
      }
      errors.show(items, st('signIn.failed'));
      return;
    }
    if (reply.status === 401) {
      // One message whatever was wrong: the alert takes the focus, and both fields point at it.
      errors.show([{ message: reply.message, target: 'username' }], st('signIn.failed'));
      for (const f of [username, password]) {
        f.input.setAttribute('aria-invalid', 'true');
        f.input.setAttribute('aria-describedby', errors.el.id);
        f.wrap.classList.add('has-error');
      }
      return;
    }
    errors.show([{ message: reply.message }], st('signIn.failed'));
  });
}
