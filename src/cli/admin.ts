/**
 * Creates an account (the first administrator, typically) in the database at DATABASE_PATH:
 *
 *   ADMIN_PASSWORD='…' npm run admin:create -- --username admin --display-name '管理员'
 *   npm run admin:create -- --username admin --display-name '管理员' < password.txt
 *
 * The password comes from ADMIN_PASSWORD or standard input, never from an argument (it would stay
 * in the shell's history and in the process list). `--role` (admin by default) and `--window` are
 * optional. Refuses a password under 10 characters.
 *
 * On Workers the database is D1, which this machine cannot reach: `--d1 <file.sql>` writes the same
 * rows as SQL instead (the password hashed with the iterations Workers allows), to apply with
 *
 *   npx wrangler d1 execute DB --remote --file <file.sql>
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { CompiledQuery } from 'kysely';
import { AccountExists, createAccount } from '../auth/accounts.js';
import { MIN_PASSWORD_LENGTH, WORKERS_ITERATIONS } from '../auth/password.js';
import { openSqliteStore } from '../db/sqlite.js';
import type { Store } from '../db/store.js';
import { ROLES } from '../db/users.js';

export interface AdminIo {
  env: Record<string, string | undefined>;
  /** Standard input as text (read only when ADMIN_PASSWORD is not set). */
  stdin: () => Promise<string>;
  out: (line: string) => void;
  err: (line: string) => void;
}

const USAGE =
  'usage: npm run admin:create -- --username <name> --display-name <name> [--role admin|staff|hotline] [--window <name>]\n' +
  '                               [--d1 <file.sql>]\n' +
  '       password from ADMIN_PASSWORD or standard input';

function sqliteTarget(path: string): { store: Store; close(): void } {
  const store = openSqliteStore(path);
  return { store, close: () => store.close() };
}

/** A value as an SQL literal (the values of an account's rows: text, numbers, NULL). */
function sqlLiteral(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return `'${String(value).replaceAll("'", "''")}'`;
}

/** A compiled query with its parameters written in, as `wrangler d1 execute --file` takes it. */
function inlineSql(q: CompiledQuery): string {
  let i = 0;
  return `${q.sql.replace(/\?/g, () => sqlLiteral(q.parameters[i++]))};`;
}

/**
 * A store that runs on a scratch SQLite database (createAccount's reads need one) and keeps every
 * write as SQL: the statements createAccount would run on D1.
 */
function recordingStore(): { store: Store; statements: string[]; close(): void } {
  const scratch = openSqliteStore(':memory:');
  const statements: string[] = [];
  const store: Store = {
    ...scratch,
    async atomic(queries) {
      statements.push(...queries.map(inlineSql));
      await scratch.atomic(queries);
    },
  };
  return { store, statements, close: () => scratch.close() };
}

/** The command itself, for the entry below and for tests: answers the exit code. */
export async function runAdminCreate(argv: string[], io: AdminIo): Promise<number> {
  let values: { username?: string; 'display-name'?: string; role?: string; window?: string; d1?: string };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        username: { type: 'string' },
        'display-name': { type: 'string' },
        role: { type: 'string', default: 'admin' },
        window: { type: 'string' },
        d1: { type: 'string' },
      },
      strict: true,
    }));
  } catch (e) {
    io.err(`${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  const { username, 'display-name': displayName, role = 'admin', window, d1 } = values;
  if (!username || !displayName) {
    io.err(USAGE);
    return 2;
  }
  if (!(ROLES as readonly string[]).includes(role)) {
    io.err(`--role must be one of ${ROLES.join(', ')}`);
    return 2;
  }
  const fromEnv = io.env.ADMIN_PASSWORD;
  // A password piped in ends with the newline `echo` or a file adds: only that is dropped.
  const password = fromEnv ?? (await io.stdin()).replace(/\r?\n$/, '');
  if ([...password].length < MIN_PASSWORD_LENGTH) {
    io.err(`the password must have at least ${MIN_PASSWORD_LENGTH} characters`);
    return 2;
  }
  const recording = d1 ? recordingStore() : undefined;
  const { store, close } = recording ?? sqliteTarget(io.env.DATABASE_PATH ?? 'data/jiaozuo.sqlite');
  try {
    const user = await createAccount(
      store,
      { username, displayName, role: role as (typeof ROLES)[number], ...(window ? { window } : {}), password },
      // Workers refuses to verify a hash of more iterations than it may compute.
      recording ? { iterations: WORKERS_ITERATIONS } : {},
    );
    if (d1 && recording) {
      writeFileSync(d1, `${recording.statements.join('\n')}\n`);
      io.out(`wrote the ${user.role} account ${user.username} (${user.id}) to ${d1}; apply it to D1 with`);
      io.out(`  npx wrangler d1 execute DB --remote --file ${d1}`);
      return 0;
    }
    io.out(`created ${user.role} account ${user.username} (${user.id})`);
    return 0;
  } catch (e) {
    if (e instanceof AccountExists) {
      io.err(`an account named ${username} exists already`);
      return 1;
    }
    if (e instanceof Error && e.name === 'ZodError') {
      io.err(`invalid account: ${e.message}`);
      return 2;
    }
    throw e;
  } finally {
    close();
  }
}

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write('password: ');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = await runAdminCreate(process.argv.slice(2), {
    env: process.env,
    stdin: readStdin,
    out: (line) => console.log(line),
    err: (line) => console.error(line),
  });
}
