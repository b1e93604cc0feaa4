import { sql } from 'kysely';
import { loadLessonIndex } from '../../bot/content/lesson-index';
import { openDatabase } from '../../bot/db/open-database';
import { loadAreas, syncAreas } from '../../bot/services/areas';
import { currentCounts, surveyCounts, weeklyCounts } from '../../bot/services/staff/coverage-queries';
import { householdRows } from '../../bot/services/staff/household-list-query';
import { freshStore } from '../support/backends';
import { seedWard } from './seed-ward';

process.env.TEST_DATABASE_URL = 'postgres://hvs:hvs@127.0.0.1:5432/hvs_test';
const backend = (process.argv[2] ?? 'postgres') as 'postgres' | 'pglite';
const store = await freshStore(backend);
const lessons = await loadLessonIndex();
const db = await openDatabase({ databaseUrl: store.env.DATABASE_URL, dataDir: store.env.DATA_DIR ?? '', schema: store.schema });
const areas = await loadAreas();
await syncAreas(db.db, areas);
const areaIds = areas.flatMap((w) => w.areas.map((a) => a.id));
await seedWard(db.db, { households: 20000, areaIds, lessonIds: [...lessons.lessons.keys()], required: lessons.required });
if (process.argv[3] === 'vacuum') await sql`vacuum analyze`.execute(db.db);
const size = async () => (await sql<{ s: string; t: string }>`select pg_size_pretty(pg_relation_size('household_stats')) s, pg_size_pretty(pg_relation_size('households')) t`.execute(db.db)).rows[0];
console.log('sizes', await size());
await sql`vacuum household_stats`.execute(db.db);
console.log('after vacuum', await size());
const scope = { db: db.db, areaIds, required: lessons.required };
const range = { from: null, toExclusive: null };
const time = async (name: string, f: () => Promise<unknown>) => {
  const xs: number[] = [];
  for (let i = 0; i < 8; i++) {
    const t = performance.now();
    await f();
    xs.push(performance.now() - t);
  }
  xs.sort((a, b) => a - b);
  console.log(name, xs.map((x) => x.toFixed(0)).join(' '));
};
await time('current', () => currentCounts(scope, new Date()));
const req = lessons.required;
await time('unnest lessons', () => sql`select l, count(*) from household_stats st cross join lateral unnest(st.passed) l where st.area_id in (${sql.join(areaIds)}) and l in (${sql.join(req)}) group by l`.execute(db.db));
await time('filters lessons', () => sql`select st.area_id, ${sql.join(req.map((l) => sql`count(*) filter (where st.passed @> array[${l}]::text[])`))} from household_stats st where st.area_id in (${sql.join(areaIds)}) group by 1`.execute(db.db));
await time('literal filters', () => sql`select st.area_id, ${sql.join(req.map((l) => sql.raw(`count(*) filter (where st.passed @> '{${l}}'::text[])`)))} from household_stats st where st.area_id in (${sql.join(areaIds)}) group by 1`.execute(db.db));
await time('plain count', () => sql`select st.area_id, count(*) from household_stats st where st.area_id in (${sql.join(areaIds)}) group by 1`.execute(db.db));
await time('weekly', () => weeklyCounts(scope, range));
await time('survey', () => surveyCounts(scope, new Date()));
await time('list ward', () => householdRows(db.db, { areaIds, required: lessons.required, now: new Date() }, { limit: 50, offset: 0 }));
await time('list team', () => householdRows(db.db, { areaIds: [areaIds[0]], required: lessons.required, now: new Date() }, { limit: 50, offset: 0 }));
await db.close();
await store.cleanup();
