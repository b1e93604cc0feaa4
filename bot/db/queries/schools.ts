import { sql, type Insertable } from 'kysely';
import type { Db } from '../open-database';
import type { SchoolLinkEventTable, SchoolLinkTable } from '../schema';

// Schools' lesson and practice links, and the anonymous opens and completions counted per device hash.

export async function insertSchoolLink(db: Db, row: Insertable<SchoolLinkTable>): Promise<void> {
  await db.insertInto('school_links').values(row).execute();
}

/** A school's links, newest first, with the distinct devices that opened and completed through each. */
export function schoolLinksWithCounts(db: Db, schoolStaffId: string) {
  return db
    .selectFrom('school_links as l')
    .leftJoin('school_link_events as e', 'e.link_id', 'l.id')
    .select(['l.id', 'l.token', 'l.class_label', 'l.lesson_id', 'l.track_id', 'l.practice'])
    .select([
      sql<number>`count(distinct e.device_hash) filter (where e.kind = 'open')::int`.as('opened'),
      sql<number>`count(distinct e.device_hash) filter (where e.kind = 'complete')::int`.as('completed'),
    ])
    .where('l.school_staff_id', '=', schoolStaffId)
    .groupBy('l.id')
    .orderBy('l.created_at', 'desc')
    .execute();
}

/** The link behind a token, with what it points at. */
export function schoolLinkByToken(db: Db, token: string) {
  return db
    .selectFrom('school_links')
    .select(['id', 'lesson_id', 'track_id', 'practice'])
    .where('token', '=', token)
    .executeTakeFirst();
}

/** Counts an event once per link, device, kind and lesson: a repeat changes nothing. */
export async function insertSchoolEvent(db: Db, row: Insertable<SchoolLinkEventTable>): Promise<void> {
  await db
    .insertInto('school_link_events')
    .values(row)
    .onConflict((oc) => oc.columns(['link_id', 'device_hash', 'kind', 'lesson_id']).doNothing())
    .execute();
}
