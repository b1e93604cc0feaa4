import type { MeView } from '../../../src/core/api/schemas';
import type { Db } from '../../db/open-database';
import type { Member } from '../../db/schema';
import { ServiceError } from '../../../src/core/api/outcomes';
import { memberById, memberForZaloId, saveConsent } from '../../db/queries/access';
import { householdView } from '../../db/queries/households';

export const CONSENT_VERSION = '2026-11';

export function createMembers(db: Db, now: () => Date) {
  async function get(memberId: string): Promise<Member> {
    const m = await memberById(db, memberId);
    if (!m) throw new ServiceError('session_expired', 'This account no longer exists. Please sign in again.');
    return m;
  }

  return {
    get,
    /** Finds or creates the member for a Zalo (or development) id. Only an id and a display name are kept. */
    signIn: (zaloId: string, name: string): Promise<Member> => memberForZaloId(db, zaloId, name),

    async me(memberId: string): Promise<MeView> {
      const m = await get(memberId);
      return {
        member: {
          id: m.id,
          displayName: m.display_name,
          role: m.role,
          consentAt: m.consent_at ? new Date(m.consent_at).toISOString() : null,
          consentVersion: m.consent_version,
        },
        household: m.household_id ? await householdView(db, m.household_id) : null,
      };
    },

    /** Records a consent decision as an event; withdrawing stops syncing but deletes nothing by itself. */
    async setConsent(memberId: string, version: string, given: boolean): Promise<MeView> {
      await saveConsent(db, memberId, { given, version, at: now() });
      return this.me(memberId);
    },

    async requireConsent(memberId: string): Promise<Member> {
      const m = await get(memberId);
      if (!m.consent_at)
        throw new ServiceError(
          'consent_required',
          'Agree to the data notice first; without it results stay on your phone only.',
        );
      return m;
    },
  };
}

export type Members = ReturnType<typeof createMembers>;
