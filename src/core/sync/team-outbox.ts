import type { AssistedBody } from '../api/staff-schemas';
import type { SurveyAnswers } from '../survey/survey';

// The community tech team's work waiting on the phone: surveys and assisted results made on a visit without signal.
// It lives in the same outbox as the resident's results (see outbox.ts) and goes out through the same runner.

type Common = {
  id: string;
  householdId: string;
  /** What the team calls the household (label or code), for the waiting panel and notes. */ household: string;
};
/** A survey filled on the phone; `filledAt` goes with it so older answers never replace newer ones at the service. */
export type TeamSurveyItem = Common & { kind: 'survey'; answers: SurveyAnswers; filledAt: string };
/** An assisted result; its id is the body's own device-made id, on which the service is idempotent. */
export type TeamAssistedItem = Common & { kind: 'assisted'; body: AssistedBody };
export type TeamItem = TeamSurveyItem | TeamAssistedItem;

/** A team item the service did not take (`stale`: newer answers were kept). Shown until the team dismisses it. */
export type TeamNote = {
  id: string;
  kind: TeamItem['kind'];
  householdId: string;
  household: string;
  code: string;
  message: string;
  at: string;
};

export type TeamQueue = { team: TeamItem[]; teamNotes: TeamNote[] };

/** What became of one sent item. */
export type TeamSendResult =
  { status: 'sent' } | { status: 'stale' } | { status: 'rejected'; code: string; message: string };

/** Notes are kept longer than the resident's: each is someone's visit. */
const MAX_TEAM_NOTES = 50;

export const emptyTeamQueue = (): TeamQueue => ({ team: [], teamNotes: [] });

/** Something the team made is waiting to be sent. */
export const hasTeamWaiting = (q: TeamQueue) => q.team.length > 0;

/**
 * Queues a survey or an assisted result; an id already queued is not queued twice. A household's survey filled again
 * replaces its queued one: only the latest answers matter, and the panel counts households, not edits.
 */
export function enqueueTeam<Q extends TeamQueue>(q: Q, item: TeamItem): Q {
  if (q.team.some((i) => i.id === item.id)) return q;
  const rest =
    item.kind === 'survey'
      ? q.team.filter((i) => !(i.kind === 'survey' && i.householdId === item.householdId))
      : q.team;
  return { ...q, team: [...rest, item] };
}

/** After a survey reached the service directly, an older one still queued for that household has nothing to add. */
export function dropQueuedSurvey<Q extends TeamQueue>(q: Q, householdId: string): Q {
  const team = q.team.filter((i) => !(i.kind === 'survey' && i.householdId === householdId));
  return team.length === q.team.length ? q : { ...q, team };
}

/** The next items to send, oldest first (sent one by one: the service has no batch for them). */
export const nextTeamBatch = (q: TeamQueue, max = 20): TeamItem[] => q.team.slice(0, max);

/** Sent and stale items leave the queue; stale and rejected ones leave a note, so nothing disappears unseen. */
export function applyTeamResult<Q extends TeamQueue>(q: Q, id: string, result: TeamSendResult, at: Date): Q {
  const item = q.team.find((i) => i.id === id);
  if (!item) return q;
  const team = q.team.filter((i) => i.id !== id);
  if (result.status === 'sent') return { ...q, team };
  const [code, message] =
    result.status === 'stale' ? ['stale', 'newer answers were kept'] : [result.code, result.message];
  const note: TeamNote = {
    id,
    kind: item.kind,
    householdId: item.householdId,
    household: item.household,
    code,
    message,
    at: at.toISOString(),
  };
  return { ...q, team, teamNotes: [...q.teamNotes, note].slice(-MAX_TEAM_NOTES) };
}

/** The team has read a note. */
export const dismissTeamNote = <Q extends TeamQueue>(q: Q, id: string): Q => ({
  ...q,
  teamNotes: q.teamNotes.filter((n) => n.id !== id),
});

/** How much is waiting, in the words of the panel: surveys and assisted results. */
export function teamWaiting(q: TeamQueue): { surveys: number; results: number } {
  const surveys = q.team.filter((i) => i.kind === 'survey').length;
  return { surveys, results: q.team.length - surveys };
}

/** The household's survey waiting on this phone, if any. */
export const queuedSurvey = (q: TeamQueue, householdId: string): TeamSurveyItem | undefined =>
  q.team.find((i): i is TeamSurveyItem => i.kind === 'survey' && i.householdId === householdId);

/** The household's queued survey when it is newer than the one the service has: what the team should see as its survey. */
export function newerQueuedSurvey(
  q: TeamQueue,
  householdId: string,
  server: { updatedAt: string } | null,
): TeamSurveyItem | undefined {
  const waiting = queuedSurvey(q, householdId);
  return waiting && (!server || Date.parse(waiting.filledAt) > Date.parse(server.updatedAt)) ? waiting : undefined;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isDate = (x: unknown): x is string => typeof x === 'string' && !Number.isNaN(Date.parse(x));
const isText = (x: unknown, max = 200): x is string => typeof x === 'string' && x.length > 0 && x.length <= max;

/**
 * One saved item, checked only as far as the runner needs: the service checks the rest, and answers a malformed one
 * with a 400 that turns it into a note, so a corrupt entry can never block the queue.
 */
function parseTeamItem(raw: unknown): TeamItem | undefined {
  if (!isRecord(raw)) return undefined;
  const { kind, id, householdId, household } = raw;
  if (typeof id !== 'string' || !UUID.test(id) || !isText(householdId, 80) || !isText(household)) return undefined;
  if (kind === 'survey' && isRecord(raw.answers) && isDate(raw.filledAt))
    return { kind, id, householdId, household, answers: raw.answers as SurveyAnswers, filledAt: raw.filledAt };
  if (kind === 'assisted' && isRecord(raw.body) && raw.body.id === id)
    return { kind, id, householdId, household, body: raw.body as AssistedBody };
  return undefined;
}

function parseTeamNote(raw: unknown): TeamNote | undefined {
  if (!isRecord(raw)) return undefined;
  const { id, kind, householdId, household, code, message, at } = raw;
  if (
    typeof id !== 'string' ||
    (kind !== 'survey' && kind !== 'assisted') ||
    typeof householdId !== 'string' ||
    typeof household !== 'string'
  )
    return undefined;
  if (typeof code !== 'string' || typeof message !== 'string' || !isDate(at)) return undefined;
  return { id, kind, householdId, household, code, message, at };
}

/** Reads the team's part of a saved outbox item by item: broken entries are dropped, the rest survive. */
export function parseTeamQueue(raw: Record<string, unknown>): TeamQueue {
  const list = <T>(x: unknown, parse: (v: unknown) => T | undefined) =>
    Array.isArray(x) ? x.map(parse).filter((v): v is T => v !== undefined) : [];
  const team = list(raw.team, parseTeamItem);
  return {
    team: team.filter((item, i) => team.findIndex((o) => o.id === item.id) === i),
    teamNotes: list(raw.teamNotes, parseTeamNote).slice(-MAX_TEAM_NOTES),
  };
}
