import { sql, type RawBuilder } from 'kysely';

/** A range of instants, either end open (null); services make it from the days a user typed (dateRange). */
export type DateRange = { from: Date | null; toExclusive: Date | null };

/** SQL condition on a timestamp column for the range; `true` when open on both ends. */
export function inRange(column: RawBuilder<unknown>, r: DateRange): RawBuilder<unknown> {
  const parts = [sql`true`];
  if (r.from) parts.push(sql`${column} >= ${r.from}`);
  if (r.toExclusive) parts.push(sql`${column} < ${r.toExclusive}`);
  return sql.join(parts, sql` and `);
}
