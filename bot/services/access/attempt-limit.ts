import type { Db } from '../../db/open-database';
import { countAttempt, deleteAttemptsBefore, giveBackAttempt } from '../../db/queries/access';

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
      const n = await countAttempt(db, key, at, new Date(at.getTime() - rule.windowMs));
      // Old windows are dead weight; clearing them now and then keeps the table as small as the traffic of a day.
      if (Math.random() < 0.01) await deleteAttemptsBefore(db, new Date(at.getTime() - 86_400_000));
      return n <= rule.max;
    },

    /** Gives back an attempt that turned out to be fine (a right sign-in code), so only failures use up the limit. */
    async giveBack(key: string) {
      await giveBackAttempt(db, key);
    },
  };
}

export type AttemptLimit = ReturnType<typeof createAttemptLimit>;
