import { sql, type RawBuilder } from 'kysely';
import { VISIT_AFTER_DAYS } from '../../../src/core/survey/survey';

// SQL twins of the rules in src/core (household status, needsVisit), over household_stats `st` and surveys `s`.
// The API tests check that the list's flags agree with the core functions used by the detail page.

/** Required lessons passed: one containment test each, so no per-row subquery. */
export function doneSql(required: readonly string[]): RawBuilder<number> {
  if (!required.length) return sql<number>`0`;
  return sql<number>`(${sql.join(required.map((l) => sql`(st.passed @> array[${l}]::text[])::int`), sql` + `)})`;
}

export const lastActivitySql = sql<Date | null>`greatest(st.last_result_at, s.updated_at)`;

/** needsVisit(): no survey, VNeID below level 2, no smartphone, or unfinished and quiet for 30 days. */
export function needsVisitSql(required: readonly string[], now: Date): RawBuilder<boolean> {
  const cutoff = new Date(now.getTime() - VISIT_AFTER_DAYS * 86_400_000);
  const complete = required.length ? sql`st.passed @> array[${sql.join(required)}]::text[]` : sql`false`;
  return sql<boolean>`(s.household_id is null
    or (s.answers->'uses'->>'vneidLevel')::int < 2
    or (s.answers->'devices'->>'smartphone')::boolean is not true
    or (not ${complete} and coalesce(${lastActivitySql} >= ${cutoff}, false) = false))`;
}
