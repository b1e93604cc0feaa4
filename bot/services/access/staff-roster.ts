import type { PendingInviteView, StaffRoleName, StaffRosterView } from '../../../src/core/api/staff-views';
import type { Db } from '../../db/open-database';
import { deleteOpenInvite, deleteStaff, openInvites, staffWithNames } from '../../db/queries/staff';
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
  const areaNames = (ctx: StaffContext, ids: string[]) =>
    ids.map((id) => ctx.areas.find((a) => a.id === id)?.name ?? id);

  return {
    async list(ctx: StaffContext): Promise<StaffRosterView> {
      access.allow(ctx, 'ward_admin');
      const [invites, staff] = await Promise.all([openInvites(db, ctx.wardId, now()), staffWithNames(db, ctx.wardId)]);
      // Only a ward's own roles are found here: city staff belong to no ward.
      const pending: PendingInviteView[] = invites.map((i) => ({
        id: i.id,
        role: i.role as StaffRoleName,
        areas: areaNames(ctx, i.area_ids),
        schoolName: i.school_name,
        createdAt: iso(i.created_at),
        expiresAt: iso(i.expires_at),
      }));
      return {
        invites: pending,
        staff: staff.map((s) => ({
          id: s.id,
          name: s.display_name,
          role: s.role as StaffRoleName,
          areas: areaNames(ctx, s.area_ids),
          schoolName: s.school_name,
          since: iso(s.created_at),
          you: s.id === ctx.staffId,
        })),
      };
    },

    /** An invite not yet accepted stops working at once. */
    async revokeInvite(ctx: StaffContext, inviteId: string) {
      access.allow(ctx, 'ward_admin');
      if (!UUID.test(inviteId) || !(await deleteOpenInvite(db, inviteId, ctx.wardId)))
        throw new ServiceError('invite_not_found', 'There is no open invite with this id in your ward.');
    },

    /**
     * Takes a staff role back: the person stays a resident, and since every request loads the role from the database,
     * their next request is refused. Their sign-in codes go with the role (and a school's links with the school).
     */
    async revokeStaff(ctx: StaffContext, staffId: string) {
      access.allow(ctx, 'ward_admin');
      // Nobody locks a ward out by mistake: there is always the admin doing the revoking.
      if (staffId === ctx.staffId)
        throw new ServiceError('cannot_revoke_self', 'You cannot take back your own role; ask another ward admin.');
      if (!UUID.test(staffId) || !(await deleteStaff(db, staffId, ctx.wardId)))
        throw new ServiceError('staff_not_found', 'There is no staff member with this id in your ward.');
    },
  };
}

export type StaffRoster = ReturnType<typeof createStaffRoster>;
