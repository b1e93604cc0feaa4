import type { Db } from '../../db/open-database';
import { vacuumStats } from '../../db/queries/households';

const EVERY_MS = 10 * 60_000;

/**
 * The stats triggers rewrite a household's row on every result. PostgreSQL's autovacuum tidies the old row versions;
 * PGlite has no autovacuum, and scans slow down several-fold as they pile up. So on PGlite we vacuum the two stats
 * tables at start and every 10 minutes (a fraction of a second on a 20,000-household ward). Stops once the database is closed.
 */
export function startStatsMaintenance(db: Db, backend: 'pglite' | 'postgres', everyMs = EVERY_MS) {
  if (backend !== 'pglite') return;
  let running = false;
  const run = async () => {
    if (running) return;
    running = true;
    try {
      await vacuumStats(db);
    } catch {
      clearInterval(timer);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void run(), everyMs);
  timer.unref();
  setTimeout(() => void run(), 0).unref();
}
