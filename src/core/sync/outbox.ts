import type { CompletionBody, PracticeRoundBody } from '../api/schemas';
import type { Progress } from '../progress/progress';
import { emptyTeamQueue, parseTeamQueue, type TeamQueue } from './team-outbox';

/** A finished quiz waiting on the phone until the service has it. */
export type OutboxItem = CompletionBody;

/** Why an item was given up on: shown to the resident instead of retrying it forever. */
export type SyncNote = { id: string; lessonId: string; code: string; message: string; at: string };

/**
 * The phone's outbox. `reported` lists lessons already queued for the service once, so giving consent later
 * sends earlier passes exactly once.
 */
export type Outbox = {
  items: OutboxItem[];
  reported: string[];
  notes: SyncNote[];
  rounds: PracticeRoundBody[];
} & TeamQueue;

export type BatchItemResult =
  | { id: string; status: 'recorded' | 'duplicate' }
  | { id: string; status: 'rejected'; error: { code: string; message: string } };

/** The service accepts at most this many results in one batch. */
export const MAX_BATCH = 100;
/** Old notes are of no use to anyone; keep the latest few. */
const MAX_NOTES = 20;

export const emptyOutbox = (): Outbox => ({ items: [], reported: [], notes: [], rounds: [], ...emptyTeamQueue() });

/** At most this many practice rounds wait on a phone: a resident playing offline for weeks keeps the latest. */
export const MAX_ROUNDS = 50;

/** Queues a finished practice round: another kind of result in the same outbox, sent by the same runner. */
export function enqueueRound(o: Outbox, round: PracticeRoundBody): Outbox {
  if (o.rounds.some((r) => r.id === round.id)) return o;
  return { ...o, rounds: [...o.rounds, round].slice(-MAX_ROUNDS) };
}

/** Something of the resident's is waiting to be sent (the team's work: hasTeamWaiting). */
export const hasWaiting = (o: Outbox) => o.items.length > 0 || o.rounds.length > 0;

/** Queues a result; an id already queued is not queued twice. */
export function enqueue(o: Outbox, item: OutboxItem): Outbox {
  if (o.items.some((i) => i.id === item.id)) return o;
  const reported = item.passed && !o.reported.includes(item.lessonId) ? [...o.reported, item.lessonId] : o.reported;
  return { ...o, items: [...o.items, item], reported };
}

/** The next items to send, oldest first. */
export const nextBatch = (o: Outbox, max = MAX_BATCH): OutboxItem[] => o.items.slice(0, max);

/** Wait before retry number `failures` (0-based): 2 s, 4 s, 8 s … never more than a minute. */
export function backoffDelay(failures: number, baseMs = 2000, capMs = 60_000): number {
  const n = Math.max(0, Math.min(Math.floor(failures), 30));
  return Math.min(capMs, baseMs * 2 ** n);
}

const note = (item: OutboxItem, code: string, message: string, at: Date): SyncNote => ({
  id: item.id,
  lessonId: item.lessonId,
  code,
  message,
  at: at.toISOString(),
});

const withNotes = (o: Outbox, items: OutboxItem[], notes: SyncNote[]): Outbox => ({
  ...o,
  items,
  notes: [...o.notes, ...notes].slice(-MAX_NOTES),
});

/** Recorded and duplicate items leave the outbox; rejected ones leave with a note; unanswered ones stay. */
export function applyBatchResults(o: Outbox, results: readonly BatchItemResult[], at: Date): Outbox {
  const byId = new Map(results.map((r) => [r.id, r]));
  const notes: SyncNote[] = [];
  const items = o.items.filter((item) => {
    const r = byId.get(item.id);
    if (!r) return true;
    if (r.status === 'rejected') notes.push(note(item, r.error.code, r.error.message, at));
    return false;
  });
  return withNotes(o, items, notes);
}

/**
 * The service refuses a whole batch when one item is malformed, naming it as `items.<n>.<field>`. Dropping that
 * item (with a note) lets the rest through; without an index nothing can be blamed, so nothing is dropped.
 */
