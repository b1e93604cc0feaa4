import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from '../open-database';
import type { Member } from '../schema';

// Residents' accounts and what guards them: members, their consent events, the deletion log and attempt counters.

export function memberById(db: Db, memberId: string): Promise<Member | undefined> {
  return db.selectFrom('members').selectAll().where('id', '=', memberId).executeTakeFirst();
}

/** The member for a Zalo (or development) id, made on first sign-in with only an id and a display name. */
export async function memberForZaloId(db: Db, zaloId: string, name: string): Promise<Member> {
  await db
    .insertInto('members')
    .values({ id: randomUUID(), zalo_id: zaloId, display_name: name, role: 'member' })
    .onConflict((oc) => oc.column('zalo_id').doNothing())
    .execute();
  return db.selectFrom('members').selectAll().where('zalo_id', '=', zaloId).executeTakeFirstOrThrow();
}

/** The household a member belongs to, if any. */
export async function householdOfMember(db: Db, memberId: string): Promise<string | null> {
  return (
    (await db.selectFrom('members').select('household_id').where('id', '=', memberId).executeTakeFirst())
      ?.household_id ?? null
  );
}

/** A household's members, longest-standing first. */
export function membersOfHousehold(db: Db, householdId: string) {
  return db
    .selectFrom('members')
    .select(['id', 'display_name', 'role', 'consent_at'])
    .where('household_id', '=', householdId)
    .orderBy('created_at')
    .execute();
}

/** Records a consent decision: the member's current state and the event, together. */
export async function saveConsent(
  db: Db,
  memberId: string,
  decision: { given: boolean; version: string; at: Date },
): Promise<void> {
  const { given, version, at } = decision;
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('members')
      .set(given ? { consent_at: at, consent_version: version } : { consent_at: null, consent_version: null })
      .where('id', '=', memberId)
      .execute();
    await trx
      .insertInto('consent_events')
      .values({ member_id: memberId, kind: given ? 'given' : 'withdrawn', version, at })
      .execute();
  });
}

/** Everything stored about a member besides the member row and household: for "My data". */
export async function memberRecords(db: Db, memberId: string) {
  const [completions, practiceRounds, consentEvents] = await Promise.all([
    db
      .selectFrom('completions')
      .select(['id', 'lesson_id', 'lesson_version', 'score', 'passed', 'completed_at', 'source'])
      .where('member_id', '=', memberId)
      .orderBy('completed_at')
      .execute(),
    db
      .selectFrom('practice_rounds')
      .select(['id', 'scams_shown', 'scams_caught', 'genuine_shown', 'genuine_flagged', 'played_at', 'source'])
      .where('member_id', '=', memberId)
      .orderBy('played_at')
      .execute(),
    db
      .selectFrom('consent_events')
      .select(['kind', 'version', 'at'])
      .where('member_id', '=', memberId)
      .orderBy('at')
      .execute(),
  ]);
  return { completions, practiceRounds, consentEvents };
}

/**
 * Deletes a member, their results and consent history, in one transaction; the household too when they were its only
 * member. A household is never left without a head: when the head goes, the longest-standing member takes over.
 */
export function deleteMember(db: Db, m: Pick<Member, 'id' | 'household_id' | 'role'>, at: Date) {
  return db.transaction().execute(async (trx) => {
    const others = m.household_id
      ? await trx
          .selectFrom('members')
          .select(['id'])
          .where('household_id', '=', m.household_id)
          .where('id', '!=', m.id)
          .orderBy('created_at')
          .execute()
      : [];
    const removed = await trx.deleteFrom('completions').where('member_id', '=', m.id).executeTakeFirst();
    // Practice rounds go with the member (foreign key, on delete cascade).
    let completions = Number(removed.numDeletedRows);
    await trx.deleteFrom('members').where('id', '=', m.id).execute();
    const lastOne = Boolean(m.household_id) && others.length === 0;
    if (m.household_id && lastOne) {
      const rest = await trx.deleteFrom('completions').where('household_id', '=', m.household_id).executeTakeFirst();
      completions += Number(rest.numDeletedRows);
      await trx.deleteFrom('households').where('id', '=', m.household_id).execute();
    } else if (m.role === 'head' && others[0]) {
      await trx.updateTable('members').set({ role: 'head' }).where('id', '=', others[0].id).execute();
    }
    await trx
      .insertInto('deletion_log')
      .values({ at, scope: lastOne ? 'member+household' : 'member', completions })
      .execute();
    return { householdDeleted: lastOne, completions };
  });
}

/**
 * Counts one attempt for `key` and returns the window's count. One statement: two requests at once cannot both read
 * "4" and both go through. A window that started before `freshSince` starts again at `at`.
 */
export async function countAttempt(db: Db, key: string, at: Date, freshSince: Date): Promise<number> {
  const row = await db
    .insertInto('attempt_counts')
    .values({ key, window_start: at, n: 1 })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        n: sql`case when attempt_counts.window_start > ${freshSince} then attempt_counts.n + 1 else 1 end`,
        window_start: sql`case when attempt_counts.window_start > ${freshSince} then attempt_counts.window_start else ${at} end`,
      }),
    )
    .returning('n')
    .executeTakeFirstOrThrow();
  return row.n;
}

export async function deleteAttemptsBefore(db: Db, before: Date): Promise<void> {
  await db.deleteFrom('attempt_counts').where('window_start', '<', before).execute();
}

export async function giveBackAttempt(db: Db, key: string): Promise<void> {
  await db
    .updateTable('attempt_counts')
    .set({ n: sql`greatest(n - 1, 0)` })
    .where('key', '=', key)
    .execute();
}
