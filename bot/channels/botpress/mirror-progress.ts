import type { Client } from '@botpress/client';
import type { Db } from '../../db/open-database';
import { PROGRESS_KEY, PROGRESS_SCHEMA, readProgressPage } from './household-rows';

/** Botpress refuses an upsert of more than 1000 rows. */
export const MAX_UPSERT_ROWS = 1000;

export type MirrorOptions = {
  required: readonly string[];
  table: string;
  /** Mirror only these households (after a write); without it every household is mirrored and vanished ones pruned. */
  householdIds?: readonly string[];
  batchSize?: number;
  now?: () => Date;
  log?: (msg: string) => void;
};

export type MirrorResult = { rows: number; batches: number; failed: number; pruned: number };

async function ensureTable(client: Client, table: string, log: (msg: string) => void) {
  const res = await client.getOrCreateTable({
    table,
    schema: PROGRESS_SCHEMA,
    keyColumn: PROGRESS_KEY,
    tags: { source: 'hvs' },
  });
  if (res.created) return;
  // A table made by an older release may lack a column or the key index; bring it up to date rather than fail every run.
  const have = Object.keys(res.table.schema.properties ?? {});
  const missing = Object.keys(PROGRESS_SCHEMA.properties).filter((c) => !have.includes(c));
  if (missing.length || res.table.keyColumn !== PROGRESS_KEY) {
    log(
      `botpress: updating table ${table} (missing columns: ${missing.join(', ') || 'none'}, key: ${res.table.keyColumn ?? 'none'})`,
    );
    await client.updateTable({ table, schema: PROGRESS_SCHEMA, keyColumn: PROGRESS_KEY });
  }
}

/**
 * Mirrors household progress into a Botpress Table: one row per household, upserted on `householdCode` in batches
 * of at most 1000, reading the database a page at a time. Throws when Botpress stays unreachable after retries;
 * the next run repeats the work harmlessly, since every write is an upsert.
 */
export async function mirrorHouseholdProgress(db: Db, client: Client, opts: MirrorOptions): Promise<MirrorResult> {
  const log = opts.log ?? ((msg: string) => console.warn(msg));
  const batchSize = Math.max(1, Math.min(MAX_UPSERT_ROWS, opts.batchSize ?? MAX_UPSERT_ROWS));
  const mirrorRun = (opts.now?.() ?? new Date()).getTime();
  await ensureTable(client, opts.table, log);

  const read = (page: { after?: string; ids?: readonly string[] }) =>
    readProgressPage(db, { required: opts.required, limit: batchSize, mirrorRun, ...page });
  async function* pages() {
    if (opts.householdIds) {
      for (const ids of chunk([...new Set(opts.householdIds)], batchSize)) {
        const { rows } = await read({ ids });
        if (rows.length) yield rows;
      }
      return;
    }
    for (let after: string | undefined; ;) {
      const page = await read({ after });
      if (!page.rows.length) return;
      after = page.last;
      yield page.rows;
    }
  }

  const result: MirrorResult = { rows: 0, batches: 0, failed: 0, pruned: 0 };
  for await (const rows of pages()) {
    const res = await client.upsertTableRows({ table: opts.table, rows, keyColumn: PROGRESS_KEY });
    result.batches++;
    result.rows += res.inserted.length + res.updated.length;
    // Upserts succeed row by row; a rejected row is reported in `errors`, not as an HTTP error.
    if (res.errors?.length) {
      result.failed += rows.length - res.inserted.length - res.updated.length;
      log(`botpress: ${res.errors.length} row error(s) in ${opts.table}: ${res.errors.slice(0, 3).join('; ')}`);
    }
  }

  if (!opts.householdIds && result.failed === 0) {
    // Every live household was just stamped with this run; older rows belong to deleted households and must go.
    // (Botpress may delete by filter in a background job and report 0 here.)
    const res = await client.deleteTableRows({ table: opts.table, filter: { mirrorRun: { $lt: mirrorRun } } });
    result.pruned = res.deletedRows;
  }
  return result;
}

function chunk<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
