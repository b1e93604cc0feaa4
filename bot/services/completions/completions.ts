import type { CompletionBody, CompletionResult, PracticeRoundBody } from '../../../src/core/api/schemas';
import { passFromScore } from '../../../src/core/quiz/pass-rule';
import type { Db } from '../../db/open-database';
import type { CompletionTable } from '../../db/schema';
import { naturalBatch } from '../../db/natural-batch';
import { memberById } from '../../db/queries/access';
import { insertResult, resultById } from '../../db/queries/completions';
import { insertPracticeRound, practiceRoundPlayer } from '../../db/queries/practice';
import { ServiceError } from '../../../src/core/api/outcomes';
import { insertBatch, type Row } from './completion-batch';
import type { HouseholdEvents } from '../households/household-events';
import type { Members } from '../access/members';

export type Source = CompletionTable['source'];

/** Lesson id → number of quiz questions: what the service needs to apply the pass rule itself. */
export type QuizSizes = ReadonlyMap<string, number>;

/**
 * Who a result is for and which channel sent it. A resident (app or chat) records for their own household; a team
 * member records an assisted result for a household they look after, for one member or for the household only.
 */
export type Writer =
  | { source: 'app' | 'bot'; memberId: string }
  | { source: 'assisted'; householdId: string; memberId: string | null; recordedBy: string };

/** A result as a channel sends it (any `passed` flag in it is ignored). */
export type ResultInput = CompletionBody;
/** A result as it is stored: `passed` is the service's. */
export type CheckedResult = CompletionBody & { passed: boolean };

export type Recorded = CompletionResult;

/**
 * The result as it is stored: a known lesson, and `passed` from the score by the one pass rule. The client's flag is
 * never trusted: the probe recorded a pass with a score of 0.
 */
export function checkedResult(quizSizes: QuizSizes, body: ResultInput): CheckedResult {
  const total = quizSizes.get(body.lessonId);
  if (total === undefined)
    throw new ServiceError('unknown_lesson', `lessonId: there is no lesson "${body.lessonId}"`, 'lessonId');
  return { ...body, passed: passFromScore(body.score, total) };
}

/**
 * The one write path for quiz results, whatever the channel (app, chat, assisted): lesson check, the pass rule,
 * idempotency on the client-generated id, `id_conflict` for a reused id, and one "household changed" event.
 */
