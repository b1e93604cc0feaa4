import { openDatabase, type Db, type OpenDatabase } from '../../bot/db/open-database';
import { loadAreas, syncAreas } from '../../bot/services/households/areas';
import { freshStore, type Backend } from './backends';
import { SAMPLE_AREAS_FILE } from './sample-areas';

export type TestDatabase = OpenDatabase & { /** Closes the database and removes its data. */ dispose(): Promise<void> };

/** A fresh, migrated database for a suite on one backend; `areas` also writes the sample wards in. */
export async function openTestDatabase(backend: Backend, opts: { areas?: boolean } = {}): Promise<TestDatabase> {
  const store = await freshStore(backend);
  const database = await openDatabase({
    databaseUrl: store.env.DATABASE_URL,
    dataDir: store.env.DATA_DIR ?? '',
    schema: store.schema,
  });
  const dispose = async () => {
    await database.close();
    await store.cleanup();
  };
  try {
    if (opts.areas) await syncAreas(database.db, await loadAreas(SAMPLE_AREAS_FILE));
  } catch (err) {
    await dispose();
    throw err;
  }
  return { ...database, dispose };
}

/** Runs one test against a fresh database (see openTestDatabase), which is removed afterwards whatever happens. */
export async function withTestDatabase<T>(
  backend: Backend,
  opts: { areas?: boolean },
  run: (db: Db) => Promise<T>,
): Promise<T> {
  const database = await openTestDatabase(backend, opts);
  try {
    return await run(database.db);
  } finally {
    await database.dispose();
  }
}
