import { sql, type Insertable, type Selectable } from 'kysely';
import type { Db } from '../open-database';
import type { PracticeChallengeTable, PracticeRoundTable } from '../schema';
import { insertById } from './insert-by-id';

// "Thật hay lừa?": rounds played by residents (counts only) and the anonymous family challenges.

export type ChallengeRow = Selectable<PracticeChallengeTable>;

/** Challenges made before `before` go: no job to schedule, the table holds what is still fresh. */
export async function deleteChallengesBefore(db: Db, before: Date): Promise<void> {
  await db.deleteFrom('practice_challenges').where('created_at', '<', before).execute();
}

export function insertChallenge(db: Db, row: { id: string; itemIds: string[]; score: number }): Promise<ChallengeRow> {
  return db
    .insertInto('practice_challenges')
    .values({ id: row.id, item_ids: row.itemIds, scores: [row.score] })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** The challenge, if it was made at `freshSince` or later. */
export function freshChallenge(db: Db, id: string, freshSince: Date): Promise<ChallengeRow | undefined> {
  return db
    .selectFrom('practice_challenges')
    .selectAll()
    .where('id', '=', id)
    .where('created_at', '>=', freshSince)
    .executeTakeFirst();
}

/**
 * The challenge with `score` appended, or undefined when it already holds `maxPlayers` scores. One statement, so two
 * players finishing at once both count and the cap holds.
 */
export function appendChallengeScore(
  db: Db,
  id: string,
  score: number,
  maxPlayers: number,
): Promise<ChallengeRow | undefined> {
  return db
    .updateTable('practice_challenges')
    .set({ scores: sql`array_append(scores, ${score}::smallint)` })
    .where('id', '=', id)
    .where(sql<boolean>`cardinality(scores) < ${maxPlayers}`)
    .returningAll()
    .executeTakeFirst();
}

/** True when the round was stored; false when a round with its id already exists. */
export const insertPracticeRound = (db: Db, row: Insertable<PracticeRoundTable>): Promise<boolean> =>
  insertById(db, 'practice_rounds', row);

/** Who played the round stored under this id (to tell a repeat from a reused id). */
export async function practiceRoundPlayer(db: Db, id: string): Promise<string | undefined> {
  return (await db.selectFrom('practice_rounds').select('member_id').where('id', '=', id).executeTakeFirst())
    ?.member_id;
}
