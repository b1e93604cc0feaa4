import { sql } from 'kysely';
import type { CompletionBody } from '../../src/core/api/schemas';
import type { Db } from '../db/open-database';
import type { CompletionTable } from '../db/schema';

export type Row = { memberId: string; body: CompletionBody; source: CompletionTable['source'] };

/**
 * Inserts a batch of results in one statement and says, per row, whether it was stored. A row is stored only for a
 * member who has consented and belongs to a household (the household comes from the database, never the client);
 * a repeated id is skipped. Arrays travel as 8 parameters, so the statement text is the same for any batch size.
 */
async function insertTogether(db: Db, rows: Row[]): Promise<boolean[]> {
  const col = <T>(f: (r: Row) => T) => rows.map(f);
  const { rows: stored } = await sql<{ id: string; member_id: string }>`
    insert into completions (id, member_id, household_id, lesson_id, lesson_version, score, passed, completed_at, source)
    select v.id, m.id, m.household_id, v.lesson_id, v.lesson_version, v.score, v.passed, v.completed_at, v.source
    from unnest(${col((r) => r.body.id)}::uuid[], ${col((r) => r.memberId)}::uuid[], ${col((r) => r.body.lessonId)}::text[],
                ${col((r) => r.body.lessonVersion)}::int[], ${col((r) => r.body.score)}::real[], ${col((r) => r.body.passed)}::bool[],
                ${col((r) => r.body.completedAt)}::timestamptz[], ${col((r) => r.source)}::text[])
      as v(id, member_id, lesson_id, lesson_version, score, passed, completed_at, source)
    join members m on m.id = v.member_id and m.consent_at is not null and m.household_id is not null
    on conflict (id) do nothing
    returning id, member_id`.execute(db);
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
