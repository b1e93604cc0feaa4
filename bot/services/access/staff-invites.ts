import type { CreateInviteBody } from '../../../src/core/api/staff-schemas';
import type { InviteView, LoginCodeView } from '../../../src/core/api/staff-views';
import { INVITE_CODE_LENGTH, LOGIN_CODE_LENGTH } from '../../../src/core/staff/one-time-code';
import type { Db } from '../../db/open-database';
import { wardNameOf } from '../../db/queries/households';
import {
  acceptInvite,
  insertInvite as storeInvite,
  insertLoginCode as storeLoginCode,
  redeemLoginCode,
  staffIdOf,
} from '../../db/queries/staff';
import type { StaffRole } from '../../db/schema';
import { ServiceError } from '../../../src/core/api/outcomes';
import type { AttemptLimit } from './attempt-limit';
import { CITY_WARD_ID } from './staff-access';
import { hashTyped, newCode } from './one-time-codes';
import { miniAppLink, qrSvg } from '../join-cards/qr';
import type { StaffAccess, StaffContext } from './staff-access';

// A typed code that cannot be a code at all gets the same answer as a wrong, used or expired one: nothing to learn.
const inviteInvalid = () =>
  new ServiceError(
    'invite_invalid',
    'This invite code is wrong, already used or expired. Ask your ward for a new one.',
    'code',
  );
const loginCodeInvalid = () =>
  new ServiceError(
    'code_invalid',
    'This sign-in code is wrong, already used or expired. Make a new one in the app.',
    'code',
  );

const INVITE_TTL_MS = 7 * 24 * 3600_000;
const LOGIN_TTL_MS = 10 * 60_000;
/** Wrong sign-in codes from one address: a person mistyping gets several tries, a script guessing gets nowhere. */
export const SIGN_IN_RULE = { max: 5, windowMs: 15 * 60_000 };

type InviteSpec = {
  role: StaffRole;
  wardId: string;
  areaIds: string[];
  schoolName: string | null;
  createdBy: string | null;
};

