/**
 * Staff tool for parameter values (the same checks as the window's POST /api/v1/parameters/:id/values):
 *   npm run params -- list [asOf]            every parameter with the value in force, UNVERIFIED marked
 *   npm run params -- set <id> <from> <value> <source>   add or replace a local value from a date
 *   npm run params -- unset <id> <from>      remove a local value
 * Writes to DATABASE_PATH (default data/jiaozuo.sqlite), audited; the server picks changes up on its next request.
 */
import { fileURLToPath } from 'node:url';
import { createCore } from '../core.js';
import { auditInsert } from '../db/audit.js';
import { openSqliteStore } from '../db/sqlite.js';
import { deleteOverride, upsertOverride } from '../db/store.js';
import { pickLocale } from '../i18n/index.js';
import { isCalendarDate, todayInChina } from '../model/dates.js';
import { ParameterError } from '../params/parameters.js';
import { checkParameterInput } from '../params/validate.js';

export interface ParamsIo {
  env: Record<string, string | undefined>;
  out: (line: string) => void;
  err: (line: string) => void;
}

const consoleIo: ParamsIo = {
  env: process.env,
  out: (line) => console.log(line),
  err: (line) => console.error(line),
};

/** The command itself, for the entry below and for tests: answers the exit code. */
export async function runParams(argv: string[], io: ParamsIo = consoleIo): Promise<number> {
  const fail = (message: string) => {
    io.err(message);
    return 2;
  };
  const store = openSqliteStore(io.env.DATABASE_PATH ?? 'data/jiaozuo.sqlite');
  try {
    const [command, ...args] = argv;
    const core = createCore(await store.listParameterOverrides());
    const params = core.catalogue.params;
    if (command === 'list') {
      const asOf = args[0] ?? todayInChina();
      if (!isCalendarDate(asOf)) return fail(`the date must be a real date, YYYY-MM-DD: ${asOf}`);
      for (const id of params.ids().sort()) {
        try {
          const v = params.at(id, asOf);
          const flag = v.unverified ? '  [UNVERIFIED: to be confirmed]' : '';
          io.out(`${id} = ${v.value} ${v.unit} (from ${v.from}, ${v.confidence}; ${v.source})${flag}`);
        } catch (e) {
          if (!(e instanceof ParameterError)) throw e;
          io.out(`${id}: no value on ${asOf} (first value ${e.firstDate})`);
        }
      }
      return 0;
    }
    if (command === 'set' && args.length >= 4) {
      const [id, from, value, ...source] = args;
      const checked = checkParameterInput(params, { id, from, value, source: source.join(' ') }, todayInChina());
      if (!checked.ok) {
        const t = core.t[pickLocale(io.env.LC_ALL, io.env.LANG)];
        return fail(checked.problems.map((p) => `${p.field}: ${t(`errors.parameter.${p.code}`, p.values)}`).join('\n'));
      }
      const o = checked.override;
      const at = new Date().toISOString();
      // Audited like a value set through the window (no account: the command line).
      await store.atomic([
        upsertOverride(store.db, o, at),
        auditInsert(store.db, {
          at,
          action: 'parameter.add',
          detail: { parameterId: o.id, from: o.from, value: String(o.value), source: o.source, via: 'cli' },
        }),
      ]);
      io.out(`set ${o.id} = ${o.value} from ${o.from}`);
      return 0;
    }
    if (command === 'unset' && args.length === 2) {
      const [id, from] = args;
      const found = (await store.listParameterOverrides()).some((o) => o.id === id && o.from === from);
      if (found) {
        await store.atomic([
          deleteOverride(store.db, id, from),
          auditInsert(store.db, {
            at: new Date().toISOString(),
            action: 'parameter.delete',
            detail: { parameterId: id, from, via: 'cli' },
          }),
        ]);
      }
      const removed = found;
      io.out(removed ? `removed ${args[0]} from ${args[1]}` : 'no such local value');
      return removed ? 0 : 1;
    }
    return fail('usage: params list [asOf] | set <id> <from> <value> <source…> | unset <id> <from>');
  } finally {
    store.close();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = await runParams(process.argv.slice(2));
}
