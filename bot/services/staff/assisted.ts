import type { AssistedBody } from '../../../src/core/api/staff-schemas';
import type { AssistedResult } from '../../../src/core/api/staff-views';
import { passFromScore } from '../../../src/core/quiz/pass-rule';
import type { LessonIndex } from '../../content/lesson-index';
import type { Db } from '../../db/open-database';
import { ApiError } from '../../http/api-error';
import type { StaffAccess, StaffContext } from './staff-access';

/**
 * "Cầm tay chỉ việc": a team member sat with the resident through a lesson and its quiz and records the result,
 * marked `assisted` with who recorded it. Idempotent on the id the team member's device generated.
 */
export function createAssisted(deps: { db: Db; access: StaffAccess; lessons: LessonIndex; onChanged?: (householdId: string) => void }) {
  const { db, access } = deps;
  return {
    async record(ctx: StaffContext, householdId: string, body: AssistedBody): Promise<AssistedResult> {
      access.allow(ctx, 'team', 'ward_admin');
      await access.household(ctx, householdId);
      const lesson = deps.lessons.lessons.get(body.lessonId);
      if (!lesson) throw new ApiError(400, 'unknown_lesson', `lessonId: there is no lesson "${body.lessonId}"`, 'lessonId');
      if (body.memberId) {
        const m = await db.selectFrom('members').select(['household_id', 'consent_at']).where('id', '=', body.memberId).executeTakeFirst();
        if (m?.household_id !== householdId) throw new ApiError(400, 'invalid_input', 'memberId: this person is not a member of the household', 'memberId');
        // A resident who declined the data notice keeps results off the server: record it for the household instead.
        if (!m.consent_at) throw new ApiError(409, 'member_no_consent', 'This member has not agreed to the data notice; record the result for the household without choosing a member.', 'memberId');
      }
      // The same rule as every other result: the pass comes from the score, not from the form's flag.
      const passed = passFromScore(body.score, lesson.vi.quiz.length);
      const inserted = await db
        .insertInto('completions')
        .values({
          id: body.id,
          member_id: body.memberId ?? null,
          household_id: householdId,
          lesson_id: body.lessonId,
          lesson_version: lesson.vi.version,
          score: body.score,
          passed,
          completed_at: body.completedAt,
          source: 'assisted',
          recorded_by: ctx.memberId,
        })
        .onConflict((oc) => oc.column('id').doNothing())
        .returning('id')
        .executeTakeFirst();
      const result = { id: body.id, householdId, memberId: body.memberId ?? null, lessonId: body.lessonId, source: 'assisted' as const, recordedBy: ctx.memberId, passed, score: body.score, completedAt: new Date(body.completedAt).toISOString() };
      if (inserted) {
        deps.onChanged?.(householdId);
        return { ...result, status: 'recorded' };
      }
      const existing = await db.selectFrom('completions').select(['household_id', 'lesson_id', 'source']).where('id', '=', body.id).executeTakeFirst();
      if (existing?.household_id !== householdId || existing.lesson_id !== body.lessonId || existing.source !== 'assisted') {
        throw new ApiError(409, 'id_conflict', 'id: this id was already used for a different result; generate a new one', 'id');
      }
      return { ...result, status: 'duplicate' };
    },
  };
}

export type Assisted = ReturnType<typeof createAssisted>;