/** Invites (7 days, single use) bind a staff role to whoever accepts them; sign-in codes (10 minutes) open a desktop session. */
export function createStaffInvites(deps: {
  db: Db;
  access: StaffAccess;
  attempts: AttemptLimit;
  appId: string;
  now: () => Date;
}) {
  const { db, access, now } = deps;

  async function insertInvite(spec: InviteSpec) {
    const code = newCode(INVITE_CODE_LENGTH);
    const expiresAt = new Date(now().getTime() + INVITE_TTL_MS);
    await storeInvite(db, {
      code_hash: code.hash,
      role: spec.role,
      ward_id: spec.wardId,
      area_ids: JSON.stringify(spec.areaIds),
      school_name: spec.schoolName,
      created_by: spec.createdBy,
      expires_at: expiresAt,
      used_at: null,
    });
    const link = miniAppLink(deps.appId, 'staff/accept', { code: code.plain });
    return { code: code.shown, expiresAt: expiresAt.toISOString(), link };
  }

  async function insertLoginCode(staffId: string): Promise<LoginCodeView> {
    const code = newCode(LOGIN_CODE_LENGTH);
    const expiresAt = new Date(now().getTime() + LOGIN_TTL_MS);
    await storeLoginCode(db, { code_hash: code.hash, staff_id: staffId, expires_at: expiresAt, used_at: null });
    return { code: code.shown, expiresAt: expiresAt.toISOString() };
  }

  return {
    /** A ward admin invites a colleague of their own ward; team areas must be tổ dân phố of that ward. */
    async create(ctx: StaffContext, body: CreateInviteBody): Promise<InviteView> {
      access.allow(ctx, 'ward_admin');
      const areaIds = [...new Set(body.areaIds ?? [])];
      const foreign = areaIds.find((id) => !ctx.areas.some((a) => a.id === id));
      if (foreign)
        throw new ServiceError('area_forbidden', `areaIds: "${foreign}" is not a tổ dân phố of your ward`, 'areaIds');
      const invite = await insertInvite({
        role: body.role,
        wardId: ctx.wardId,
        areaIds,
        schoolName: body.schoolName ?? null,
        createdBy: ctx.staffId,
      });
      return { ...invite, qrSvg: await qrSvg(invite.link) };
    },

    /** The bootstrap path (npm run staff -- create-admin): the first ward admin of a configured ward. */
    async createAdmin(wardId: string) {
      const wardName = await wardNameOf(db, wardId);
      if (wardName === undefined)
        throw new ServiceError('unknown_ward', `There is no ward "${wardId}" in the configured areas.`);
      return {
        ...(await insertInvite({ role: 'ward_admin', wardId, areaIds: [], schoolName: null, createdBy: null })),
        wardName,
      };
    },

    /** The city's first overview account: counts of every ward, nothing personal, nothing writable. */
    async createCity() {
      return insertInvite({ role: 'city', wardId: CITY_WARD_ID, areaIds: [], schoolName: null, createdBy: null });
    },

    /** Binds the invite's role to the signed-in member. Wrong, used and expired codes all get the same answer. */
    async accept(memberId: string, typed: string, clientIp: string) {
      // Invites give staff roles: guessing them is limited like sign-in codes, per account and per address.
      const keys = [`invite:member:${memberId}`, `invite:address:${clientIp}`];
      const allowed = [
        await deps.attempts.take(keys[0], SIGN_IN_RULE),
        await deps.attempts.take(keys[1], SIGN_IN_RULE),
      ];
      if (!allowed.every(Boolean)) {
        throw new ServiceError(
          'too_many_attempts',
          'Too many wrong invite codes. Wait 15 minutes and try again, or ask your ward for a new code.',
          'code',
        );
      }
      const hash = hashTyped(typed);
      if (!hash) throw inviteInvalid();
      const outcome = await acceptInvite(db, memberId, hash, now());
      if (outcome === 'already_staff')
        throw new ServiceError('already_staff', 'This account already has a staff role.');
      if (outcome === 'invalid') throw inviteInvalid();
      // After the transaction: PGlite has one connection, which the transaction holds until it ends.
      await Promise.all(keys.map((k) => deps.attempts.giveBack(k)));
      return access.me(await access.load(memberId));
    },

    loginCode: (ctx: StaffContext) => insertLoginCode(ctx.staffId),

    /** For the staff command: a sign-in code for a staff id (or the member id behind it). */
    async loginCodeFor(id: string) {
      if (!/^[0-9a-f-]{36}$/i.test(id)) throw new ServiceError('invalid_input', `"${id}" is not a staff id (a UUID).`);
      const staffId = await staffIdOf(db, id);
      if (!staffId) throw new ServiceError('staff_not_found', `No staff member has the id ${id}.`);
      return insertLoginCode(staffId);
    },

    /**
     * Redeems a desktop sign-in code once; returns the member to open a session for. Every try counts against the
     * caller's address first and a right code gives its try back, so only failures use up the limit.
     */
    async redeemLoginCode(typed: string, clientIp: string): Promise<string> {
      const key = `staff-code:${clientIp}`;
      if (!(await deps.attempts.take(key, SIGN_IN_RULE))) {
        throw new ServiceError(
          'too_many_attempts',
          'Anh/chị đã nhập sai mã quá nhiều lần. Xin chờ 15 phút rồi thử lại, hoặc lấy mã mới trong ứng dụng.',
        );
      }
      const hash = hashTyped(typed);
      if (!hash) throw loginCodeInvalid();
      const memberId = await redeemLoginCode(db, hash, now());
      if (!memberId) throw loginCodeInvalid();
      await deps.attempts.giveBack(key);
      return memberId;
    },
  };
}

export type StaffInvites = ReturnType<typeof createStaffInvites>;
