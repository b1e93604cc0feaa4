/** A phone's clock may run a few minutes ahead of the service's; further ahead is a wrong clock, not a survey. */
export const SURVEY_CLOCK_SKEW_MS = 5 * 60_000;

export type AnsweredAt = { ok: true; at: Date } | { ok: false; reason: 'future' };

/**
 * When the household's answers were given: the time the team filled the form on the phone (`filledAt`, sent later
 * from the outbox) or, without one, now. A time slightly ahead is taken as now, so a phone whose clock runs fast
 * cannot make its survey look newer than one saved after it.
 */
export function answeredAt(filledAt: string | undefined, now: Date, skewMs = SURVEY_CLOCK_SKEW_MS): AnsweredAt {
  if (filledAt === undefined) return { ok: true, at: now };
  const t = Date.parse(filledAt);
  if (t > now.getTime() + skewMs) return { ok: false, reason: 'future' };
  return { ok: true, at: new Date(Math.min(t, now.getTime())) };
}

/** What became of a saved survey: kept, the same one again, or older than the answers already kept. */
export type SurveySaveStatus = 'saved' | 'duplicate' | 'stale';
