import type { Insertable } from 'kysely';
import type { Db } from '../open-database';
import type { Database } from '../schema';

/** Tables whose ids the phone makes up, so a resend of the same row must be told apart from a new one. */
type DeviceIdTable = 'completions' | 'practice_rounds';

/** True when the row was stored; false when a row with its id already exists. */
export async function insertById<T extends DeviceIdTable>(
  db: Db,
  table: T,
  row: Insertable<Database[T]>,
): Promise<boolean> {
  const inserted = await db
    .insertInto(table)
    .values(row)
    .onConflict((oc) => oc.column('id').doNothing())
    .returning('id')
    .executeTakeFirst();
  return Boolean(inserted);
}
