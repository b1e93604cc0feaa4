import { z } from 'zod';
import { countOf, type KeyCounts } from './report-keys';
import { INDICATOR_IDS, indicatorById, pct, type IndicatorId } from './indicators';

/** A ward's target, as areas.yaml writes it: e.g. { indicator: completed, share: 100, by: 2026-12-31 }. */
export const targetSchema = z.strictObject({
  indicator: z.enum(INDICATOR_IDS as [IndicatorId, ...IndicatorId[]]),
  share: z.number().gt(0).max(100),
  by: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as yyyy-mm-dd'),
  /** Where the target comes from (the ward plan's title), so the report can say it. */
  source: z.string().trim().min(3).optional(),
});
export type Target = z.infer<typeof targetSchema>;

/** The days whose changes make "the pace of the last 4 weeks". */
export const PACE_DAYS = 28;

export type TargetProgress = {
  indicator: IndicatorId;
  share: number;
  by: string;
  source?: string;
  count: number;
  of: number;
  pct: number | null;
  /** Households still to go to reach the target (0 when reached). */
  remaining: number;
  /** Net households gained per week over the last 4 weeks (may be 0 or negative). */
  perWeek: number;
  /** The day (yyyy-mm-dd) the target is reached at that pace; null when reached already or with no progress. */
  reachedBy: string | null;
  status: 'reached' | 'on_track' | 'late' | 'stalled';
};

const DAY = 86_400_000;
const dayOf = (d: Date) => d.toISOString().slice(0, 10);

/**
 * Progress against a target: how far, the pace of the last four weeks (net change of the counted households over
 * PACE_DAYS, per week), and when the target is reached if that pace holds. `today` is the Vietnamese calendar day.
 */
export function targetProgress(t: Target, counts: KeyCounts, gainedInPaceDays: number, today: string): TargetProgress {
  const { key, of } = indicatorById(t.indicator);
  const count = countOf(counts, key);
  const total = countOf(counts, of);
  const remaining = Math.max(0, Math.ceil((t.share / 100) * total - 1e-9) - count);
  const pace = gainedInPaceDays / (PACE_DAYS / 7);
  const perWeek = Math.round(pace * 10) / 10;
  const base = {
    indicator: t.indicator,
    share: t.share,
    by: t.by,
    ...(t.source ? { source: t.source } : {}),
    count,
    of: total,
    pct: pct(count, total),
    remaining,
    perWeek,
  };
  if (total > 0 && remaining === 0) return { ...base, reachedBy: null, status: 'reached' };
  if (pace <= 0) return { ...base, reachedBy: null, status: 'stalled' };
  const reachedBy = dayOf(new Date(Date.parse(`${today}T00:00:00Z`) + Math.ceil((remaining / pace) * 7) * DAY));
  return { ...base, reachedBy, status: reachedBy <= t.by ? 'on_track' : 'late' };
}
