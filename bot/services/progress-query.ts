import { sql } from 'kysely';
import type { MemberView, ProgressView } from '../../src/core/api/schemas';
import { householdProgress } from '../../src/core/household/household-progress';
import type { Db } from '../db/open-database';

type Row = {
  id: string;
  code: string;
  area_id: string;
  label: string | null;
  area_name: string;
  ward_name: string;
  members: { id: string; displayName: string; role: 'head' | 'member' }[];
  results: [lessonId: string, memberId: string | null, firstAt: string][];
};

/**
 * The progress screen's data for the viewer's own household, in one statement (one round trip: on this machine a
 * loopback round trip costs more than the query). Null when the viewer has no household.
 */
export async function readProgress(db: Db, viewerId: string, required: readonly string[]): Promise<ProgressView | null> {
  const { rows } = await sql<Row>`
    select h.id, h.code, h.area_id, h.label, a.name as area_name, a.ward_name,
      (select coalesce(json_agg(json_build_object('id', m.id, 'displayName', m.display_name, 'role', m.role) order by m.created_at), '[]')
         from members m where m.household_id = h.id) as members,
      -- One row per lesson and member (the first pass), however many times a quiz was retaken or re-sent.
      (select coalesce(json_agg(json_build_array(r.lesson_id, r.member_id, r.first_at)), '[]') from (
         select lesson_id, member_id, min(completed_at) as first_at from completions c
         where c.household_id = h.id and c.passed and c.lesson_id = any(${[...required]}::text[])
         group by lesson_id, member_id) r) as results
    from members me
    join households h on h.id = me.household_id
    join areas a on a.id = h.area_id
    where me.id = ${viewerId}`.execute(db);
  const h = rows[0];
  if (!h) return null;
  const p = householdProgress(
    required,
    h.results.map(([lessonId, memberId, at]) => ({ lessonId, memberId, passed: true, completedAt: new Date(at).toISOString() })),
  );
  const members: MemberView[] = h.members.map((m) => ({ ...m, isMe: m.id === viewerId }));
  return { household: { id: h.id, code: h.code, areaId: h.area_id, areaName: h.area_name, wardName: h.ward_name, label: h.label }, members, ...p };
}
