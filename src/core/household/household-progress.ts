/** A passed (or failed) quiz as the household rule needs it. */
export type MemberResult = { lessonId: string; memberId: string | null; passed: boolean; completedAt: string };

export type LessonStatus = { lessonId: string; done: boolean; doneBy: string[]; firstDoneAt?: string };

export type HouseholdProgress = { lessons: LessonStatus[]; doneCount: number; total: number; complete: boolean; completedAt?: string };

/**
 * The movement's rule: a household has learned when every required lesson has been passed by at least one member.
 * Failed attempts count for nothing; the completion date is when the last required lesson was first passed.
 */
export function householdProgress(required: readonly string[], results: readonly MemberResult[]): HouseholdProgress {
  const lessons = required.map((lessonId): LessonStatus => {
    const passes = results.filter((r) => r.lessonId === lessonId && r.passed).sort((a, b) => a.completedAt.localeCompare(b.completedAt));
    const doneBy = [...new Set(passes.map((p) => p.memberId).filter((m): m is string => m !== null))];
    return { lessonId, done: passes.length > 0, doneBy, firstDoneAt: passes[0]?.completedAt };
  });
  const doneCount = lessons.filter((l) => l.done).length;
  const complete = required.length > 0 && doneCount === required.length;
  const completedAt = complete ? lessons.map((l) => l.firstDoneAt ?? '').sort().at(-1) : undefined;
  return { lessons, doneCount, total: required.length, complete, completedAt };
}
