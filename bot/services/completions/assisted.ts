import type { AssistedBody } from '../../../src/core/api/staff-schemas';
import type { AssistedResult } from '../../../src/core/api/staff-views';
import type { LessonIndex } from '../../content/lesson-index';
import { ServiceError } from '../../../src/core/api/outcomes';
import type { Completions } from './completions';
import type { StaffAccess, StaffContext } from '../access/staff-access';

/**
 * "Cầm tay chỉ việc": a team member sat with the resident through a lesson and its quiz and records the result,
 * marked `assisted` with who recorded it. This service only decides who may; the result goes through the same write
 * path as every other (pass rule, idempotency on the device's id, the household event).
 */
export function createAssisted(deps: { access: StaffAccess; lessons: LessonIndex; completions: Completions }) {
  const { access } = deps;
  return {
    async record(ctx: StaffContext, householdId: string, body: AssistedBody): Promise<AssistedResult> {
      access.allow(ctx, 'team', 'ward_admin');
      await access.household(ctx, householdId);
      const lesson = deps.lessons.lessons.get(body.lessonId);
      if (!lesson)
        throw new ServiceError('unknown_lesson', `lessonId: there is no lesson "${body.lessonId}"`, 'lessonId');
      const memberId = body.memberId ?? null;
      const { status, passed } = await deps.completions.record(
        { source: 'assisted', householdId, memberId, recordedBy: ctx.memberId },
        {
          id: body.id,
          lessonId: body.lessonId,
          lessonVersion: lesson.vi.version,
          score: body.score,
          completedAt: body.completedAt,
        },
      );
      return {
        id: body.id,
        householdId,
        memberId,
        lessonId: body.lessonId,
        source: 'assisted',
        recordedBy: ctx.memberId,
        passed,
        score: body.score,
        completedAt: new Date(body.completedAt).toISOString(),
        status,
      };
    },
  };
}

export type Assisted = ReturnType<typeof createAssisted>;
