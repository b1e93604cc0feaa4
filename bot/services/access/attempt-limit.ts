import { sql } from 'kysely';
import type { Db } from '../../db/open-database';

export type AttemptRule = { max: number; windowMs: number };

/**
 * Fixed-window attempt counters in the database, so that every instance of the service (cluster workers, several
 * servers) shares one count: a limit kept in each process's memory would allow `max` tries per process.
 */
export function createAttemptLimit(db: Db, now: () => Date) {
  return {
    /** Counts one attempt for `key`; false once the window already holds `max` (the attempt is then refused). */
    async take(key: string, rule: AttemptRule): Promise<boolean> {
      const at = now();
      const fresh = new Date(at.getTime() - rule.windowMs);
      // One statement: two requests at once cannot both read "4" and both go through.
      const row = await db
        .insertInto('attempt_counts')
        .values({ key, window_start: at, n: 1 })
        .onConflict((oc) =>
          oc.column('key').doUpdateSet({
            n: sql`case when attempt_counts.window_start > ${fresh} then attempt_counts.n + 1 else 1 end`,
            window_start: sql`case when attempt_counts.window_start > ${fresh} then attempt_counts.window_start else ${at} end`,
          }),
        )
        .returning('n')
        .executeTakeFirstOrThrow();
      // Old windows are dead weight; clearing them now and then keeps the table as small as the traffic of a day.
      if (Math.random() < 0.01) await db.deleteFrom('attempt_counts').where('window_start', '<', new Date(at.getTime() - 86_400_000)).execute();
      return row.n <= rule.max;
    },

    /** Gives back an attempt that turned out to be fine (a right sign-in code), so only failures use up the limit. */
    async giveBack(key: string) {
      await db.updateTable('attempt_counts').set({ n: sql`greatest(n - 1, 0)` }).where('key', '=', key).execute();
    },
  };
}

export type AttemptLimit = ReturnType<typeof createAttemptLimit>;
