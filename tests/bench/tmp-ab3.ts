import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { loadLessonIndex } from '../../bot/content/lesson-index';
import { openDatabase } from '../../bot/db/open-database';
import { loadAreas, syncAreas } from '../../bot/services/areas';
import { freshStore } from '../support/backends';
import { seedWard } from './seed-ward';

process.env.TEST_DATABASE_URL = 'postgres://hvs:hvs@127.0.0.1:5432/hvs_test';
const backend = (process.argv[2] ?? 'postgres') as 'postgres' | 'pglite';
const store = await freshStore(backend);
const lessons = await loadLessonIndex();
const db = await openDatabase({ databaseUrl: store.env.DATABASE_URL, dataDir: store.env.DATA_DIR ?? '', schema: store.schema });
const areas = await loadAreas();
await syncAreas(db.db, areas);
const seeded = await seedWard(db.db, { households: 20000, areaIds: areas.flatMap((w) => w.areas.map((a) => a.id)), lessonIds: [...lessons.lessons.keys()], required: lessons.required });
await sql`vacuum analyze`.execute(db.db);
const ids = [...lessons.lessons.keys()];
const res: Record<string, number[]> = { on: [], off: [] };
async function run(key: 'on' | 'off') {
  const N = 4000;
  let i = 0;
  const t = performance.now();
  await Promise.all(Array.from({ length: 8 }, async () => {
    while (i++ < N) {
      const h = seeded.householdIds[Math.floor(Math.random() * seeded.householdIds.length)];
      await db.db.insertInto('completions').values({ id: randomUUID(), member_id: null, household_id: h, lesson_id: ids[Math.floor(Math.random() * ids.length)], lesson_version: 1, score: 1, passed: true, completed_at: new Date(), source: 'app', recorded_by: null }).execute();
    }
  }));
  res[key].push((N / (performance.now() - t)) * 1000);
}
await run('on');
for (let r = 0; r < 3; r++) {
  for (const key of ['off', 'on'] as const) {
    await sql.raw(`alter table completions ${key === 'on' ? 'enable' : 'disable'} trigger hvs_stats_completion`).execute(db.db);
    await run(key);
  }
}
console.log(backend, 'inserts/s with triggers', res.on.slice(1).map((x) => x.toFixed(0)).join(' '), '| without', res.off.map((x) => x.toFixed(0)).join(' '));
await db.close();
await store.cleanup();
