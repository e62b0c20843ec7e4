/** #/accounts (admin): the accounts, a form to create one, disable or enable, and reset a password. */
import { h } from '../dom.js';
import { ROLES, type Role, type User } from './api.js';
import type { App } from './app.js';
import { dateOf } from './logic.js';
import { dataTable, type Field, field, fill, notice, st, summary } from './ui.js';

export async function showAccounts(app: App, message?: HTMLElement) {
  const hash = location.hash;
  app.setTitle(st('accounts.title'));
  if (!message) fill(app.main, h('p', { class: 'loading', role: 'status' }, st('loading')));
  const reply = await app.api.accounts();
  if (location.hash !== hash || !app.user()) return;
  if (!reply.ok) {
    fill(app.main, h('h1', { tabindex: '-1', id: 'page-title' }, st('accounts.title')), notice(reply.message, 'error'));
    return;
  }
  const accounts = reply.data.accounts;
  const me = app.user();

  const table = dataTable(
    st('accounts.caption', { count: accounts.length }),
    [
      { label: st('accounts.username'), cell: (u: User) => h('span', { class: 'username' }, u.username) },
      { label: st('accounts.displayName'), cell: (u: User) => u.displayName },
      { label: st('accounts.role'), cell: (u: User) => st(`roles.${u.role}`) },
      { label: st('accounts.window'), cell: (u: User) => u.window || '—' },
      {
        label: st('accounts.status'),
        cell: (u: User) =>
          h(
            'span',
            { class: u.disabled ? 'status-off' : 'status-on' },
            u.disabled ? st('accounts.disabled') : st('accounts.active'),
          ),
      },
      { label: st('accounts.created'), cell: (u: User) => dateOf(u.createdAt) },
      { label: st('accounts.actions'), class: 'col-actions', cell: (u: User) => actions(app, u, me?.id === u.id) },
    ],
    accounts,
    (u) => ({ 'data-account': u.username }),
  );

  fill(app.main, h('h1', { tabindex: '-1', id: 'page-title' }, st('accounts.title')), message, table, createForm(app));
}

function actions(app: App, u: User, self: boolean): HTMLElement {
  const toggle = h(
    'button',
    { type: 'button', class: 'button secondary small', 'data-toggle': u.username, disabled: self && !u.disabled },
    u.disabled ? st('accounts.enable', { name: u.username }) : st('accounts.disable', { name: u.username }),
  );
  toggle.addEventListener('click', async () => {
    const reply = await app.api.updateAccount(u.id, { disabled: !u.disabled });
    if (!app.user()) return;
    await showAccounts(
      app,
      notice(
        reply.ok
          ? st(reply.data.account.disabled ? 'accounts.wasDisabled' : 'accounts.wasEnabled', { name: u.username })
          : reply.message,
        reply.ok ? 'ok' : 'error',
      ),
    );
    document.getElementById('page-title')?.focus();
  });
  const pwId = `reset-${u.username}`;
  const pw = field({
    id: pwId,
    label: st('accounts.newPassword', { name: u.username }),
    type: 'password',
    autocomplete: 'new-password',
    hint: st('accounts.passwordHint'),
    maxlength: 200,
  });
  const resetForm = h(
    'form',
    { novalidate: true, class: 'reset-form' },
    pw.wrap,
    h('button', { type: 'submit', class: 'button secondary small' }, st('accounts.reset')),
  );
  resetForm.addEventListener('submit', async (e) => {
    e.preventDefault();
    pw.setError();
    if (!pw.value()) {
      pw.setError(st('accounts.passwordMissing'));
      pw.input.focus();
      return;
    }
    const reply = await app.api.resetPassword(u.id, pw.value());
    if (!app.user()) return;
    if (!reply.ok) {
      pw.setError(reply.fields.find((f) => f.path === 'password')?.message ?? reply.message);
      pw.input.focus();
      return;
    }
    await showAccounts(app, notice(st('accounts.wasReset', { name: u.username }), 'ok'));
    document.getElementById('page-title')?.focus();
  });
  return h(
    'div',
    { class: 'row-actions' },
    toggle,
    h('details', { class: 'reset' }, h('summary', {}, st('accounts.resetFor', { name: u.username })), resetForm),
  );
}

function createForm(app: App): HTMLElement {
  const username = field({
    id: 'new-username',
    label: st('accounts.username'),
    hint: st('accounts.usernameHint'),
    maxlength: 64,
    autocomplete: 'off',
  });
  const displayName = field({ id: 'new-displayName', label: st('accounts.displayName'), maxlength: 40 });
  const role = field({
    id: 'new-role',
    label: st('accounts.role'),
    value: 'staff',
    options: ROLES.map((r): [string, string] => [r, st(`roles.${r}`)]),
  });
  const window_ = field({
    id: 'new-window',
    label: st('accounts.window'),
    hint: st('accounts.windowHint'),
    maxlength: 40,
  });
  const password = field({
    id: 'new-password',
    label: st('accounts.password'),
    type: 'password',
    autocomplete: 'new-password',
    hint: st('accounts.passwordHint'),
    maxlength: 200,
  });
  const fields: Record<string, Field> = { username, displayName, role, window: window_, password };
  const errors = summary('account-errors');
  const form = h(
    'form',
    { novalidate: true, class: 'staff-form', id: 'account-form' },
    h('div', { class: 'field-grid' }, username.wrap, displayName.wrap, role.wrap, window_.wrap, password.wrap),
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'submit', class: 'button primary', id: 'create-account' }, st('accounts.create')),
    ),
  );
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    errors.clear();
    for (const f of Object.values(fields)) f.setError();
    const missing = (['username', 'displayName', 'password'] as const).filter((k) => !fields[k].value().trim());
    if (missing.length) {
      const message = st('accounts.required');
      for (const k of missing) fields[k].setError(message);
      errors.show(
        missing.map((k) => ({
          message: `${fields[k].wrap.querySelector('label')?.textContent ?? k}: ${message}`,
          target: fields[k].input.id,
        })),
      );
      return;
    }
    const reply = await app.api.createAccount({
      username: username.value().trim(),
      displayName: displayName.value().trim(),
      role: role.value() as Role,
      window: window_.value().trim() || undefined,
      password: password.value(),
    });
    if (!app.user()) return;
    if (!reply.ok) {
      const items = reply.fields.map((f) => {
        const target = fields[f.path];
        target?.setError(f.message);
        return { message: f.message, target: target?.input.id };
      });
      errors.show(items.length ? items : [{ message: reply.message }]);
      return;
    }
    await showAccounts(app, notice(st('accounts.wasCreated', { name: reply.data.account.username }), 'ok'));
    document.getElementById('page-title')?.focus();
  });
  return h(
    'section',
    { 'aria-labelledby': 'create-title' },
    h('h2', { id: 'create-title' }, st('accounts.new')),
    errors.el,
    form,
  );
}
