import { sql, type Kysely, type Migration } from 'kysely';
import { STATS_HOUSEHOLD_FUNCTION } from './household-stats';

// The staff list and coverage read every household of a ward (20,000) on each request. Measured on PostgreSQL, most
// of that time went on taking apart each household's `passed` array six or seven times over (one containment test
// per required lesson: ~25 ms) and on reading the survey's JSON, not on the rows themselves. So household_stats now
// also keeps, through triggers, what those requests compute per row:
// - required_mask / required_done: which required lessons the household passed, as bits, and how many. The required
//   set comes from lessons/program.yaml; the service mirrors it into required_lessons at start (bit = position).
// - survey_at / survey_visit: when the survey was last saved, and whether its answers call for a visit (VNeID below
//   level 2, or no smartphone), the twin of needsVisit() in src/core/survey.
// - code: the household code the list sorts by, so the list need not join households for every row.
// Each statement on its own: PGlite runs one statement per query.

/** The survey trigger as 008 wrote it, with the visit rule inside; 010 moved the rule out and restores this on down. */
export const SURVEY_TRIGGER_008 = `create function hvs_stats_survey() returns trigger language plpgsql as $$
begin
  if tg_op = 'DELETE' then
    update household_stats set survey_at = null, survey_visit = false where household_id = old.household_id;
  else
    update household_stats set survey_at = new.updated_at,
      survey_visit = coalesce((new.answers->'uses'->>'vneidLevel')::int < 2, false) or (new.answers->'devices'->>'smartphone')::boolean is not true
    where household_id = new.household_id;
  end if;
  return null;
end $$`;

const UP = [
  `create table required_lessons (lesson_id text primary key, bit smallint not null unique check (bit between 0 and 30))`,
  `alter table household_stats add column code text, add column required_mask integer not null default 0,
     add column required_done smallint not null default 0, add column survey_at timestamptz, add column survey_visit boolean not null default false`,
  `create function hvs_stats_required() returns trigger language plpgsql as $$
begin
  select coalesce(bit_or(1 << r.bit), 0), count(*) into new.required_mask, new.required_done
  from required_lessons r where r.lesson_id = any(new.passed);
  return new;
end $$`,
  `create trigger hvs_stats_required before insert or update of passed on household_stats for each row execute function hvs_stats_required()`,
  SURVEY_TRIGGER_008,
  `create trigger hvs_stats_survey after insert or update or delete on surveys for each row execute function hvs_stats_survey()`,
  `create or replace function hvs_stats_household() returns trigger language plpgsql as $$
begin
  if tg_op = 'INSERT' then
    insert into household_stats (household_id, area_id, code) values (new.id, new.area_id, new.code) on conflict (household_id) do nothing;
  else
    update household_stats set area_id = new.area_id, code = new.code where household_id = new.id;
  end if;
  return null;
end $$`,
  `drop trigger hvs_stats_household on households`,
  `create trigger hvs_stats_household after insert or update of area_id, code on households for each row execute function hvs_stats_household()`,
  `update household_stats st set code = h.code from households h where h.id = st.household_id`,
  `alter table household_stats alter column code set not null`,
  // Rows of households whose survey has been answered: the trigger's rule, applied once to what is already there.
  `update surveys set updated_at = updated_at`,
];

const DOWN = [
  `drop trigger hvs_stats_survey on surveys`,
  `drop function hvs_stats_survey()`,
  `drop trigger hvs_stats_required on household_stats`,
  `drop function hvs_stats_required()`,
  `drop trigger hvs_stats_household on households`,
  `drop function hvs_stats_household()`,
  STATS_HOUSEHOLD_FUNCTION,
  `create trigger hvs_stats_household after insert or update of area_id on households for each row execute function hvs_stats_household()`,
  `alter table household_stats drop column code, drop column required_mask, drop column required_done, drop column survey_at, drop column survey_visit`,
  `drop table required_lessons`,
];

export const listColumnsMigration: Migration = {
  async up(db: Kysely<unknown>) {
    for (const statement of UP) await sql.raw(statement).execute(db);
  },
  async down(db: Kysely<unknown>) {
    for (const statement of DOWN) await sql.raw(statement).execute(db);
  },
};
