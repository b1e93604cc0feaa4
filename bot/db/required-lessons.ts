import { sql } from 'kysely';
import type { Db } from './open-database';

/** Bits of an int that a required lesson may take (see migration-list-columns). */
const MAX_REQUIRED = 31;

/**
 * Mirrors the program's required lessons into required_lessons, where a trigger turns each household's passed
 * lessons into a count and a bit mask for the staff list and coverage. When the set changed (a new program.yaml),
 * every household is recounted in the same transaction, so no request sees counts of the old set against the new.
 */
export async function syncRequiredLessons(db: Db, required: readonly string[]) {
  if (required.length > MAX_REQUIRED)
    throw new Error(`At most ${MAX_REQUIRED} lessons can be required (program.yaml lists ${required.length}).`);
  const same = (rows: { lesson_id: string; bit: number }[]) =>
    rows.length === required.length && rows.every((r) => required[r.bit] === r.lesson_id);
  if (same(await db.selectFrom('required_lessons').select(['lesson_id', 'bit']).execute())) return;
  await db.transaction().execute(async (trx) => {
    // Several service processes start together on PostgreSQL: the first one rewrites, the others then find it done.
    await sql`lock table required_lessons in exclusive mode`.execute(trx);
    if (same(await trx.selectFrom('required_lessons').select(['lesson_id', 'bit']).execute())) return;
    await trx.deleteFrom('required_lessons').execute();
    if (required.length)
      await trx
        .insertInto('required_lessons')
        .values(required.map((lesson_id, bit) => ({ lesson_id, bit })))
        .execute();
    // Setting `passed` fires the trigger that recounts the household.
    await sql`update household_stats set passed = passed`.execute(trx);
  });
}
