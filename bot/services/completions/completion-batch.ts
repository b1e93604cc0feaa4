import type { Db } from '../../db/open-database';
import { insertResidentResults } from '../../db/queries/completions';
import type { CompletionTable } from '../../db/schema';
import type { CheckedResult } from './completions';

export type Row = { memberId: string; body: CheckedResult; source: CompletionTable['source'] };

/**
 * Per row: stored (true), not stored (false), or the error its own insert hit. If the shared statement fails, each row
 * is tried alone, so one bad row (or a lost race) fails only its own request.
 */
export async function insertBatch(db: Db, rows: Row[]): Promise<(boolean | Error)[]> {
  try {
    return await insertResidentResults(
      db,
      rows.map((r) => ({ ...r.body, memberId: r.memberId, source: r.source })),
    );
  } catch (err) {
    if (rows.length === 1) return [err instanceof Error ? err : new Error(String(err))];
    return Promise.all(rows.map(async (r) => (await insertBatch(db, [r]))[0]));
  }
}