export function createCompletions(deps: {
  db: Db;
  members: Members;
  quizSizes: QuizSizes;
  backend: 'pglite' | 'postgres';
  events: HouseholdEvents;
}) {
  const { db, members, quizSizes, events } = deps;

  /** A duplicate is the same result sent again by the same writer; anything else under that id is a conflict. */
  async function duplicateOrConflict(writer: Writer, body: CheckedResult): Promise<Recorded> {
    const existing = await resultById(db, body.id);
    const sameWriter =
      writer.source === 'assisted'
        ? existing?.household_id === writer.householdId && existing.source === 'assisted'
        : existing?.member_id === writer.memberId;
    if (!existing || !sameWriter || existing.lesson_id !== body.lessonId) {
      throw new ServiceError(
        'id_conflict',
        'id: this id was already used for a different result; generate a new one',
        'id',
      );
    }
    return { id: body.id, status: 'duplicate', passed: existing.passed };
  }

  async function insertOne(writer: Writer, householdId: string, body: CheckedResult): Promise<Recorded> {
    const inserted = await insertResult(db, {
      id: body.id,
      member_id: writer.memberId,
      household_id: householdId,
      lesson_id: body.lessonId,
      lesson_version: body.lessonVersion,
      score: body.score,
      passed: body.passed,
      completed_at: body.completedAt,
      source: writer.source,
      recorded_by: writer.source === 'assisted' ? writer.recordedBy : null,
    });
    if (!inserted) return duplicateOrConflict(writer, body);
    void events.changed({ householdId });
    return { id: body.id, status: 'recorded', passed: body.passed };
  }

  async function householdOf(memberId: string) {
    const m = await members.requireConsent(memberId);
    if (!m.household_id)
      throw new ServiceError(
        'no_household',
        'Join or create a household first; until then results stay on your phone.',
      );
    return m.household_id;
  }

  /** A team member may record for a household member only if that person agreed to the data notice. */
  async function checkAssistedMember(householdId: string, memberId: string | null) {
    if (!memberId) return;
    const m = await memberById(db, memberId);
    if (m?.household_id !== householdId)
      throw new ServiceError('invalid_input', 'memberId: this person is not a member of the household', 'memberId');
    // A resident who declined the data notice keeps results off the server: record it for the household instead.
    if (!m.consent_at)
      throw new ServiceError(
        'member_no_consent',
        'This member has not agreed to the data notice; record the result for the household without choosing a member.',
        'memberId',
      );
  }

  // Concurrent resident results share one INSERT (and one commit); see natural-batch.ts for why. PGlite runs one
  // statement at a time anyway; on PostgreSQL a second batch builds while the first one's WAL flush is under way.
  const batches = naturalBatch((rows: Row[]) => insertBatch(db, rows), {
    maxBatch: 256,
    maxInFlight: deps.backend === 'pglite' ? 1 : 2,
  });

  async function record(writer: Writer, sent: ResultInput): Promise<Recorded> {
    const body = checkedResult(quizSizes, sent);
    if (writer.source === 'assisted') {
      await checkAssistedMember(writer.householdId, writer.memberId);
      return insertOne(writer, writer.householdId, body);
    }
    // The resident's hot path: one statement checks consent and household membership and inserts, so a write costs
    // one round trip, shared with whatever else arrived meanwhile. Only when nothing was inserted do we look closer,
    // to say why (duplicate, no consent, no household).
    const stored = await batches.submit({ memberId: writer.memberId, body, source: writer.source });
    if (stored instanceof Error) throw stored;
    if (!stored) return insertOne(writer, await householdOf(writer.memberId), body);
    void events.changed({ memberId: writer.memberId });
    return { id: body.id, status: 'recorded', passed: body.passed };
  }

  /**
   * A "Thật hay lừa?" round: a result of another kind, through the same checks (consent, household, idempotency on the
   * device's id). It changes no lesson progress, so it sends no household event.
   */
  async function recordPractice(
    writer: { source: 'app' | 'bot'; memberId: string },
    body: PracticeRoundBody,
  ): Promise<{ id: string; status: 'recorded' | 'duplicate' }> {
    const householdId = await householdOf(writer.memberId);
    const inserted = await insertPracticeRound(db, {
      id: body.id,
      member_id: writer.memberId,
      household_id: householdId,
      scams_shown: body.scamsShown,
      scams_caught: body.scamsCaught,
      genuine_shown: body.genuineShown,
      genuine_flagged: body.genuineFlagged,
      played_at: body.playedAt,
      source: writer.source,
    });
    if (inserted) return { id: body.id, status: 'recorded' };
    if ((await practiceRoundPlayer(db, body.id)) !== writer.memberId)
      throw new ServiceError(
        'id_conflict',
        'id: this id was already used for a different result; generate a new one',
        'id',
      );
    return { id: body.id, status: 'duplicate' };
  }

  return {
    record,
    recordPractice,
    /**
     * An offline outbox arrives as a batch; each item succeeds or fails on its own so one bad item blocks nothing.
     * The items go through the hot path together, so a whole outbox is usually one statement.
     */
    async recordBatch(memberId: string, items: ResultInput[]) {
      await householdOf(memberId); // without consent or a household the whole outbox waits, with one answer saying why
      return Promise.all(
        items.map(
          async (
            item,
          ): Promise<Recorded | { id: string; status: 'rejected'; error: { code: string; message: string } }> => {
            try {
              return await record({ source: 'app', memberId }, item);
            } catch (err) {
              if (!(err instanceof ServiceError)) throw err;
              return { id: item.id, status: 'rejected', error: { code: err.code, message: err.message } };
            }
          },
        ),
      );
    },
  };
}

export type Completions = ReturnType<typeof createCompletions>;
