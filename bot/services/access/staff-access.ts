import type { StaffMeView } from '../../../src/core/api/staff-views';
import type { Db } from '../../db/open-database';
import { memberById } from '../../db/queries/access';
import { householdArea } from '../../db/queries/households';
import { staffWithWardAreas } from '../../db/queries/staff';
import type { StaffRole } from '../../db/schema';
import { ServiceError } from '../../../src/core/api/outcomes';

/** Who is asking, and what they may see: loaded from the database on every request, never from the token. */
export type StaffContext = {
  staffId: string;
  memberId: string;
  role: StaffRole;
  wardId: string;
  wardName: string;
  schoolName: string | null;
  /** The tổ dân phố this person may see: a team's own, a ward admin's whole ward, none for a school. */
  areas: { id: string; name: string }[];
};

/** City staff belong to no ward: their rows carry this in place of a ward id (areas.yaml may not use it). */
export const CITY_WARD_ID = 'city';
const CITY_NAME = 'Thành phố Hải Phòng';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const roleForbidden = () => new ServiceError('role_forbidden', 'Your staff role does not include this.');

/**
 * Who may read residents' names and what they wrote (household labels, the survey's free text): the community tech
 * team of that tổ dân phố only. The data notice promises residents that ward staff see counts, never names.
 */
export const seesNames = (ctx: StaffContext) => ctx.role === 'team';
export const householdNotFound = () => new ServiceError('household_not_found', 'Household not found.');

export function createStaffAccess(db: Db) {
  async function loadBy(column: 'staff.member_id' | 'staff.id', id: string): Promise<StaffContext> {
    const rows = await staffWithWardAreas(db, column, id);
    const s = rows[0];
    if (!s) throw new ServiceError('not_staff', 'This page is for community tech teams, ward staff and schools.');
    const own = new Set(s.area_ids);
    const ward = rows.filter((r) => r.area_id !== null).map((r) => ({ id: r.area_id!, name: r.area_name! }));
    const areas = s.role === 'ward_admin' ? ward : s.role === 'team' ? ward.filter((a) => own.has(a.id)) : [];
    return {
      staffId: s.id,
      memberId: s.member_id,
      role: s.role,
      wardId: s.ward_id,
      wardName: s.role === 'city' ? CITY_NAME : (s.ward_name ?? s.ward_id),
      schoolName: s.school_name,
      areas,
    };
  }

  return {
    /**
     * The staff context of a signed-in member; residents get 403 on every staff route. A token of an account deleted
     * since it was signed is 401, as on the resident routes: the answer is "sign in again", not "not allowed".
     */
    async load(memberId: string) {
      try {
        return await loadBy('staff.member_id', memberId);
      } catch (err) {
        if (!(err instanceof ServiceError) || err.code !== 'not_staff') throw err;
        if (!(await memberById(db, memberId)))
          throw new ServiceError('session_expired', 'This account no longer exists. Please sign in again.');
        throw err;
      }
    },

    /** The same by staff id, for a signed print link: a role taken back since the link was made is refused. */
    loadStaff: (staffId: string) =>
      loadBy('staff.id', UUID.test(staffId) ? staffId : '00000000-0000-0000-0000-000000000000'),

    allow(ctx: StaffContext, ...roles: StaffRole[]) {
      if (!roles.includes(ctx.role)) throw roleForbidden();
    },

    /** The area ids a request may read: all of the caller's, or the one asked for if it is theirs (else 403). */
    areaScope(ctx: StaffContext, areaId?: string): string[] {
      if (areaId === undefined) return ctx.areas.map((a) => a.id);
      if (!ctx.areas.some((a) => a.id === areaId))
        throw new ServiceError('area_forbidden', 'This tổ dân phố is not yours to see.', 'areaId');
      return [areaId];
    },

    /** A household the caller may see; any other id (guessed, malformed, another area) is "not found". */
    async household(ctx: StaffContext, householdId: string) {
      if (!UUID.test(householdId)) throw householdNotFound();
      const h = await householdArea(db, householdId);
      if (!h || !ctx.areas.some((a) => a.id === h.area_id)) throw householdNotFound();
      return h;
    },

    me(ctx: StaffContext): StaffMeView {
      return {
        role: ctx.role,
        wardId: ctx.wardId,
        wardName: ctx.wardName,
        areaIds: ctx.areas.map((a) => a.id),
        schoolName: ctx.schoolName,
        areas: ctx.areas,
      };
    },
  };
}

export type StaffAccess = ReturnType<typeof createStaffAccess>;
