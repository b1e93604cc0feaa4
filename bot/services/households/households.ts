import { randomBytes, randomUUID } from 'node:crypto';
import type { ProgressView } from '../../../src/core/api/schemas';
import { formatJoinCode, makeJoinCode, normalizeJoinCode } from '../../../src/core/household/join-code';
import type { Db } from '../../db/open-database';
import {
  areaExists,
  householdIdByCode,
  insertHouseholdWithHead,
  joinHousehold,
  leaveHousehold,
} from '../../db/queries/households';
import { ServiceError } from '../../../src/core/api/outcomes';
import type { AttemptLimit, AttemptRule } from '../access/attempt-limit';
import type { Members } from '../access/members';
import { createProgressReader } from './progress-query';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isUniqueViolation = (err: unknown) => (err as { code?: string }).code === '23505';

/**
 * Wrong join codes allowed before a pause: a resident who mistypes a printed card a few times is not slowed, while a
 * guesser needs ~50,000 tries to land in one of 20,000 households. Per account, and per address (a guesser can make
 * accounts). A right code gives its try back, so only failures count.
 */
export const JOIN_RULES: { member: AttemptRule; address: AttemptRule } = {
  member: { max: 8, windowMs: 15 * 60_000 },
  address: { max: 30, windowMs: 15 * 60_000 },
};

export function createHouseholds(db: Db, members: Members, required: readonly string[], attempts: AttemptLimit) {
  const readProgress = createProgressReader(db, required);
  async function assertFree(memberId: string, joining?: string) {
    const m = await members.requireConsent(memberId);
    if (m.household_id && m.household_id !== joining) {
      throw new ServiceError(
        'already_in_household',
        'You already belong to a household. Leave it (delete your data) before joining another.',
      );
    }
    return m;
  }

  /** Every answer that changes a household returns its progress as the viewer now sees it. */
  async function progressOf(viewerId: string): Promise<ProgressView> {
    const view = await readProgress(viewerId);
    if (!view) throw notFound();
    return view;
  }

  return {
    async create(memberId: string, areaId: string, label?: string) {
      if (!(await areaExists(db, areaId)))
        throw new ServiceError('invalid_input', 'areaId: choose a tổ dân phố from the list', 'areaId');
      await assertFree(memberId);
      const id = randomUUID();
      // A fresh random code rarely collides; when it does, the unique index says so and we draw again.
      for (let attempt = 0; ; attempt++) {
        try {
          await insertHouseholdWithHead(db, {
            id,
            code: makeJoinCode(randomBytes(6)),
            areaId,
            label: label || null,
            headId: memberId,
          });
          break;
        } catch (err) {
          if (!isUniqueViolation(err) || attempt >= 5) throw err;
        }
      }
      return progressOf(memberId);
    },

    /**
     * Joins by code. Every answer that is not a join is the same for a code that exists and one that does not, so the
     * endpoint cannot be used to list codes: an account already in a household learns only about its own code.
     */
    async join(memberId: string, rawCode: string, clientIp: string) {
      const check = normalizeJoinCode(rawCode);
      if (!check.ok) {
        const message =
          check.reason === 'length'
            ? 'code: a household code has 6 letters and digits, e.g. ABC-234'
            : 'code: codes never contain 0, O, 1 or I; check the printed card';
        throw new ServiceError('invalid_code', message, 'code');
      }
      const m = await members.requireConsent(memberId);
      const keys = [`join:member:${memberId}`, `join:address:${clientIp}`] as const;
      const allowed = [
        await attempts.take(keys[0], JOIN_RULES.member),
        await attempts.take(keys[1], JOIN_RULES.address),
      ];
      if (!allowed.every(Boolean)) {
        throw new ServiceError(
          'too_many_codes',
          'Too many wrong household codes. Wait 15 minutes, or ask your community tech team for the code.',
          'code',
        );
      }
      const householdId = await householdIdByCode(db, check.code);
      if (m.household_id && m.household_id !== householdId) {
        throw new ServiceError(
          'already_in_household',
          'You already belong to a household. Leave it (delete your data) before joining another.',
        );
      }
      if (!householdId)
        throw new ServiceError(
          'household_not_found',
          `No household has the code ${formatJoinCode(check.code)}. Check the card or ask your community tech team.`,
          'code',
        );
      await Promise.all(keys.map((k) => attempts.giveBack(k)));
      if (m.household_id !== householdId) await joinHousehold(db, memberId, householdId);
      return progressOf(memberId);
    },

    /** Progress of a household the viewer belongs to; any other household is "not found", never "forbidden": ids reveal nothing. */
    async progress(viewerId: string, householdId?: string) {
      const view = await readProgress(viewerId);
      if (!view) await members.get(viewerId); // a deleted account is "sign in again", not "not found"
      if (!view || (householdId !== undefined && householdId !== view.household.id)) throw notFound();
      return view;
    },

    async removeMember(headId: string, memberId: string) {
      const head = await members.get(headId);
      if (!head.household_id || head.role !== 'head')
        throw new ServiceError('not_head', 'Only the head of the household can remove members.');
      if (!UUID.test(memberId))
        throw new ServiceError('member_not_found', 'That person is not a member of your household.');
      if (memberId === headId)
        throw new ServiceError('cannot_remove_self', 'To leave, delete your data in "My data" instead.');
      if (!(await leaveHousehold(db, memberId, head.household_id)))
        throw new ServiceError('member_not_found', 'That person is not a member of your household.');
      return progressOf(headId);
    },
  };
}

const notFound = () => new ServiceError('household_not_found', 'Household not found.');

export type Households = ReturnType<typeof createHouseholds>;
