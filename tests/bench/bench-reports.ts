// `npm run bench:reports`: the ward plans' reports at the sizes the issue names. Asserts nothing; prints figures.
// 1. A ward of 20,000 households (as bench:dashboard seeds it, 40 % surveyed), on PGlite and PostgreSQL: p50/p95 of
//    the ward report and the training plan (ward admin and team) and the time of the annual XLSX.
// 2. On PostgreSQL only, the city: 114 wards of 20 tổ, BENCH_CITY_HOUSEHOLDS households (1,300,000 by default;
//    BENCH_CITY_HOUSEHOLDS=130000 for a quick run, 0 to skip), loaded in bulk with SQL and counted by the same recount
//    the service runs when a rule changes (its time is printed), then p50/p95 of the city overview and of one ward's
//    report inside the city. Latencies include HTTP and JSON; the service runs as its own process.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { loadLessonIndex } from '../../bot/content/lesson-index';
import { openDatabase, type Db } from '../../bot/db/open-database';
import { recountReports, syncReportFunctions } from '../../bot/db/report-rules-sql';
import { loadAreas, syncAreas } from '../../bot/services/households/areas';
import { syncRequiredLessons } from '../../bot/db/required-lessons';
import { freshStore, type Backend } from '../support/backends';
import { addBenchStaff, HOUSEHOLDS, onEachBackend, seedBenchWard, startBenchService } from './bench-ward';
import { AREAS_PER_WARD, cityAreasFile, seedCity, WARDS } from './seed-city';

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 50);
const CITY_HOUSEHOLDS = Number(process.env.BENCH_CITY_HOUSEHOLDS ?? 1_300_000);
const SECRET = 'bench-reports-secret-0123456789abcdef';

const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];

async function get(url: string, token: string) {
  const t = performance.now();
  const res = await fetch(url, { headers: { Authorization: `Bearer ${token}` } });
  const bytes = (await res.arrayBuffer()).byteLength;
  if (res.status !== 200) throw new Error(`${url}: HTTP ${res.status}`);
  return { ms: performance.now() - t, bytes };
}

async function timed(name: string, url: string, token: string) {
  for (let i = 0; i < 5; i++) await get(url, token);
  const lat: number[] = [];
  for (let i = 0; i < REQUESTS; i++) lat.push((await get(url, token)).ms);
  console.log(
    `  ${name}: p50 ${pct(lat, 50).toFixed(1)} ms, p95 ${pct(lat, 95).toFixed(1)} ms (${REQUESTS} sequential requests)`,
  );
}

/** About 40 % of households surveyed, with varied answers and needs, on days over the last two months. */
async function addSurveys(db: Db, householdIds: string[]) {
  for (let i = 0; i < householdIds.length; i += 1000) {
    const rows = householdIds
      .slice(i, i + 1000)
      .filter((_, k) => (i + k) % 5 < 2)
      .map((id, k) => ({
        household_id: id,
        answers: JSON.stringify({
          devices: { smartphone: k % 7 !== 0, computer: false, internet: true },
          uses: {
            zalo: k % 4 !== 0,
            vneidLevel: k % 3 === 0 ? 1 : 2,
            onlinePublicServices: k % 2 === 0,
            cashlessPayments: k % 5 !== 0,
            smartHaiPhong: k % 6 === 0,
          },
          wantsToLearn: { topics: k % 2 ? ['online-safety'] : ['vneid', 'public-services'] },
        }),
        filled_by: 'team' as const,
        updated_at: new Date(Date.now() - (k % 60) * 86_400_000),
      }));
    if (rows.length) await db.insertInto('surveys').values(rows).execute();
  }
}

