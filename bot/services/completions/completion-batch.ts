import { sql } from 'kysely';
import type { Db } from '../../db/open-database';
import type { CompletionTable } from '../../db/schema';
import type { CheckedResult } from './completions';

export type Row = { memberId: string; body: CheckedResult; source: CompletionTable['source'] };

/**
 * Inserts a batch of results in one statement (hvs_add_completions, migration 007) and says, per row, whether it
 * was stored. Arrays travel as 8 parameters, so the statement is the same for any batch size.
 */
async function insertTogether(db: Db, rows: Row[]): Promise<boolean[]> {
  const col = <T>(f: (r: Row) => T) => rows.map(f);
  const { rows: stored } = await sql<{ id: string; member_id: string }>`
    select stored_id as id, stored_member as member_id from hvs_add_completions(
      ${col((r) => r.body.id)}::uuid[], ${col((r) => r.memberId)}::uuid[], ${col((r) => r.body.lessonId)}::text[],
      ${col((r) => r.body.lessonVersion)}::int[], ${col((r) => r.body.score)}::real[], ${col((r) => r.body.passed)}::bool[],
      ${col((r) => r.body.completedAt)}::timestamptz[], ${col((r) => r.source)}::text[])`.execute(db);
  // The same id twice in one batch is stored once: the first row that matches takes it, the other is a duplicate.
  const open = new Set(stored.map((s) => `${s.id}|${s.member_id}`));
  return rows.map((r) => open.delete(`${r.body.id}|${r.memberId}`));
}

/**
 * Per row: stored (true), not stored (false), or the error its own insert hit. If the shared statement fails, each row
 * is tried alone, so one bad row (or a lost race) fails only its own request.
 */
export async function insertBatch(db: Db, rows: Row[]): Promise<(boolean | Error)[]> {
  try {
    return await insertTogether(db, rows);
  } catch (err) {
    if (rows.length === 1) return [err instanceof Error ? err : new Error(String(err))];
    return Promise.all(rows.map(async (r) => (await insertBatch(db, [r]))[0]));
  }
}
