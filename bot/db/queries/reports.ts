import { sql } from 'kysely';
import type { Db } from '../open-database';
import type { KeyCounts, ReportKey } from '../../../src/core/reports/report-keys';

// The ward reports' reads. The roll-ups kept by migration 013's triggers are sums of a few hundred rows, never a
// recount of households; group ids are tổ ids (areaCounts) or ward ids (wardCounts, for the city).

type Row = { g: string; key: string; n: number };

function group(rows: Row[]): Map<string, KeyCounts> {
  const out = new Map<string, KeyCounts>();
  for (const r of rows) {
    const c = out.get(r.g) ?? {};
    c[r.key as ReportKey] = Number(r.n);
    out.set(r.g, c);
  }
  return out;
}

/** Households per key in each tổ asked for. */
export async function areaCounts(db: Db, areaIds: string[]): Promise<Map<string, KeyCounts>> {
  if (!areaIds.length) return new Map();
  const { rows } =
    await sql<Row>`select area_id as g, key, sum(n)::int as n from report_counts where area_id in (${sql.join(areaIds)}) group by 1, 2`.execute(
      db,
    );
  return group(rows);
}

/** The net change per key of these tổ since a day (inclusive, yyyy-mm-dd): the pace of the last weeks. */
export async function gainedSince(db: Db, areaIds: string[], fromDay: string): Promise<KeyCounts> {
  if (!areaIds.length) return {};
  const { rows } =
    await sql<Row>`select 'all' as g, key, sum(n)::int as n from report_days where area_id in (${sql.join(areaIds)}) and day >= ${fromDay} group by 2`.execute(
      db,
    );
  return group(rows).get('all') ?? {};
}

/** The net change per month (yyyy-mm) of some keys: the month-end trend is their running sum. */
export async function monthlyChanges(
  db: Db,
  areaIds: string[],
  keys: ReportKey[],
): Promise<{ month: string; key: ReportKey; n: number }[]> {
  if (!areaIds.length) return [];
  const { rows } = await sql<{
    month: string;
    key: ReportKey;
    n: number;
  }>`select to_char(day, 'YYYY-MM') as month, key, sum(n)::int as n from report_days
    where area_id in (${sql.join(areaIds)}) and key in (${sql.join(keys)}) group by 1, 2 order by 1`.execute(db);
  return rows;
}

/** Households per key in each ward (the city's overview): the tổ's rows summed by their ward. */
export async function wardCounts(db: Db, keys: ReportKey[]): Promise<Map<string, KeyCounts>> {
  const { rows } =
    await sql<Row>`select a.ward_id as g, r.key, sum(r.n)::int as n from report_counts r join areas a on a.id = r.area_id
    where r.key in (${sql.join(keys)}) group by 1, 2`.execute(db);
  return group(rows);
}

/**
 * The net change per key and ward since a day: every ward's pace in one read. It adds up per tổ first and joins the
 * 2,280 tổ to their ward after: joining each of the window's 150,000 day rows took twice as long at 1.3 M households.
 */
export async function wardGainsSince(db: Db, keys: ReportKey[], fromDay: string): Promise<Map<string, KeyCounts>> {
  const { rows } = await sql<Row>`select a.ward_id as g, s.key, sum(s.n)::int as n
    from (select area_id, key, sum(n) as n from report_days where day >= ${fromDay} and key in (${sql.join(keys)}) group by 1, 2) s join areas a on a.id = s.area_id
    group by 1, 2`.execute(db);
  return group(rows);
}

/** The newest questions the bot could not answer, of one ward's residents. */
export async function recentUnanswered(
  db: Db,
  wardId: string,
  limit: number,
): Promise<{ text: string; top_faq: string | null; at: Date }[]> {
  return db
    .selectFrom('unanswered_questions')
    .select(['text', 'top_faq', sql<Date>`at`.as('at')])
    .where('ward_id', '=', wardId)
    .orderBy('at', 'desc')
    .limit(limit)
    .execute();
}