async function wardBench(backend: Backend) {
  let adminMember = '',
    teamMember = '';
  const ward = await seedBenchWard(backend, async (db, seeded, areaIds) => {
    await addSurveys(db, seeded.householdIds);
    [adminMember, teamMember] = await addBenchStaff(db, seeded, areaIds);
  });
  console.log(
    `${backend}: seeded a ward of ${HOUSEHOLDS} households (${ward.completions} results, 40 % surveyed) in ${ward.seconds.toFixed(1)} s, roll-ups kept by the triggers`,
  );
  const service = await startBenchService(ward, SECRET);
  const api = `${service.child.url}/api/staff/reports`;
  const [admin, team] = [await service.token(adminMember), await service.token(teamMember)];
  try {
    await timed(`ward report (ward admin, ${HOUSEHOLDS} households)`, `${api}/ward`, admin);
    await timed('ward report (team, one tổ)', `${api}/ward`, team);
    await timed('training plan (ward admin, every tổ)', `${api}/training-plan`, admin);
    await timed('training plan (team)', `${api}/training-plan`, team);
    const runs = [];
    for (let i = 0; i < 5; i++) runs.push(await get(`${api}/annual.xlsx`, admin));
    console.log(
      `  annual XLSX: ${(runs.at(-1)!.bytes / 1024).toFixed(0)} KiB, ${runs.map((r) => r.ms.toFixed(0)).join(' / ')} ms (5 runs)`,
    );
  } finally {
    await service.stop();
  }
}

async function cityBench() {
  if (!CITY_HOUSEHOLDS) return console.log('city: skipped (BENCH_CITY_HOUSEHOLDS=0)');
  if (!process.env.TEST_DATABASE_URL)
    return console.log('city: skipped (PostgreSQL only: set BENCH_DATABASE_URL or TEST_DATABASE_URL)');
  const store = await freshStore('postgres');
  const areasFile = cityAreasFile();
  const lessons = await loadLessonIndex();
  const database = await openDatabase({ databaseUrl: store.env.DATABASE_URL, dataDir: '', schema: store.schema });
  const db = database.db;
  await syncAreas(db, await loadAreas(areasFile));
  await syncRequiredLessons(db, lessons.required);
  await syncReportFunctions(db, lessons.required, lessons.program.tracks);
  let t = performance.now();
  await seedCity(db, lessons.required, CITY_HOUSEHOLDS);
  console.log(
    `postgres city: loaded ${CITY_HOUSEHOLDS.toLocaleString('en')} households in ${WARDS} wards (${WARDS * AREAS_PER_WARD} tổ) in ${((performance.now() - t) / 1000).toFixed(1)} s`,
  );
  t = performance.now();
  await recountReports(db);
  const rows = await sql<{
    c: number;
    d: number;
  }>`select (select count(*) from report_counts)::int as c, (select count(*) from report_days)::int as d`.execute(db);
  console.log(
    `  recount of every roll-up: ${((performance.now() - t) / 1000).toFixed(1)} s (${rows.rows[0].c.toLocaleString('en')} count rows, ${rows.rows[0].d.toLocaleString('en')} day rows)`,
  );
  const [cityMember, adminMember] = [randomUUID(), randomUUID()];
  await db
    .insertInto('members')
    .values(
      [cityMember, adminMember].map((id, i) => ({
        id,
        zalo_id: `bench:${i}`,
        display_name: 'Bench',
        household_id: null,
        role: 'member' as const,
        consent_at: null,
        consent_version: null,
      })),
    )
    .execute();
  await db
    .insertInto('staff')
    .values([
      { id: randomUUID(), member_id: cityMember, role: 'city', ward_id: 'city', area_ids: '[]', school_name: null },
      {
        id: randomUUID(),
        member_id: adminMember,
        role: 'ward_admin',
        ward_id: 'w001',
        area_ids: '[]',
        school_name: null,
      },
    ])
    .execute();
  await sql`vacuum analyze`.execute(db);
  await database.close();
  const service = await startBenchService({ store }, SECRET, areasFile);
  const api = `${service.child.url}/api/staff/reports`;
  try {
    await timed(
      `city overview (${WARDS} wards, ${CITY_HOUSEHOLDS.toLocaleString('en')} households)`,
      `${api}/city`,
      await service.token(cityMember),
    );
    await timed(
      `ward report inside the city (${Math.round(CITY_HOUSEHOLDS / WARDS).toLocaleString('en')} households)`,
      `${api}/ward`,
      await service.token(adminMember),
    );
  } finally {
    await service.stop();
  }
}

console.log('bench:reports — service in its own process on loopback; latencies include HTTP and JSON');
// BENCH_WARD=0 runs the city alone.
if (process.env.BENCH_WARD !== '0') await onEachBackend(wardBench);
await cityBench();
