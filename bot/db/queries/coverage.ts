import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../open-database';
import { inRange, type DateRange } from './date-range-sql';
import { completeSql, lessonPassedSql, needsVisitSql, surveyedSql } from '../rules-sql';

export type AreaCount = { area_id: string; households: number; completed: number };
export type Counts = {
  byArea: AreaCount[];
  byLesson: Map<string, number>;
  survey?: { filled: number; needsVisit: number };
};
type Scope = { db: Db; areaIds: string[]; required: string[] };

const list = (xs: string[]) => (xs.length ? sql.join(xs) : sql`null`);
// hvs_week (household-stats.ts): the Monday of the Vietnamese week, the same function completion_weeks is kept by.
const week: RawBuilder<string> = sql`to_char(hvs_week(c.completed_at), 'YYYY-MM-DD')`;

/**
 * Without a date range everything comes from one pass over household_stats (one row a household, kept by triggers):
 * households and completions per tổ dân phố, households per required lesson, survey answers and visits due.
 */
export async function currentCounts({ db, areaIds, required }: Scope, now: Date): Promise<Counts> {
  const perLesson = required.map(
    (_, i) => sql`count(*) filter (where ${lessonPassedSql(i)})::int as ${sql.raw(`l${i}`)}`,
  );
  const { rows } = await sql<AreaCount & { filled: number; needs_visit: number } & Record<string, number>>`
    select st.area_id, count(*)::int as households, count(*) filter (where ${completeSql(required)})::int as completed,
      count(*) filter (where ${surveyedSql})::int as filled, count(*) filter (where ${needsVisitSql(required, now)})::int as needs_visit
      ${perLesson.length ? sql`, ${sql.join(perLesson)}` : sql``}
    from household_stats st where st.area_id in (${sql.join(areaIds)}) group by st.area_id`.execute(db);
  const sum = (key: string) => rows.reduce((s, r) => s + Number(r[key] ?? 0), 0);
  return {
    byArea: rows,
    byLesson: new Map(required.map((l, i) => [l, sum(`l${i}`)])),
    survey: { filled: sum('filled'), needsVisit: sum('needs_visit') },
  };
}

/** With a range only results completed inside it count, so they are read from completions. */
export async function rangeCounts({ db, areaIds, required }: Scope, range: DateRange): Promise<Counts> {
  const passes = sql`select c.household_id, c.lesson_id from completions c join household_stats st on st.household_id = c.household_id
    where st.area_id in (${sql.join(areaIds)}) and c.passed and c.lesson_id in (${list(required)}) and ${inRange(sql`c.completed_at`, range)}`;
  const [byArea, byLesson] = await Promise.all([
    sql<AreaCount>`with done as (select household_id from (${passes}) p group by household_id having count(distinct lesson_id) = ${required.length})
      select st.area_id, count(*)::int as households, count(done.household_id)::int as completed
      from household_stats st left join done on done.household_id = st.household_id where st.area_id in (${sql.join(areaIds)}) group by st.area_id`.execute(
      db,
    ),
    sql<{
      lesson_id: string;
      n: number;
    }>`select lesson_id, count(distinct household_id)::int as n from (${passes}) p group by lesson_id`.execute(db),
  ]);
  return { byArea: byArea.rows, byLesson: new Map(byLesson.rows.map((r) => [r.lesson_id, r.n])) };
}

/** Passed results per week (Monday, Vietnam time): kept by triggers in completion_weeks, or counted within a range. */
export async function weeklyCounts({ db, areaIds }: Scope, range: DateRange) {
  const { rows } =
    range.from || range.toExclusive
      ? await sql<{ week: string; n: number }>`select ${week} as week, count(*)::int as n
          from completions c join household_stats st on st.household_id = c.household_id
          where st.area_id in (${sql.join(areaIds)}) and c.passed and ${inRange(sql`c.completed_at`, range)} group by 1 order by 1`.execute(
          db,
        )
      : await sql<{
          week: string;
          n: number;
        }>`select to_char(week, 'YYYY-MM-DD') as week, sum(n)::int as n from completion_weeks
          where area_id in (${sql.join(areaIds)}) group by week having sum(n) > 0 order by week`.execute(db);
  return rows;
}

/** Survey answers and households due a visit, as of now. */
export async function surveyCounts({ db, areaIds, required }: Scope, now: Date) {
  const { rows } = await sql<{
    filled: number;
    needs_visit: number;
  }>`select count(*) filter (where ${surveyedSql})::int as filled, count(*) filter (where ${needsVisitSql(required, now)})::int as needs_visit
    from household_stats st where st.area_id in (${sql.join(areaIds)})`.execute(db);
  return { filled: rows[0]?.filled ?? 0, needsVisit: rows[0]?.needs_visit ?? 0 };
}

export type PracticeCount = {
  area_id: string;
  rounds: number;
  scams_shown: number;
  scams_caught: number;
  genuine_shown: number;
  genuine_flagged: number;
};

/** "Thật hay lừa?" rounds per tổ dân phố, played in the range: sums of the four counts, never a person's round. */
export async function practiceCounts({ db, areaIds }: Scope, range: DateRange): Promise<PracticeCount[]> {
  const { rows } = await sql<PracticeCount>`
    select h.area_id, count(*)::int as rounds, sum(p.scams_shown)::int as scams_shown, sum(p.scams_caught)::int as scams_caught,
      sum(p.genuine_shown)::int as genuine_shown, sum(p.genuine_flagged)::int as genuine_flagged
    from practice_rounds p join households h on h.id = p.household_id
    where h.area_id in (${sql.join(areaIds)}) and ${inRange(sql`p.played_at`, range)} group by h.area_id`.execute(db);
  return rows;
}
