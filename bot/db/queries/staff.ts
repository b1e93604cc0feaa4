import { randomUUID } from 'node:crypto';
import type { Insertable } from 'kysely';
import type { Db } from '../open-database';
import type { StaffInviteTable, StaffLoginCodeTable } from '../schema';

// Staff roles and the one-time codes that give them (invites) or open a desktop session (sign-in codes).

// Who a staff member is and what their role reaches (ward, tổ, school): every query that hands out a staff row reads
// all of them, so a new scope column is added here once.
const STAFF_ROLE_COLUMNS = [
  'staff.id',
  'staff.member_id',
  'staff.role',
  'staff.ward_id',
  'staff.area_ids',
  'staff.school_name',
] as const;

/** A staff member's row with every tổ dân phố of their ward (one row each, in the ward's order; none for the city). */
export function staffWithWardAreas(db: Db, by: 'staff.member_id' | 'staff.id', id: string) {
  return db
    .selectFrom('staff')
    .leftJoin('areas', 'areas.ward_id', 'staff.ward_id')
    .select([...STAFF_ROLE_COLUMNS, 'areas.id as area_id', 'areas.name as area_name', 'areas.ward_name'])
    .where(by, '=', id)
    .orderBy('areas.sort')
    .execute();
}

/** The staff id for a staff id or the member id behind it. */
export async function staffIdOf(db: Db, id: string): Promise<string | undefined> {
  return (
    await db
      .selectFrom('staff')
      .select('id')
      .where((eb) => eb.or([eb('id', '=', id), eb('member_id', '=', id)]))
      .executeTakeFirst()
  )?.id;
}

export async function insertInvite(db: Db, row: Insertable<StaffInviteTable>): Promise<void> {
  await db.insertInto('staff_invites').values(row).execute();
}

/**
 * Uses an invite once and binds its role to the member, in one transaction: `already_staff` when the member has a
 * role, `invalid` when no unused, unexpired invite has this hash.
 */
export function acceptInvite(
  db: Db,
  memberId: string,
  codeHash: string,
  at: Date,
): Promise<'accepted' | 'already_staff' | 'invalid'> {
  return db.transaction().execute(async (trx) => {
    const already = await trx.selectFrom('staff').select('id').where('member_id', '=', memberId).executeTakeFirst();
    if (already) return 'already_staff';
    const invite = await trx
      .updateTable('staff_invites')
      .set({ used_at: at })
      .where('code_hash', '=', codeHash)
      .where('used_at', 'is', null)
      .where('expires_at', '>', at)
      .returning(['role', 'ward_id', 'area_ids', 'school_name'])
      .executeTakeFirst();
    if (!invite) return 'invalid';
    await trx
      .insertInto('staff')
      .values({
        id: randomUUID(),
        member_id: memberId,
        role: invite.role,
        ward_id: invite.ward_id,
        area_ids: JSON.stringify(invite.area_ids),
        school_name: invite.school_name,
      })
      .execute();
    return 'accepted';
  });
}

export async function insertLoginCode(db: Db, row: Insertable<StaffLoginCodeTable>): Promise<void> {
  await db.insertInto('staff_login_codes').values(row).execute();
}

/** Uses a sign-in code once; the member to open a session for, or undefined for a wrong, used or expired code. */
export async function redeemLoginCode(db: Db, codeHash: string, at: Date): Promise<string | undefined> {
  const row = await db
    .updateTable('staff_login_codes')
    .set({ used_at: at })
    .from('staff')
    .whereRef('staff.id', '=', 'staff_login_codes.staff_id')
    .where('staff_login_codes.code_hash', '=', codeHash)
    .where('staff_login_codes.used_at', 'is', null)
    .where('staff_login_codes.expires_at', '>', at)
    .returning('staff.member_id')
    .executeTakeFirst();
  return row?.member_id;
}

/** A ward's invites not yet used nor expired, newest first. */
export function openInvites(db: Db, wardId: string, at: Date) {
  return db
    .selectFrom('staff_invites')
    .select(['id', 'role', 'area_ids', 'school_name', 'created_at', 'expires_at'])
    .where('ward_id', '=', wardId)
    .where('used_at', 'is', null)
    .where('expires_at', '>', at)
    .orderBy('created_at', 'desc')
    .execute();
}

/** Staff with their names, longest-standing first: one ward's (the roster), or everyone's (the staff CLI's list). */
export function staffWithNames(db: Db, wardId?: string) {
  return db
    .selectFrom('staff')
    .innerJoin('members', 'members.id', 'staff.member_id')
    .select([...STAFF_ROLE_COLUMNS, 'staff.created_at', 'members.display_name'])
    .$if(wardId !== undefined, (q) => q.where('staff.ward_id', '=', wardId!))
    .orderBy('staff.created_at')
    .execute();
}

/** True when an open invite of this ward was deleted. */
export async function deleteOpenInvite(db: Db, inviteId: string, wardId: string): Promise<boolean> {
  const gone = await db
    .deleteFrom('staff_invites')
    .where('id', '=', inviteId)
    .where('ward_id', '=', wardId)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return gone.numDeletedRows > 0n;
}

/** True when a staff role of this ward was deleted. */
export async function deleteStaff(db: Db, staffId: string, wardId: string): Promise<boolean> {
  const gone = await db.deleteFrom('staff').where('id', '=', staffId).where('ward_id', '=', wardId).executeTakeFirst();
  return gone.numDeletedRows > 0n;
}
