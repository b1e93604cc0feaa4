import { randomUUID } from 'node:crypto';
import type { MeView } from '../../../src/core/api/schemas';
import type { Db } from '../../db/open-database';
import type { Member } from '../../db/schema';
import { ServiceError } from '../../../src/core/api/outcomes';
import { householdView } from '../../db/queries/households';

export const CONSENT_VERSION = '2026-11';

export function createMembers(db: Db, now: () => Date) {
  async function get(memberId: string): Promise<Member> {
    const m = await db.selectFrom('members').selectAll().where('id', '=', memberId).executeTakeFirst();
    if (!m) throw new ServiceError('session_expired', 'This account no longer exists. Please sign in again.');
    return m;
  }

  return {
    get,
    /** Finds or creates the member for a Zalo (or development) id. Only an id and a display name are kept. */
    async signIn(zaloId: string, name: string): Promise<Member> {
      await db.insertInto('members').values({ id: randomUUID(), zalo_id: zaloId, display_name: name, role: 'member' }).onConflict((oc) => oc.column('zalo_id').doNothing()).execute();
      return db.selectFrom('members').selectAll().where('zalo_id', '=', zaloId).executeTakeFirstOrThrow();
    },

    async me(memberId: string): Promise<MeView> {
      const m = await get(memberId);
      return {
        member: { id: m.id, displayName: m.display_name, role: m.role, consentAt: m.consent_at ? new Date(m.consent_at).toISOString() : null, consentVersion: m.consent_version },
        household: m.household_id ? await householdView(db, m.household_id) : null,
      };
    },

    /** Records a consent decision as an event; withdrawing stops syncing but deletes nothing by itself. */
    async setConsent(memberId: string, version: string, given: boolean): Promise<MeView> {
      const at = now();
      await db.transaction().execute(async (trx) => {
        await trx.updateTable('members').set(given ? { consent_at: at, consent_version: version } : { consent_at: null, consent_version: null }).where('id', '=', memberId).execute();
        await trx.insertInto('consent_events').values({ member_id: memberId, kind: given ? 'given' : 'withdrawn', version, at }).execute();
      });
      return this.me(memberId);
    },

    async requireConsent(memberId: string): Promise<Member> {
      const m = await get(memberId);
      if (!m.consent_at) throw new ServiceError('consent_required', 'Agree to the data notice first; without it results stay on your phone only.');
      return m;
    },
  };
}

export type Members = ReturnType<typeof createMembers>;
