import { sql } from 'kysely';
import type { HouseholdView } from '../../../src/core/api/schemas';
import type { Db } from '../open-database';
import type { AreaTable } from '../schema';

// Households, their tổ dân phố (areas), and the survey each household answers.

/** Writes the configured areas (insert or rename), so households can reference them. */
export async function saveAreas(db: Db, rows: AreaTable[]): Promise<void> {
  if (!rows.length) return;
  await db
    .insertInto('areas')
    .values(rows)
    .onConflict((oc) =>
      oc.column('id').doUpdateSet((eb) => ({
        ward_id: eb.ref('excluded.ward_id'),
        ward_name: eb.ref('excluded.ward_name'),
        name: eb.ref('excluded.name'),
        sort: eb.ref('excluded.sort'),
      })),
    )
    .execute();
}

export async function areaExists(db: Db, areaId: string): Promise<boolean> {
  return Boolean(await db.selectFrom('areas').select('id').where('id', '=', areaId).executeTakeFirst());
}

/** A configured ward's name, or undefined when no area belongs to that ward. */
export async function wardNameOf(db: Db, wardId: string): Promise<string | undefined> {
  return (await db.selectFrom('areas').select('ward_name').where('ward_id', '=', wardId).executeTakeFirst())?.ward_name;
}

export async function householdView(db: Db, householdId: string): Promise<HouseholdView | null> {
  const h = await db
    .selectFrom('households')
    .innerJoin('areas', 'areas.id', 'households.area_id')
    .select([
      'households.id',
      'households.code',
      'households.area_id',
      'households.label',
      'areas.name as area_name',
      'areas.ward_name',
    ])
    .where('households.id', '=', householdId)
    .executeTakeFirst();
  return h
    ? { id: h.id, code: h.code, areaId: h.area_id, areaName: h.area_name, wardName: h.ward_name, label: h.label }
    : null;
}

/** A household's id and tổ dân phố, to check who may see it. */
export function householdArea(db: Db, householdId: string) {
  return db.selectFrom('households').select(['id', 'area_id']).where('id', '=', householdId).executeTakeFirst();
}

export async function householdIdByCode(db: Db, code: string): Promise<string | undefined> {
  return (await db.selectFrom('households').select('id').where('code', '=', code).executeTakeFirst())?.id;
}

/** A new household with the member as its head, together. Throws the unique violation (23505) of a code in use. */
export async function insertHouseholdWithHead(
  db: Db,
  h: { id: string; code: string; areaId: string; label: string | null; headId: string },
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('households').values({ id: h.id, code: h.code, area_id: h.areaId, label: h.label }).execute();
    await trx.updateTable('members').set({ household_id: h.id, role: 'head' }).where('id', '=', h.headId).execute();
  });
}

/** The households stored; rows whose code was already taken are skipped (and left out of the answer). */
export function insertHouseholds(db: Db, rows: { id: string; code: string; area_id: string; label: string | null }[]) {
  return db
    .insertInto('households')
    .values(rows)
    .onConflict((oc) => oc.column('code').doNothing())
    .returning(['id', 'code'])
    .execute();
}

/** Households with their tổ and ward names, in print order (tổ, then code): one tổ, or the ids given. */
export function householdsForCards(db: Db, which: { areaId: string; limit: number } | { ids: string[] }) {
  const base = db
    .selectFrom('households')
    .innerJoin('areas', 'areas.id', 'households.area_id')
    .select([
      'households.id',
      'households.code',
      'households.label',
      'households.area_id',
      'areas.name as area_name',
      'areas.ward_name',
    ])
    .orderBy('areas.sort')
    .orderBy('households.code');
  return 'areaId' in which
    ? base.where('households.area_id', '=', which.areaId).limit(which.limit).execute()
    : base.where('households.id', 'in', which.ids).execute();
}

export async function joinHousehold(db: Db, memberId: string, householdId: string): Promise<void> {
  await db
    .updateTable('members')
    .set({ household_id: householdId, role: 'member' })
    .where('id', '=', memberId)
    .execute();
}

/** Takes a member out of this household; false when they were not in it. */
export async function leaveHousehold(db: Db, memberId: string, householdId: string): Promise<boolean> {
  const res = await db
    .updateTable('members')
    .set({ household_id: null, role: 'member' })
    .where('id', '=', memberId)
    .where('household_id', '=', householdId)
    .executeTakeFirst();
  return res.numUpdatedRows > 0n;
}

export function surveyOf(db: Db, householdId: string) {
  return db
    .selectFrom('surveys')
    .select(['answers', 'filled_by', 'updated_at'])
    .where('household_id', '=', householdId)
    .executeTakeFirst();
}

/**
 * Stores a household's survey; with `onlyIfNewer` it replaces only answers given before it, inside the upsert, so two
 * saves arriving together cannot both win. True when it was written.
 */
export async function saveSurvey(
  db: Db,
  row: { household_id: string; answers: string; filled_by: 'resident' | 'team'; updated_at: Date },
  onlyIfNewer: boolean,
): Promise<boolean> {
  const written = await db
    .insertInto('surveys')
    .values(row)
    .onConflict((oc) => {
      const update = oc
        .column('household_id')
        .doUpdateSet({ answers: row.answers, filled_by: row.filled_by, updated_at: row.updated_at });
      return onlyIfNewer ? update.where('surveys.updated_at', '<', row.updated_at) : update;
    })
    .returning('household_id')
    .executeTakeFirst();
  return Boolean(written);
}

export type ProgressRow = {
  id: string;
  code: string;
  areaId: string;
  label: string | null;
  areaName: string;
  wardName: string;
  members: { id: string; displayName: string; role: 'head' | 'member' }[];
  results: [lessonId: string, memberId: string | null, firstAt: string][];
};

/**
 * Progress for many viewers in one round trip through hvs_household_progress (migration 007), whose plan the
 * database keeps; in the viewers' order, null for a viewer with no household.
 */
export async function progressRows(
  db: Db,
  viewerIds: string[],
  required: readonly string[],
): Promise<(ProgressRow | null)[]> {
  const { rows } = await sql<{ n: number; view: ProgressRow | null }>`
    select v.n::int as n, hvs_household_progress(v.viewer, ${[...required]}::text[]) as view
    from unnest(${viewerIds}::uuid[]) with ordinality as v(viewer, n)`.execute(db);
  const views: (ProgressRow | null)[] = viewerIds.map(() => null);
  for (const r of rows) views[r.n - 1] = r.view;
  return views;
}

/**
 * PGlite has no autovacuum, and scans of the stats tables slow down several-fold as the triggers' old row versions
 * pile up: the service calls this now and then.
 */
export async function vacuumStats(db: Db): Promise<void> {
  await sql`vacuum analyze household_stats, completion_weeks`.execute(db);
}
