import { sql, type RawBuilder } from 'kysely';

export type DateRange = { from: Date | null; toExclusive: Date | null };

// Ward reports think in Vietnamese calendar days (UTC+7, no daylight saving): "2026-11-30" ends at midnight there.
const VN_OFFSET = '+07:00';
const isDay = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s);

/** from/to as typed (a day or a date-time); a day `to` includes that whole day. */
export function dateRange(q: { from?: string; to?: string }): DateRange {
  const from = q.from ? new Date(isDay(q.from) ? `${q.from}T00:00:00${VN_OFFSET}` : q.from) : null;
  let toExclusive: Date | null = null;
  if (q.to) {
    const to = new Date(isDay(q.to) ? `${q.to}T00:00:00${VN_OFFSET}` : q.to);
    toExclusive = new Date(to.getTime() + (isDay(q.to) ? 86_400_000 : 1));
  }
  return { from, toExclusive };
}

/** SQL condition on a timestamp column for the range; `true` when open on both ends. */
export function inRange(column: RawBuilder<unknown>, r: DateRange): RawBuilder<unknown> {
  const parts = [sql`true`];
  if (r.from) parts.push(sql`${column} >= ${r.from}`);
  if (r.toExclusive) parts.push(sql`${column} < ${r.toExclusive}`);
  return sql.join(parts, sql` and `);
}
