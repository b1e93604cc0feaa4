import type { Db } from '../../db/open-database';
import { householdView } from '../../db/queries/households';
import type { Members } from './members';

/** "My data": everything stored about a member, as one JSON document, and a deletion that really deletes. */
export function createMyData(db: Db, members: Members, now: () => Date) {
  return {
    async export(memberId: string) {
      const m = await members.get(memberId);
      const household = m.household_id ? await householdView(db, m.household_id) : null;
      const householdMembers = m.household_id
        ? await db.selectFrom('members').select(['display_name', 'role']).where('household_id', '=', m.household_id).execute()
        : [];
      const completions = await db
        .selectFrom('completions')
        .select(['id', 'lesson_id', 'lesson_version', 'score', 'passed', 'completed_at', 'source'])
        .where('member_id', '=', memberId)
        .orderBy('completed_at')
        .execute();
      const practiceRounds = await db
        .selectFrom('practice_rounds')
        .select(['id', 'scams_shown', 'scams_caught', 'genuine_shown', 'genuine_flagged', 'played_at', 'source'])
        .where('member_id', '=', memberId)
        .orderBy('played_at')
        .execute();
      const consentEvents = await db.selectFrom('consent_events').select(['kind', 'version', 'at']).where('member_id', '=', memberId).orderBy('at').execute();
      return {
        exportedAt: now().toISOString(),
        member: { id: m.id, displayName: m.display_name, role: m.role, createdAt: m.created_at, consentAt: m.consent_at, consentVersion: m.consent_version },
        household: household && { ...household, members: householdMembers.map((x) => ({ displayName: x.display_name, role: x.role })) },
        completions,
        practiceRounds,
        consentEvents,
      };
    },

    /** Deletes the member, their results and consent history; the household too when they were its only member. */
    async delete(memberId: string) {
      const m = await members.get(memberId);
      return db.transaction().execute(async (trx) => {
        const others = m.household_id
          ? await trx.selectFrom('members').select(['id']).where('household_id', '=', m.household_id).where('id', '!=', memberId).orderBy('created_at').execute()
          : [];
        const removed = await trx.deleteFrom('completions').where('member_id', '=', memberId).executeTakeFirst();
        // Practice rounds go with the member (foreign key, on delete cascade).
        let completions = Number(removed.numDeletedRows);
        await trx.deleteFrom('members').where('id', '=', memberId).execute();
        const lastOne = Boolean(m.household_id) && others.length === 0;
        if (m.household_id && lastOne) {
          const rest = await trx.deleteFrom('completions').where('household_id', '=', m.household_id).executeTakeFirst();
          completions += Number(rest.numDeletedRows);
          await trx.deleteFrom('households').where('id', '=', m.household_id).execute();
        } else if (m.role === 'head' && others[0]) {
          // A household is never left without a head: the longest-standing member takes over.
          await trx.updateTable('members').set({ role: 'head' }).where('id', '=', others[0].id).execute();
        }
        await trx.insertInto('deletion_log').values({ at: now(), scope: lastOne ? 'member+household' : 'member', completions }).execute();
        return { deleted: true, householdDeleted: lastOne, completions };
      });
    },
  };
}

export type MyData = ReturnType<typeof createMyData>;
