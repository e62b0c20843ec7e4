/** Settings kept in the database (key → text). */
import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

/**
 * The value of `key`, made by `make` and stored the first time: concurrent first calls (two
 * processes, two isolates) agree on the first value written.
 */
export async function settingOrCreate(db: Kysely<Database>, key: string, make: () => string): Promise<string> {
  const found = await db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst();
  if (found) return found.value;
  await db
    .insertInto('settings')
    .values({ key, value: make() })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  const row = await db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirstOrThrow();
  return row.value;
}
