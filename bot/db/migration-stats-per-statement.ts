import { sql, type Kysely, type Migration } from 'kysely';

// New results now arrive in batches (group commit). A row trigger would update a household's stats once per result
// and lock stats rows in whatever order the batch happened to be in, so two batches could deadlock. One trigger per
// statement sees the whole batch (a transition table), locks stats rows in household order, and adds each tổ dân
// phố's weekly count once. Edits and deletions stay on the row trigger: they are rare and recount the household.

const ADDED = `create function hvs_stats_completions_added() returns trigger language plpgsql as $$
begin
  perform 1 from household_stats where household_id in (select household_id from added) order by household_id for update;
  update household_stats st set
    passed = case when a.lessons = '{}' then st.passed else array(select distinct x from unnest(st.passed || a.lessons) x order by x) end,
    last_result_at = greatest(st.last_result_at, a.last_at)
  from (
    select household_id, coalesce(array_agg(distinct lesson_id) filter (where passed), '{}') as lessons, max(completed_at) as last_at
    from added group by household_id
  ) a
  where st.household_id = a.household_id;
  insert into completion_weeks (area_id, week, shard, n)
  select st.area_id, hvs_week(a.completed_at), hvs_shard(a.household_id), count(*)
  from added a join household_stats st on st.household_id = a.household_id
  where a.passed
  group by 1, 2, 3
  order by 1, 2, 3
  on conflict (area_id, week, shard) do update set n = completion_weeks.n + excluded.n;
  return null;
end $$`;

export const statsPerStatementMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await sql`drop trigger hvs_stats_completion on completions`.execute(db);
    await sql`create trigger hvs_stats_completion after update or delete on completions for each row execute function hvs_stats_completion()`.execute(
      db,
    );
    await sql.raw(ADDED).execute(db);
    await sql`create trigger hvs_stats_completions_added after insert on completions referencing new table as added for each statement execute function hvs_stats_completions_added()`.execute(
      db,
    );
  },
  async down(db: Kysely<unknown>) {
    await sql`drop trigger hvs_stats_completions_added on completions`.execute(db);
    await sql`drop function hvs_stats_completions_added()`.execute(db);
    await sql`drop trigger hvs_stats_completion on completions`.execute(db);
    await sql`create trigger hvs_stats_completion after insert or update or delete on completions for each row execute function hvs_stats_completion()`.execute(
      db,
    );
  },
};
