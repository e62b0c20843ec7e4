/**
 * Accounts: the one way an account is made, shared by `npm run admin:create`, `POST /accounts` and
 * test set-ups (test/browser/global-setup.ts):
 *
 *   const store = openSqliteStore(path);
 *   await createAccount(store, { username: 'admin', displayName: '管理员', role: 'admin', password });
 */
import * as z from 'zod';
import { auditInsert } from '../db/audit.js';
import type { Role } from '../db/schema.js';
import type { Store } from '../db/store.js';
import { findUser, ROLES, type User } from '../db/users.js';
import { hashPassword, MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, PASSWORD_ITERATIONS } from './password.js';

/** Usernames: letters, digits, dot, dash, underscore; 3 to 40 characters. */
const USERNAME = /^[A-Za-z0-9._-]{3,40}$/;
/** Longest display name and window name (a person's name and a window's label, e.g. 解放区3号窗口). */
export const MAX_NAME_LENGTH = 40;

const issue = (key: string) => ({ params: { key } });

export const Password = z
  .string()
  .min(MIN_PASSWORD_LENGTH)
  .max(MAX_PASSWORD_LENGTH)
  .describe(`${MIN_PASSWORD_LENGTH} to ${MAX_PASSWORD_LENGTH} characters`);

export const AccountInput = z.strictObject({
  username: z.string().refine((v) => USERNAME.test(v), issue('username')),
  displayName: z.string().trim().min(1).max(MAX_NAME_LENGTH),
  role: z.enum(ROLES),
  window: z.string().trim().min(1).max(MAX_NAME_LENGTH).optional(),
  password: Password,
});
export type AccountInput = z.infer<typeof AccountInput>;

export class AccountExists extends Error {
  constructor(readonly username: string) {
    super('an account with this username exists');
    this.name = 'AccountExists';
  }
}

export interface CreateOptions {
  /** The admin who creates it (audited); absent for the command line. */
  by?: string;
  /** PBKDF2 iterations (Workers: WORKERS_ITERATIONS). */
  iterations?: number;
  now?: () => number;
}

/**
 * Creates an account and its audit record together. Throws a ZodError for bad input and
 * AccountExists when the username is taken (usernames compare without case).
 */
export async function createAccount(store: Store, input: AccountInput, options: CreateOptions = {}): Promise<User> {
  const account = AccountInput.parse(input);
  const { db } = store;
  const taken = await db.selectFrom('users').select('id').where('username', '=', account.username).executeTakeFirst();
  if (taken) throw new AccountExists(account.username);
  const id = crypto.randomUUID();
  const at = new Date((options.now ?? Date.now)()).toISOString();
  const passwordHash = await hashPassword(account.password, options.iterations ?? PASSWORD_ITERATIONS);
  try {
    await store.atomic([
      db
        .insertInto('users')
        .values({
          id,
          username: account.username,
          display_name: account.displayName,
          role: account.role as Role,
          window_name: account.window ?? null,
          password_hash: passwordHash,
          disabled: 0,
          created_at: at,
          updated_at: at,
        })
        .compile(),
      auditInsert(db, {
        at,
        userId: options.by ?? null,
        action: 'account.create',
        detail: { accountId: id, role: account.role, via: options.by ? 'api' : 'cli' },
      }),
    ]);
  } catch (e) {
    // Two creations of the same username at once: the unique key refuses the second.
    if (e instanceof Error && /UNIQUE/i.test(e.message)) throw new AccountExists(account.username);
    throw e;
  }
  const user = await findUser(db, id);
  if (!user) throw new Error('account not found after creation');
  return user;
}
