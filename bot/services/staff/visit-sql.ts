import { sql, type RawBuilder } from 'kysely';
import { VISIT_AFTER_DAYS } from '../../../src/core/survey/survey';

// SQL twins of the rules in src/core (household status, needsVisit), over household_stats `st`, whose required_*
// and survey_* columns triggers keep (migration-list-columns). They assume `required` is the set the service mirrored
// into required_lessons at start (syncRequiredLessons), so bit n is required[n].
// The API tests check that the list's flags agree with the core functions used by the detail page.

/** Required lessons passed. */
export const doneSql = sql<number>`st.required_done`;

/** Every required lesson passed (never, when nothing is required). */
export const completeSql = (required: readonly string[]) => (required.length ? sql<boolean>`st.required_done = ${required.length}` : sql<boolean>`false`);

/** The household passed required[index]. */
export const lessonPassedSql = (index: number) => sql<boolean>`(st.required_mask & ${1 << index}) <> 0`;

export const surveyedSql = sql<boolean>`st.survey_at is not null`;

export const lastActivitySql = sql<Date | null>`greatest(st.last_result_at, st.survey_at)`;

/** needsVisit(): no survey, VNeID below level 2, no smartphone, or unfinished and quiet for 30 days. */
export function needsVisitSql(required: readonly string[], now: Date): RawBuilder<boolean> {
  const cutoff = new Date(now.getTime() - VISIT_AFTER_DAYS * 86_400_000);
  return sql<boolean>`(st.survey_at is null or st.survey_visit
    or (not ${completeSql(required)} and coalesce(${lastActivitySql} >= ${cutoff}, false) = false))`;
}
