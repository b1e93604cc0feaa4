import { sql, type Kysely, type Migration } from 'kysely';
import { SURVEY_TRIGGER_008 } from './migration-list-columns';
import { SURVEY_VISIT_FUNCTION } from './rules-sql';

// Migration 008 wrote "the survey calls for a visit" inside the survey trigger, so changing the rule needed a
// migration. The trigger now calls hvs_survey_visit(), which the rules module defines (and the service redefines at
// start when the rule changed). This migration creates the current rule; later rule changes are no migration.
/** The survey trigger as 010 wrote it (013 adds the report keys and restores this on down). */
export const SURVEY_TRIGGER_010 = (
  visit: string,
) => `create or replace function hvs_stats_survey() returns trigger language plpgsql as $$
begin
  if tg_op = 'DELETE' then
    update household_stats set survey_at = null, survey_visit = false where household_id = old.household_id;
  else
    update household_stats set survey_at = new.updated_at, survey_visit = ${visit}
    where household_id = new.household_id;
  end if;
  return null;
end $$`;

export const surveyVisitRuleMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await sql.raw(SURVEY_VISIT_FUNCTION).execute(db);
    await sql.raw(SURVEY_TRIGGER_010('hvs_survey_visit(new.answers)')).execute(db);
  },
  async down(db: Kysely<unknown>) {
    await sql.raw(SURVEY_TRIGGER_008.replace('create function', 'create or replace function')).execute(db);
    await sql`drop function hvs_survey_visit(jsonb)`.execute(db);
  },
};
