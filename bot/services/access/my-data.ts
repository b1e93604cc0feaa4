import type { Db } from '../../db/open-database';
import { deleteMember, memberRecords, membersOfHousehold } from '../../db/queries/access';
import { householdView } from '../../db/queries/households';
import type { Members } from './members';

/** "My data": everything stored about a member, as one JSON document, and a deletion that really deletes. */
export function createMyData(db: Db, members: Members, now: () => Date) {
  return {
    async export(memberId: string) {
      const m = await members.get(memberId);
      const household = m.household_id ? await householdView(db, m.household_id) : null;
      const householdMembers = m.household_id ? await membersOfHousehold(db, m.household_id) : [];
      const { completions, practiceRounds, consentEvents } = await memberRecords(db, memberId);
      return {
        exportedAt: now().toISOString(),
        member: {
          id: m.id,
          displayName: m.display_name,
          role: m.role,
          createdAt: m.created_at,
          consentAt: m.consent_at,
          consentVersion: m.consent_version,
        },
        household: household && {
          ...household,
          members: householdMembers.map((x) => ({ displayName: x.display_name, role: x.role })),
        },
        completions,
        practiceRounds,
        consentEvents,
      };
    },

    /** Deletes the member, their results and consent history; the household too when they were its only member. */
    async delete(memberId: string) {
      const m = await members.get(memberId);
      const { householdDeleted, completions } = await deleteMember(db, m, now());
      return { deleted: true, householdDeleted, completions };
    },
  };
}

export type MyData = ReturnType<typeof createMyData>;
