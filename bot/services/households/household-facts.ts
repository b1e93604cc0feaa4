import type { HistoryEntry, SurveyView } from '../../../src/core/api/staff-views';
import { householdProgress, lastActivity as lastActivityOf } from '../../../src/core/household/household-progress';
import { needsVisit, type SurveyAnswers } from '../../../src/core/survey/survey';
import type { Db } from '../../db/open-database';
import { householdResults } from '../../db/queries/completions';
import { surveyOf } from '../../db/queries/households';

const iso = (d: Date | string) => new Date(d).toISOString();

export async function readSurvey(db: Db, householdId: string): Promise<SurveyView | null> {
  const s = await surveyOf(db, householdId);
  return s ? { answers: s.answers as SurveyAnswers, filledBy: s.filled_by, updatedAt: iso(s.updated_at) } : null;
}

/** Everything the detail page and the visit rule need about one household, read in parallel. */
export async function householdFacts(db: Db, householdId: string, required: readonly string[], now: Date) {
  const [rows, survey] = await Promise.all([householdResults(db, householdId), readSurvey(db, householdId)]);
  const history: HistoryEntry[] = rows.map((r) => ({
    at: iso(r.completed_at),
    lessonId: r.lesson_id,
    memberName: r.member_name,
    source: r.source,
    passed: r.passed,
    score: r.score,
    recordedBy: r.recorded_by,
  }));
  const progress = householdProgress(
    required,
    rows.map((r) => ({
      lessonId: r.lesson_id,
      memberId: r.member_id,
      passed: r.passed,
      completedAt: iso(r.completed_at),
    })),
  );
  const lastActivity = lastActivityOf(history[0]?.at, survey?.updatedAt);
  return {
    history,
    progress,
    survey,
    lastActivity,
    needsVisit: needsVisit({ complete: progress.complete, lastActivity }, survey?.answers ?? null, now),
  };
}