export function dropInvalid(
  o: Outbox,
  batch: readonly OutboxItem[],
  field: string | undefined,
  code: string,
  message: string,
  at: Date,
): Outbox {
  const index = Number(/^items\.(\d+)(\.|$)/.exec(field ?? '')?.[1] ?? NaN);
  const bad = Number.isInteger(index) ? batch[index] : undefined;
  if (!bad) return o;
  return withNotes(
    o,
    o.items.filter((i) => i.id !== bad.id),
    [note(bad, code, message, at)],
  );
}

/** Lessons passed on this phone before consent (or before the outbox existed), queued once each. */
export function backfill(
  o: Outbox,
  progress: Progress,
  lessonVersion: (id: string) => number | undefined,
  newId: () => string,
): Outbox {
  let out = o;
  for (const [lessonId, lp] of Object.entries(progress.lessons)) {
    const version = lessonVersion(lessonId);
    if (!lp.passedAt || !version || out.reported.includes(lessonId)) continue;
    out = enqueue(out, {
      id: newId(),
      lessonId,
      lessonVersion: version,
      score: lp.bestScore ?? 1,
      passed: true,
      completedAt: lp.passedAt,
    });
  }
  return out;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const LESSON_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isDate = (x: unknown): x is string => typeof x === 'string' && !Number.isNaN(Date.parse(x));

/** One saved item, only if the service would accept it: a corrupt one must not block the queue forever. */
function parseItem(raw: unknown): OutboxItem | undefined {
  if (!isRecord(raw)) return undefined;
  const { id, lessonId, lessonVersion, score, passed, completedAt } = raw;
  if (typeof id !== 'string' || !UUID.test(id) || typeof lessonId !== 'string' || !LESSON_ID.test(lessonId))
    return undefined;
  if (typeof lessonVersion !== 'number' || !Number.isInteger(lessonVersion) || lessonVersion < 1) return undefined;
  if (typeof score !== 'number' || score < 0 || score > 1 || typeof passed !== 'boolean' || !isDate(completedAt))
    return undefined;
  return { id, lessonId, lessonVersion, score, passed, completedAt };
}

const count = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 0 && x <= 20;

function parseRound(raw: unknown): PracticeRoundBody | undefined {
  if (!isRecord(raw)) return undefined;
  const { id, scamsShown, scamsCaught, genuineShown, genuineFlagged, playedAt } = raw;
  if (typeof id !== 'string' || !UUID.test(id) || !isDate(playedAt)) return undefined;
  if (
    !count(scamsShown) ||
    !count(scamsCaught) ||
    !count(genuineShown) ||
    !count(genuineFlagged) ||
    scamsCaught > scamsShown ||
    genuineFlagged > genuineShown
  )
    return undefined;
  return { id, scamsShown, scamsCaught, genuineShown, genuineFlagged, playedAt };
}

function parseNote(raw: unknown): SyncNote | undefined {
  if (!isRecord(raw)) return undefined;
  const { id, lessonId, code, message, at } = raw;
  if (
    typeof id !== 'string' ||
    typeof lessonId !== 'string' ||
    typeof code !== 'string' ||
    typeof message !== 'string' ||
    !isDate(at)
  )
    return undefined;
  return { id, lessonId, code, message, at };
}

/** Reads a saved outbox item by item: broken entries are dropped, the rest survive. */
export function parseOutbox(raw: unknown): Outbox {
  if (!isRecord(raw)) return emptyOutbox();
  const list = <T>(x: unknown, parse: (v: unknown) => T | undefined) =>
    Array.isArray(x) ? x.map(parse).filter((v): v is T => v !== undefined) : [];
  let items = list(raw.items, parseItem);
  items = items.filter((item, i) => items.findIndex((o) => o.id === item.id) === i);
  const reported = [...new Set(list(raw.reported, (v) => (typeof v === 'string' ? v : undefined)))];
  return {
    items,
    reported,
    notes: list(raw.notes, parseNote).slice(-MAX_NOTES),
    rounds: list(raw.rounds, parseRound).slice(-MAX_ROUNDS),
    ...parseTeamQueue(raw),
  };
}
