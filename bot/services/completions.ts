import type { CompletionBody, CompletionResult } from '../../src/core/api/schemas';
import { passFromScore } from '../../src/core/quiz/pass-rule';
import type { Db } from '../db/open-database';
import type { CompletionTable } from '../db/schema';
import { naturalBatch } from '../db/natural-batch';
import { ApiError } from '../http/api-error';
import { insertBatch, type Row } from './completion-batch';
import type { Members } from './members';

export type Source = CompletionTable['source'];

/** Lesson id → number of quiz questions: what the service needs to apply the pass rule itself. */
export type QuizSizes = ReadonlyMap<string, number>;

/**
 * The result as it is stored: a known lesson, and `passed` from the score by the one pass rule. The client's flag is
 * never trusted: the probe recorded a pass with a score of 0.
 */
export function checkedResult(quizSizes: QuizSizes, body: CompletionBody): CompletionBody {
  const total = quizSizes.get(body.lessonId);
  if (total === undefined) throw new ApiError(400, 'unknown_lesson', `lessonId: there is no lesson "${body.lessonId}"`, 'lessonId');
  return { ...body, passed: passFromScore(body.score, total) };
}

/** Records quiz results for a member's household. Writes are idempotent on the client-generated id. */
export function createCompletions(db: Db, members: Members, quizSizes: QuizSizes, backend: 'pglite' | 'postgres') {
  async function recordFor(memberId: string, householdId: string, sent: CompletionBody, source: Source, recordedBy: string | null): Promise<CompletionResult> {
    const body = checkedResult(quizSizes, sent);
    const inserted = await db
      .insertInto('completions')
      .values({
        id: body.id,
        member_id: memberId,
        household_id: householdId,
        lesson_id: body.lessonId,
        lesson_version: body.lessonVersion,
        score: body.score,
        passed: body.passed,
        completed_at: body.completedAt,
        source,
        recorded_by: recordedBy,
      })
      .onConflict((oc) => oc.column('id').doNothing())
      .returning('id')
      .executeTakeFirst();
    if (inserted) return { id: body.id, status: 'recorded' };
    const existing = await db.selectFrom('completions').select(['member_id', 'lesson_id']).where('id', '=', body.id).executeTakeFirst();
    if (existing?.member_id !== memberId || existing.lesson_id !== body.lessonId) {
      throw new ApiError(409, 'id_conflict', 'id: this id was already used for a different result; generate a new one', 'id');
    }
    return { id: body.id, status: 'duplicate' };
  }

  async function householdOf(memberId: string) {
    const m = await members.requireConsent(memberId);
    if (!m.household_id) throw new ApiError(409, 'no_household', 'Join or create a household first; until then results stay on your phone.');
    return m.household_id;
  }

  // Concurrent app results share one INSERT (and one commit); see natural-batch.ts for why. PGlite runs one statement
  // at a time anyway; on PostgreSQL a second batch builds while the first one's WAL flush is under way.
  const batches = naturalBatch((rows: Row[]) => insertBatch(db, rows), { maxBatch: 256, maxInFlight: backend === 'pglite' ? 1 : 2 });

  /**
   * The hot path: one statement checks consent and household membership and inserts, so a write costs one round
   * trip, shared with whatever else arrived meanwhile. Only when nothing was inserted do we look closer, to say why
   * (duplicate, no consent, no household).
   */
  async function record(memberId: string, sent: CompletionBody, source: Source = 'app'): Promise<CompletionResult> {
    const body = checkedResult(quizSizes, sent);
    const stored = await batches.submit({ memberId, body, source });
    if (stored instanceof Error) throw stored;
    if (stored) return { id: body.id, status: 'recorded' };
    return recordFor(memberId, await householdOf(memberId), body, source, null);
  }

  return {
    record,
    /**
     * An offline outbox arrives as a batch; each item succeeds or fails on its own so one bad item blocks nothing.
     * The items go through the hot path together, so a whole outbox is usually one statement.
     */
    async recordBatch(memberId: string, items: CompletionBody[], source: Source = 'app') {
      await householdOf(memberId); // without consent or a household the whole outbox waits, with one answer saying why
      return Promise.all(
        items.map(async (item): Promise<CompletionResult | { id: string; status: 'rejected'; error: { code: string; message: string } }> => {
          try {
            return await record(memberId, item, source);
          } catch (err) {
            if (!(err instanceof ApiError)) throw err;
            return { id: item.id, status: 'rejected', error: { code: err.code, message: err.message } };
          }
        }),
      );
    },
    recordFor,
  };
}

export type Completions = ReturnType<typeof createCompletions>;
