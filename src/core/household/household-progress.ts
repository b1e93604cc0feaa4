/** A passed (or failed) quiz as the household rule needs it. */
export type MemberResult = { lessonId: string; memberId: string | null; passed: boolean; completedAt: string };

export type LessonStatus = { lessonId: string; done: boolean; doneBy: string[]; firstDoneAt?: string };

export type HouseholdProgress = {
  lessons: LessonStatus[];
  doneCount: number;
  total: number;
  complete: boolean;
  completedAt?: string;
};

/** A household is complete when it passed every required lesson; with nothing required, never. */
export const isComplete = (doneCount: number, total: number) => total > 0 && doneCount >= total;

/**
 * A household's last activity: its latest result (passed or not) or survey answer, whichever is newer; both mean
 * someone engaged with it. ISO timestamps; null when nothing happened yet.
 */
export function lastActivity(
  latestResultAt: string | null | undefined,
  surveyAt: string | null | undefined,
): string | null {
  return (
    [latestResultAt, surveyAt]
      .filter((x): x is string => Boolean(x))
      .sort()
      .at(-1) ?? null
  );
}

/**
 * The movement's rule: a household has learned when every required lesson has been passed by at least one member.
 * Failed attempts count for nothing; the completion date is when the last required lesson was first passed.
 */
export function householdProgress(required: readonly string[], results: readonly MemberResult[]): HouseholdProgress {
  const lessons = required.map((lessonId): LessonStatus => {
    const passes = results
      .filter((r) => r.lessonId === lessonId && r.passed)
      .sort((a, b) => a.completedAt.localeCompare(b.completedAt));
    const doneBy = [...new Set(passes.map((p) => p.memberId).filter((m): m is string => m !== null))];
    return { lessonId, done: passes.length > 0, doneBy, firstDoneAt: passes[0]?.completedAt };
  });
  const doneCount = lessons.filter((l) => l.done).length;
  const complete = isComplete(doneCount, required.length);
  const completedAt = complete
    ? lessons
        .map((l) => l.firstDoneAt ?? '')
        .sort()
        .at(-1)
    : undefined;
  return { lessons, doneCount, total: required.length, complete, completedAt };
}
