// What bench:api and bench:dashboard share: a seeded ward in a fresh store, the service started on it as its own
// process (as `npm start` runs it), session tokens for seeded members, and the run over each backend.
import { randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import { sql } from 'kysely';
import { loadLessonIndex } from '../../bot/content/lesson-index';
import { openDatabase, type Db } from '../../bot/db/open-database';
import { loadAreas, syncAreas } from '../../bot/services/households/areas';
import { SAMPLE_AREAS_FILE, SAMPLE_WARD_ID } from '../support/sample-areas';
import { syncRequiredLessons } from '../../bot/db/required-lessons';
import { syncReportFunctions } from '../../bot/db/report-rules-sql';
import { freshStore, type Backend, type TestStore } from '../support/backends';
import { startChild, type ChildService } from '../support/child-service';
import { seedWard, type Seeded } from './seed-ward';

export const HOUSEHOLDS = Number(process.env.BENCH_HOUSEHOLDS ?? 20_000);
// BENCH_LESSONS=N seeds and loads the first N lessons only: the catalogue grew from 15 to 28 lessons, and comparing
// figures with an older commit needs the same amount of data per household.
const LESSON_LIMIT = Number(process.env.BENCH_LESSONS ?? Infinity);

export type BenchWard = {
  store: TestStore;
  seeded: Seeded;
  areaIds: string[];
  lessonIds: string[];
  completions: number;
  seconds: number;
};

/** The first seeded member becomes the ward admin, the second the team of the first tổ; returns their member ids. */
export async function addBenchStaff(db: Db, seeded: Seeded, areaIds: string[]): Promise<[string, string]> {
  const [admin, team] = seeded.memberIds;
  const staff = (member: string, role: 'ward_admin' | 'team', areas: string[]) => ({
    id: randomUUID(),
    member_id: member,
    role,
    ward_id: SAMPLE_WARD_ID,
    area_ids: JSON.stringify(areas),
    school_name: null,
  });
  await db
    .insertInto('staff')
    .values([staff(admin, 'ward_admin', []), staff(team, 'team', [areaIds[0]])])
    .execute();
  return [admin, team];
}

/**
 * Seeds a ward of HOUSEHOLDS households in a fresh store; `extra` adds what one bench needs before the database is
 * vacuumed and analysed. A ward's database in service has been tidied by autovacuum (PostgreSQL) or the service's own
 * stats maintenance (PGlite); a freshly loaded one has not, and the first figure would otherwise measure that.
 */
export async function seedBenchWard(
  backend: Backend,
  extra?: (db: Db, seeded: Seeded, areaIds: string[]) => Promise<void>,
): Promise<BenchWard> {
  const store = await freshStore(backend);
  const lessons = await loadLessonIndex();
  const db = await openDatabase({
    databaseUrl: store.env.DATABASE_URL,
    dataDir: store.env.DATA_DIR ?? '',
    schema: store.schema,
  });
  const areas = await loadAreas(SAMPLE_AREAS_FILE);
  await syncAreas(db.db, areas);
  // As the service does at start, so its start finds the ward as a ward in service is, not to be recounted.
  await syncRequiredLessons(db.db, lessons.required);
  await syncReportFunctions(db.db, lessons.required, lessons.program.tracks);
  const areaIds = areas.flatMap((w) => w.areas.map((a) => a.id));
  const lessonIds = [...lessons.lessons.keys()].slice(0, LESSON_LIMIT);
  const t0 = performance.now();
  const seeded = await seedWard(db.db, { households: HOUSEHOLDS, areaIds, lessonIds, required: lessons.required });
  await extra?.(db.db, seeded, areaIds);
  const rows = await db.db
    .selectFrom('completions')
    .select(({ fn }) => fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  await sql`vacuum analyze`.execute(db.db);
  const seconds = (performance.now() - t0) / 1000;
  await db.close();
  return { store, seeded, areaIds, lessonIds, completions: Number(rows.n), seconds };
}

export type BenchService = { child: ChildService; token(memberId: string): Promise<string>; stop(): Promise<void> };

/**
 * Starts the service on the ward as its own process. One process for both backends: on these 2 cores a second one was
 * slower (1,650 against 3,100 reads/s), because the database needs the other core and busy backends preempted one
 * another. With PostgreSQL on its own machine, run one process per core (WEB_CONCURRENCY).
 */
export async function startBenchService(
  ward: Pick<BenchWard, 'store'>,
  secret: string,
  areasFile = SAMPLE_AREAS_FILE,
): Promise<BenchService> {
  const child = await startChild(
    { ...ward.store.env, SESSION_SECRET: secret, WEB_CONCURRENCY: '1', AREAS_FILE: areasFile },
    120_000,
  );
  const key = new TextEncoder().encode(secret);
  return {
    child,
    token: (memberId) =>
      new SignJWT({})
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject(memberId)
        .setIssuedAt()
        .setExpirationTime('2h')
        .sign(key),
    async stop() {
      child.proc.kill('SIGTERM');
      await new Promise((r) => child.proc.once('exit', r));
      await ward.store.cleanup();
    },
  };
}

/**
 * Runs a bench on PGlite, then on PostgreSQL when BENCH_DATABASE_URL or TEST_DATABASE_URL is set.
 * BENCH_BACKENDS=pglite (or postgres) runs one of them only.
 */
export async function onEachBackend(run: (backend: Backend) => Promise<void>) {
  const url = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (url) process.env.TEST_DATABASE_URL = url;
  const only = process.env.BENCH_BACKENDS;
  if (!only || only === 'pglite') await run('pglite');
  if (only === 'pglite') return;
  if (url) await run('postgres');
  else console.log('postgres: skipped (set BENCH_DATABASE_URL or TEST_DATABASE_URL)');
}
