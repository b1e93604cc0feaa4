import { vnDayStart } from '../../../src/core/calendar/vietnam-time';
import type { DateRange } from '../../db/queries/date-range-sql';

// Ward reports think in Vietnamese calendar days: "2026-11-30" ends at midnight there.
const isDay = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s);

/** from/to as typed (a day or a date-time); a day `to` includes that whole day. */
export function dateRange(q: { from?: string; to?: string }): DateRange {
  const from = q.from ? (isDay(q.from) ? vnDayStart(q.from) : new Date(q.from)) : null;
  let toExclusive: Date | null = null;
  if (q.to) {
    const to = isDay(q.to) ? vnDayStart(q.to) : new Date(q.to);
    toExclusive = new Date(to.getTime() + (isDay(q.to) ? 86_400_000 : 1));
  }
  return { from, toExclusive };
}
