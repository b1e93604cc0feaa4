import { randomUUID } from 'node:crypto';
import type { Insertable } from 'kysely';
import type { CompletionTable } from '../../bot/db/schema';

/**
 * A quiz result as a `completions` row, for tests that write the table directly (SQL rules, triggers, mirrors):
 * entered by a team member for the household, passed with score 1 or failed with 0.2 unless `over` says otherwise.
 */
export function aResultRow(
  householdId: string,
  lessonId: string,
  over: Partial<Insertable<CompletionTable>> = {},
): Insertable<CompletionTable> {
  const passed = over.passed ?? true;
  return {
    id: randomUUID(),
    member_id: null,
    household_id: householdId,
    lesson_id: lessonId,
    lesson_version: 1,
    score: passed ? 1 : 0.2,
    passed,
    completed_at: new Date(),
    source: 'assisted',
    recorded_by: null,
    ...over,
  };
}
