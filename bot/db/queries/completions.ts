import { sql, type Insertable } from 'kysely';
import type { Db } from '../open-database';
import type { CompletionTable } from '../schema';
import { insertById } from './insert-by-id';

// Quiz results: the hot path's batched insert, the single insert, and the reads behind them.

/** A resident's result as the batched insert takes it: the household is the member's own, found by the statement. */
export type ResidentResult = {
  id: string;
  memberId: string;
  lessonId: string;
  lessonVersion: number;
  score: number;
  passed: boolean;
  completedAt: string;
  source: CompletionTable['source'];
};

/**
 * Inserts a batch of residents' results in one statement (hvs_add_completions, migration 007, which checks consent and
 * household membership) and says, per row, whether it was stored. Arrays travel as 8 parameters, so the statement is
 * the same for any batch size.
 */
export async function insertResidentResults(db: Db, rows: ResidentResult[]): Promise<boolean[]> {
  const col = <T>(f: (r: ResidentResult) => T) => rows.map(f);
  const { rows: stored } = await sql<{ id: string; member_id: string }>`
    select stored_id as id, stored_member as member_id from hvs_add_completions(
      ${col((r) => r.id)}::uuid[], ${col((r) => r.memberId)}::uuid[], ${col((r) => r.lessonId)}::text[],
      ${col((r) => r.lessonVersion)}::int[], ${col((r) => r.score)}::real[], ${col((r) => r.passed)}::bool[],
      ${col((r) => r.completedAt)}::timestamptz[], ${col((r) => r.source)}::text[])`.execute(db);
  // The same id twice in one batch is stored once: the first row that matches takes it, the other is a duplicate.
  const open = new Set(stored.map((s) => `${s.id}|${s.member_id}`));
  return rows.map((r) => open.delete(`${r.id}|${r.memberId}`));
}

/** True when the result was stored; false when a result with its id already exists. */
export const insertResult = (db: Db, row: Insertable<CompletionTable>): Promise<boolean> =>
  insertById(db, 'completions', row);

/** The result stored under an id: whose it is and what it said. */
export function resultById(db: Db, id: string) {
  return db
    .selectFrom('completions')
    .select(['member_id', 'household_id', 'lesson_id', 'source', 'passed'])
    .where('id', '=', id)
    .executeTakeFirst();
}

/** A household's results, newest first, with the names of who did and who recorded them. */
export function householdResults(db: Db, householdId: string) {
  return db
    .selectFrom('completions as c')
    .leftJoin('members as m', 'm.id', 'c.member_id')
    .leftJoin('members as r', 'r.id', 'c.recorded_by')
    .select([
      'c.completed_at',
      'c.lesson_id',
      'c.member_id',
      'm.display_name as member_name',
      'c.source',
      'c.passed',
      'c.score',
      'r.display_name as recorded_by',
    ])
    .where('c.household_id', '=', householdId)
    .orderBy('c.completed_at', 'desc')
    .execute();
}
