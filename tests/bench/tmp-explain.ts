import { sql } from 'kysely';
import { loadLessonIndex } from '../../bot/content/lesson-index';
import { openDatabase } from '../../bot/db/open-database';
import { loadAreas, syncAreas } from '../../bot/services/areas';
import { householdRowsSql } from '../../bot/services/staff/household-list-query';
import { freshStore } from '../../tests/support/backends';
import { seedWard } from '../../tests/bench/seed-ward';

process.env.TEST_DATABASE_URL = 'postgres://hvs:hvs@127.0.0.1:5432/hvs_test';
const backend = (process.argv[2] ?? 'postgres') as 'postgres' | 'pglite';
const store = await freshStore(backend);
const lessons = await loadLessonIndex();
const db = await openDatabase({ databaseUrl: store.env.DATABASE_URL, dataDir: store.env.DATA_DIR ?? '', schema: store.schema });
const areas = await loadAreas();
await syncAreas(db.db, areas);
const areaIds = areas.flatMap((w) => w.areas.map((a) => a.id));
await seedWard(db.db, { households: 20000, areaIds, lessonIds: [...lessons.lessons.keys()], required: lessons.required });
if (process.argv[3] === 'analyze') await sql`vacuum analyze`.execute(db.db);
for (const ids of [[areaIds[0]], areaIds]) {
  const q = householdRowsSql({ areaIds: ids, required: lessons.required, now: new Date() }, { limit: 50, offset: 0 });
  const c = q.compile(db.db);
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    await db.db.executeQuery(c);
    console.log(ids.length, 'areas', (performance.now() - t).toFixed(1), 'ms');
  }
  const r = await db.db.executeQuery({ ...c, sql: 'explain analyze ' + c.sql });
  console.log((r.rows as { 'QUERY PLAN': string }[]).map((x) => x['QUERY PLAN']).join('\n'));
}
await db.close();
await store.cleanup();
