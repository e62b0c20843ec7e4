/**
 * Creates an account (the first administrator, typically) in the database at DATABASE_PATH:
 *
 *   ADMIN_PASSWORD='…' npm run admin:create -- --username admin --display-name '管理员'
 *   npm run admin:create -- --username admin --display-name '管理员' < password.txt
 *
 * The password comes from ADMIN_PASSWORD or standard input, never from an argument (it would stay
 * in the shell's history and in the process list). `--role` (admin by default) and `--window` are
 * optional. Refuses a password under 10 characters.
 */
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { AccountExists, createAccount } from '../auth/accounts.js';
import { MIN_PASSWORD_LENGTH } from '../auth/password.js';
import { openSqliteStore } from '../db/sqlite.js';
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
  '       password from ADMIN_PASSWORD or standard input';

/** The command itself, for the entry below and for tests: answers the exit code. */
export async function runAdminCreate(argv: string[], io: AdminIo): Promise<number> {
  let values: { username?: string; 'display-name'?: string; role?: string; window?: string };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        username: { type: 'string' },
        'display-name': { type: 'string' },
        role: { type: 'string', default: 'admin' },
        window: { type: 'string' },
      },
      strict: true,
    }));
  } catch (e) {
    io.err(`${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  const { username, 'display-name': displayName, role = 'admin', window } = values;
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
  const store = openSqliteStore(io.env.DATABASE_PATH ?? 'data/jiaozuo.sqlite');
  try {
    const user = await createAccount(store, {
      username,
      displayName,
      role: role as (typeof ROLES)[number],
      ...(window ? { window } : {}),
      password,
    });
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
    store.close();
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
