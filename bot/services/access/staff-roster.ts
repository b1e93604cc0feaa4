import type { PendingInviteView, StaffRoleName, StaffRosterView } from '../../../src/core/api/staff-views';
import type { Db } from '../../db/open-database';
import { ServiceError } from '../../../src/core/api/outcomes';
import type { StaffAccess, StaffContext } from './staff-access';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// Generated<Timestamp> columns come back typed as the column type itself; they are Dates (pg) or strings (PGlite).
const iso = (d: unknown) => new Date(d as Date | string).toISOString();

/**
 * A ward admin's view of who works for the ward: open invites and staff, and taking either back. Anything of another
 * ward (or a guessed id) is "not found", so ids cannot be probed across wards.
 */
export function createStaffRoster(deps: { db: Db; access: StaffAccess; now: () => Date }) {
  const { db, access, now } = deps;
  const areaNames = (ctx: StaffContext, ids: string[]) => ids.map((id) => ctx.areas.find((a) => a.id === id)?.name ?? id);

  return {
    async list(ctx: StaffContext): Promise<StaffRosterView> {
      access.allow(ctx, 'ward_admin');
      const [invites, staff] = await Promise.all([
        db
          .selectFrom('staff_invites')
          .select(['id', 'role', 'area_ids', 'school_name', 'created_at', 'expires_at'])
          .where('ward_id', '=', ctx.wardId)
          .where('used_at', 'is', null)
          .where('expires_at', '>', now())
          .orderBy('created_at', 'desc')
          .execute(),
        db
          .selectFrom('staff')
          .innerJoin('members', 'members.id', 'staff.member_id')
          .select(['staff.id', 'staff.role', 'staff.area_ids', 'staff.school_name', 'staff.created_at', 'members.display_name'])
          .where('staff.ward_id', '=', ctx.wardId)
          .orderBy('staff.created_at')
          .execute(),
      ]);
      // Only a ward's own roles are found here: city staff belong to no ward.
      const pending: PendingInviteView[] = invites.map((i) => ({ id: i.id, role: i.role as StaffRoleName, areas: areaNames(ctx, i.area_ids), schoolName: i.school_name, createdAt: iso(i.created_at), expiresAt: iso(i.expires_at) }));
      return {
        invites: pending,
        staff: staff.map((s) => ({ id: s.id, name: s.display_name, role: s.role as StaffRoleName, areas: areaNames(ctx, s.area_ids), schoolName: s.school_name, since: iso(s.created_at), you: s.id === ctx.staffId })),
      };
    },

    /** An invite not yet accepted stops working at once. */
    async revokeInvite(ctx: StaffContext, inviteId: string) {
      access.allow(ctx, 'ward_admin');
      const gone = UUID.test(inviteId) ? await db.deleteFrom('staff_invites').where('id', '=', inviteId).where('ward_id', '=', ctx.wardId).where('used_at', 'is', null).executeTakeFirst() : undefined;
      if (!gone?.numDeletedRows) throw new ServiceError('invite_not_found', 'There is no open invite with this id in your ward.');
    },

    /**
     * Takes a staff role back: the person stays a resident, and since every request loads the role from the database,
     * their next request is refused. Their sign-in codes go with the role (and a school's links with the school).
     */
    async revokeStaff(ctx: StaffContext, staffId: string) {
      access.allow(ctx, 'ward_admin');
      // Nobody locks a ward out by mistake: there is always the admin doing the revoking.
      if (staffId === ctx.staffId) throw new ServiceError('cannot_revoke_self', 'You cannot take back your own role; ask another ward admin.');
      const gone = UUID.test(staffId) ? await db.deleteFrom('staff').where('id', '=', staffId).where('ward_id', '=', ctx.wardId).executeTakeFirst() : undefined;
      if (!gone?.numDeletedRows) throw new ServiceError('staff_not_found', 'There is no staff member with this id in your ward.');
    },
  };
}

export type StaffRoster = ReturnType<typeof createStaffRoster>;
