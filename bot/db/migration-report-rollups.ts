import { sql, type Kysely, type Migration } from 'kysely';
import type { Db } from './open-database';
import { SURVEY_TRIGGER_010 } from './migration-survey-visit-rule';
import { INITIAL_REPORT_FUNCTIONS, recountReports, VN_DAY_FUNCTION } from './report-rules-sql';

// The ward reports (issue 16) count households per tổ and key (report-keys.ts in core). Recounting 20,000 households
// per request was fine for one ward; the city has 1.3 million. So:
// - household_stats.survey_keys: what the household's survey says, as keys, kept by the survey trigger;
// - report_counts: households per tổ, key and shard (4 shards, so concurrent writers in one tổ rarely wait on one
//   row), kept by triggers on household_stats from hvs_report_keys();
// - report_days: the net change per tổ, day (Vietnam time) and key, for the keys a target can be set on: the pace of
//   the last four weeks and the month-end trend are sums over it, and all of a key's days add up to its count.
// The update trigger fires only when something a key depends on changed (the WHEN clause), so the common write, a
// result for a lesson the household had already passed, costs nothing here. The key functions themselves are the
// rules module's (report-rules-sql.ts): created here in a first form, replaced at start from this build's content.

const ROLLUP_FUNCTION = `create function hvs_report_rollup() returns trigger language plpgsql as $$
declare
  before text[] := '{}';
  after text[] := '{}';
  at timestamptz := now();
begin
  if tg_op <> 'INSERT' then before := hvs_report_keys(old.passed, old.required_done, old.survey_at is not null, old.survey_keys); end if;
  if tg_op <> 'DELETE' then after := hvs_report_keys(new.passed, new.required_done, new.survey_at is not null, new.survey_keys); end if;
  if tg_op = 'UPDATE' then
    at := least(coalesce(greatest(new.last_result_at, new.survey_at), now()), now());
    if new.area_id is distinct from old.area_id then
      perform hvs_report_add(old.area_id, old.household_id, before, -1, at);
      perform hvs_report_add(new.area_id, new.household_id, after, 1, at);
      return null;
    end if;
  end if;
  perform hvs_report_add(coalesce(new.area_id, old.area_id), coalesce(new.household_id, old.household_id),
    array(select unnest(before) except select unnest(after)), -1, at);
  perform hvs_report_add(coalesce(new.area_id, old.area_id), coalesce(new.household_id, old.household_id),
    array(select unnest(after) except select unnest(before)), 1, at);
  return null;
end $$`;

const SURVEY_TRIGGER_013 = `create or replace function hvs_stats_survey() returns trigger language plpgsql as $$
begin
  if tg_op = 'DELETE' then
    update household_stats set survey_at = null, survey_visit = false, survey_keys = '{}' where household_id = old.household_id;
  else
    update household_stats set survey_at = new.updated_at, survey_visit = hvs_survey_visit(new.answers), survey_keys = hvs_survey_keys(new.answers)
    where household_id = new.household_id;
  end if;
  return null;
end $$`;

// The city role (issue 16) reads every ward's roll-ups; it belongs to no ward (ward_id 'city').
const roles = (list: string) => [
  `alter table staff drop constraint staff_role_check, add constraint staff_role_check check (role in (${list}))`,
  `alter table staff_invites drop constraint staff_invites_role_check, add constraint staff_invites_role_check check (role in (${list}))`,
];

const UP = [
  ...roles(`'ward_admin', 'team', 'school', 'city'`),
  `alter table household_stats add column survey_keys text[] not null default '{}'`,
  `create table report_counts (area_id text not null, key text not null, shard smallint not null, n integer not null,
     primary key (area_id, key, shard)) with (fillfactor = 50)`,
  `create table report_days (area_id text not null, day date not null, key text not null, n integer not null,
     primary key (area_id, day, key)) with (fillfactor = 70)`,
  // The city's pace reads the last four weeks of every tổ for one to three keys: from this index alone. Measured at
  // 1.3 M households (640,000 day rows): 16 ms a key, against 160 ms scanning the table for all of them.
  `create index report_days_key_day_idx on report_days (key, day) include (area_id, n)`,
  VN_DAY_FUNCTION,
  ...INITIAL_REPORT_FUNCTIONS(),
  ROLLUP_FUNCTION,
  `create trigger hvs_report_change after insert or delete on household_stats for each row execute function hvs_report_rollup()`,
  `create trigger hvs_report_update after update on household_stats for each row
     when (old.area_id is distinct from new.area_id or old.required_done is distinct from new.required_done or old.passed is distinct from new.passed
       or (old.survey_at is null) <> (new.survey_at is null) or old.survey_keys is distinct from new.survey_keys)
     execute function hvs_report_rollup()`,
  SURVEY_TRIGGER_013,
];

const DOWN = [
  SURVEY_TRIGGER_010('hvs_survey_visit(new.answers)'),
  `drop trigger hvs_report_update on household_stats`,
  `drop trigger hvs_report_change on household_stats`,
  `drop function hvs_report_rollup()`,
  `drop function hvs_report_add(text, uuid, text[], integer, timestamptz)`,
  `drop function hvs_report_keys(text[], integer, boolean, text[])`,
  `drop function hvs_survey_keys(jsonb)`,
  `drop function hvs_vn_day(timestamptz)`,
  `drop table report_days`,
  `drop table report_counts`,
  `alter table household_stats drop column survey_keys`,
  `delete from staff_invites where role = 'city'`,
  `delete from staff where role = 'city'`,
  ...roles(`'ward_admin', 'team', 'school'`),
];

export const reportRollupsMigration: Migration = {
  async up(db: Kysely<unknown>) {
    for (const statement of UP) await sql.raw(statement).execute(db);
    await recountReports(db as Db);
  },
  async down(db: Kysely<unknown>) {
    for (const statement of DOWN) await sql.raw(statement).execute(db);
  },
};
