/** Staff accounts and their sessions. */
import type { Kysely } from 'kysely';
import type { Database, Role, UsersTable } from './schema.js';

export const ROLES = ['staff', 'hotline', 'admin'] as const satisfies readonly Role[];

/** An account as the API shows it (never its password hash). */
export interface User {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  window?: string;
  disabled: boolean;
  createdAt: string;
}

export function toUser(
  r: Pick<UsersTable, 'id' | 'username' | 'display_name' | 'role' | 'window_name' | 'disabled' | 'created_at'>,
): User {
  return {
    id: r.id,
    username: r.username,
    displayName: r.display_name,
    role: r.role,
    ...(r.window_name ? { window: r.window_name } : {}),
    disabled: r.disabled === 1,
    createdAt: r.created_at,
  };
}

const USER_COLUMNS = ['id', 'username', 'display_name', 'role', 'window_name', 'disabled', 'created_at'] as const;

export async function findUserByUsername(db: Kysely<Database>, username: string) {
  return db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
}

export async function findUser(db: Kysely<Database>, id: string): Promise<User | undefined> {
  const r = await db.selectFrom('users').select(USER_COLUMNS).where('id', '=', id).executeTakeFirst();
  return r ? toUser(r) : undefined;
}

export async function listUsers(db: Kysely<Database>): Promise<User[]> {
  const rows = await db.selectFrom('users').select(USER_COLUMNS).orderBy('username').execute();
  return rows.map(toUser);
}

export async function countActiveAdmins(db: Kysely<Database>): Promise<number> {
  const r = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('role', '=', 'admin')
    .where('disabled', '=', 0)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

export interface SessionRow {
  user: User;
  csrfToken: string;
  tokenHash: string;
  expiresAt: string;
}

/** The live session with this token hash, with its account (an expired or disabled one is none). */
export async function findSession(
  db: Kysely<Database>,
  tokenHash: string,
  now: string,
): Promise<SessionRow | undefined> {
  const r = await db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .select([
      's.token_hash',
      's.csrf_token',
      's.expires_at',
      'u.id',
      'u.username',
      'u.display_name',
      'u.role',
      'u.window_name',
      'u.disabled',
      'u.created_at',
    ])
    .where('s.token_hash', '=', tokenHash)
    .where('s.expires_at', '>', now)
    .where('u.disabled', '=', 0)
    .executeTakeFirst();
  if (!r) return undefined;
  return { user: toUser(r), csrfToken: r.csrf_token, tokenHash: r.token_hash, expiresAt: r.expires_at };
}

export function insertSession(
  db: Kysely<Database>,
  s: { tokenHash: string; userId: string; csrfToken: string; createdAt: string; expiresAt: string },
) {
  return db
    .insertInto('sessions')
    .values({
      token_hash: s.tokenHash,
      user_id: s.userId,
      csrf_token: s.csrfToken,
      created_at: s.createdAt,
      expires_at: s.expiresAt,
    })
    .compile();
}

export function deleteSession(db: Kysely<Database>, tokenHash: string) {
  return db.deleteFrom('sessions').where('token_hash', '=', tokenHash).compile();
}

export function deleteUserSessions(db: Kysely<Database>, userId: string) {
  return db.deleteFrom('sessions').where('user_id', '=', userId).compile();
}

export function deleteExpiredSessions(db: Kysely<Database>, now: string) {
  return db.deleteFrom('sessions').where('expires_at', '<=', now).compile();
}

export async function recentFailures(
  db: Kysely<Database>,
  column: 'username' | 'address',
  value: string,
  since: string,
) {
  return db
    .selectFrom('sign_in_attempts')
    .select('at')
    .where(column, '=', value)
    .where('at', '>', since)
    .orderBy('at')
    .execute();
}

export function insertFailure(db: Kysely<Database>, username: string, address: string, at: string) {
  return db.insertInto('sign_in_attempts').values({ username, address, at }).compile();
}

export function deleteOldFailures(db: Kysely<Database>, before: string) {
  return db.deleteFrom('sign_in_attempts').where('at', '<=', before).compile();
}
