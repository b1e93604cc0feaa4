import { sql, type RawBuilder } from 'kysely';
import { VISIT_AFTER_DAYS } from '../../src/core/survey/survey';
import type { Db } from './open-database';

// The SQL form of each household rule whose home is src/core (householdProgress, householdStatus, visitReasons,
// compareVisitPriority), in one place. Readers compose these over household_stats `st`, whose columns triggers keep
// from the stored facts (results, survey answers). A rule lives here as an expression or as a function the service
// (re)defines at start, never inside a migration: changing a rule is one edit in core and one here.
// tests/api/household-rules.test.ts runs the same cases through both forms, on PGlite and PostgreSQL.

/**
 * visitReasons()'s survey part ('vneid': VNeID below level 2; 'no_smartphone'), over the stored answers. The survey
 * trigger keeps household_stats.survey_visit from it (migration 010); syncRuleFunctions() replaces it when it changed.
 */
const SURVEY_VISIT_BODY = `select coalesce((answers->'uses'->>'vneidLevel')::int < 2, false)
    or (answers->'devices'->>'smartphone')::boolean is not true`;
export const SURVEY_VISIT_FUNCTION = `create or replace function hvs_survey_visit(answers jsonb) returns boolean language sql immutable as $$
  ${SURVEY_VISIT_BODY}
$$`;

/**
 * Brings the rule functions in the database up to this build's (this schema's: another schema on the same server,
 * another deployment or test, has its own), and recomputes what they derived when one changed,
 * in one transaction under a lock (several processes may start at once; the first one does it).
 */
export async function syncRuleFunctions(db: Db) {
  const current = async (q: Db) =>
    (
      await sql<{
        src: string;
      }>`select prosrc as src from pg_proc where proname = 'hvs_survey_visit' and pronamespace = current_schema()::regnamespace`.execute(
        q,
      )
    ).rows[0]?.src;
  const same = (src: string | undefined) => src?.trim() === SURVEY_VISIT_BODY;
  if (same(await current(db))) return;
  await db.transaction().execute(async (trx) => {
    await sql`lock table household_stats in share row exclusive mode`.execute(trx);
    if (same(await current(trx))) return;
    await sql.raw(SURVEY_VISIT_FUNCTION).execute(trx);
    await sql`update household_stats st set survey_visit = hvs_survey_visit(s.answers) from surveys s where s.household_id = st.household_id`.execute(
      trx,
    );
  });
}

// The rest assume `required` is the set the service mirrored into required_lessons at start (syncRequiredLessons),
// so bit n is required[n].

/** householdProgress().doneCount: required lessons passed by anyone in the household. */
export const doneSql = sql<number>`st.required_done`;

/** householdProgress().complete: every required lesson passed (never, when nothing is required). */
export const completeSql = (required: readonly string[]) =>
  required.length ? sql<boolean>`st.required_done = ${required.length}` : sql<boolean>`false`;

/** The household passed required[index]. */
export const lessonPassedSql = (index: number) => sql<boolean>`(st.required_mask & ${1 << index}) <> 0`;

/** householdStatus() as the list filters it, over a row that has `done`. */
export const statusFilterSql = {
  not_started: () => sql<boolean>`done = 0`,
  in_progress: (total: number) => sql<boolean>`done > 0 and done < ${total}`,
  completed: (total: number) => sql<boolean>`${total} > 0 and done >= ${total}`,
};

export const surveyedSql = sql<boolean>`st.survey_at is not null`;

/** Last activity: the latest result or survey. */
export const lastActivitySql = sql<Date | null>`greatest(st.last_result_at, st.survey_at)`;

/** needsVisit(): no survey, a survey reason (hvs_survey_visit), or unfinished and quiet for VISIT_AFTER_DAYS. */
export function needsVisitSql(required: readonly string[], now: Date): RawBuilder<boolean> {
  const cutoff = new Date(now.getTime() - VISIT_AFTER_DAYS * 86_400_000);
  return sql<boolean>`(st.survey_at is null or st.survey_visit
    or (not ${completeSql(required)} and coalesce(${lastActivitySql} >= ${cutoff}, false) = false))`;
}

/** compareVisitPriority(): visits first, least progress, longest quiet (never active first), then code. */
export const visitOrderSql = sql`needs_visit desc, done asc, last_activity asc nulls first, code asc`;
