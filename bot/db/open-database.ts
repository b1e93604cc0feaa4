import path from 'node:path';
import { Kysely, Migrator, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { lockDataDir } from './data-dir-lock';
import { migrationProvider } from './migrations';
import { PGliteDialect } from './pglite-dialect';
import type { Database } from './schema';

export type Db = Kysely<Database>;
export type OpenDatabase = { db: Db; backend: 'pglite' | 'postgres'; close(): Promise<void> };

/**
 * PGlite's Postgres lives in this process's WASM heap, which never shrinks, and its default 128 MB of shared buffers
 * are touched at start: that alone was ~120 MB of the service's resident memory (bench:dashboard, issue 5). A ward's
 * hot tables (household stats, households) are ~15 MB, and pages outside the buffers come from the OS page cache,
 * so 16 MB costs the lists and coverage nothing measurable. `startParams` replaces PGlite's defaults, hence the spread.
 */
const PGLITE_MEMORY = ['-c', 'shared_buffers=16MB'];

/** PostgreSQL when a URL is given, else embedded PGlite in `dataDir`. Migrations run to the latest before use. */
export async function openDatabase(opts: {
  databaseUrl?: string;
  dataDir: string;
  schema?: string;
  poolMax?: number;
}): Promise<OpenDatabase> {
  if (opts.databaseUrl) {
    const pool = new pg.Pool({
      connectionString: opts.databaseUrl,
      max: opts.poolMax ?? 4,
      options: opts.schema ? `-c search_path=${opts.schema}` : undefined,
    });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    await migrate(db);
    return { db, backend: 'postgres', close: () => db.destroy() };
  }
  const dir = path.resolve(opts.dataDir, 'pglite');
  const lock = lockDataDir(dir);
  try {
    // Loaded only for PGlite: its JavaScript alone costs ~34 MB that a PostgreSQL deployment never uses.
    const { PGlite } = await import('@electric-sql/pglite');
    const pgl = await PGlite.create({ dataDir: dir, startParams: [...PGlite.defaultStartParams, ...PGLITE_MEMORY] });
    const db = new Kysely<Database>({ dialect: new PGliteDialect(pgl) });
    await migrate(db);
    return {
      db,
      backend: 'pglite',
      async close() {
        await db.destroy();
        lock.release();
      },
    };
  } catch (err) {
    lock.release();
    throw err;
  }
}

export async function migrate(db: Kysely<Database>, direction: 'latest' | 'up' | 'down' = 'latest') {
  // Kysely looks for its own tables in every schema unless told which; another schema's (a parallel test run's, say)
  // would make it skip creating ours.
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
  const migrator = new Migrator({ db, provider: migrationProvider, migrationTableSchema: rows[0].schema });
  const { error } =
    direction === 'latest'
      ? await migrator.migrateToLatest()
      : direction === 'up'
        ? await migrator.migrateUp()
        : await migrator.migrateDown();
  if (error) throw error instanceof Error ? error : new Error(String(error));
}
