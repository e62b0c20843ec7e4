/**
 * Staff tool for parameter values (until the window's staff pages exist):
 *   npm run params -- list [asOf]            every parameter with the value in force, UNVERIFIED marked
 *   npm run params -- set <id> <from> <value> <source>   add or replace a local value from a date
 *   npm run params -- unset <id> <from>      remove a local value
 * Writes to DATABASE_PATH (default data/jiaozuo.sqlite); the server picks changes up on its next request.
 */
import { createCore } from '../core.js';
import { openSqliteStore } from '../db/sqlite.js';
import { pickLocale } from '../i18n/index.js';
import { isCalendarDate, todayInChina } from '../model/dates.js';
import { ParameterError } from '../params/parameters.js';
import { checkParameterInput } from '../params/validate.js';

async function main(argv: string[]): Promise<number> {
  const store = openSqliteStore(process.env.DATABASE_PATH ?? 'data/jiaozuo.sqlite');
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
          console.log(`${id} = ${v.value} ${v.unit} (from ${v.from}, ${v.confidence}; ${v.source})${flag}`);
        } catch (e) {
          if (!(e instanceof ParameterError)) throw e;
          console.log(`${id}: no value on ${asOf} (first value ${e.firstDate})`);
        }
      }
      return 0;
    }
    if (command === 'set' && args.length >= 4) {
      const [id, from, value, ...source] = args;
      const checked = checkParameterInput(params, { id, from, value, source: source.join(' ') }, todayInChina());
      if (!checked.ok) {
        const t = core.t[pickLocale(process.env.LC_ALL, process.env.LANG)];
        return fail(checked.problems.map((p) => `${p.field}: ${t(`errors.parameter.${p.code}`, p.values)}`).join('\n'));
      }
      const o = checked.override;
      await store.setParameterOverride(o);
      console.log(`set ${o.id} = ${o.value} from ${o.from}`);
      return 0;
    }
    if (command === 'unset' && args.length === 2) {
      const removed = await store.deleteParameterOverride(args[0], args[1]);
      console.log(removed ? `removed ${args[0]} from ${args[1]}` : 'no such local value');
      return removed ? 0 : 1;
    }
    return fail('usage: params list [asOf] | set <id> <from> <value> <source…> | unset <id> <from>');
  } finally {
    store.close();
  }
}

function fail(message: string): number {
  console.error(message);
  return 2;
}

process.exitCode = await main(process.argv.slice(2));
