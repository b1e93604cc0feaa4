// `npm run bench:api`: seeds a ward of 20,000 households, starts the service as its own process, and loads it over
// loopback with concurrent clients. Prints figures for PGlite and (when BENCH_DATABASE_URL or TEST_DATABASE_URL is set)
// PostgreSQL. Asserts nothing.
import { randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import { Agent, setGlobalDispatcher } from 'undici';
import { loadLessonIndex } from '../../bot/content/lesson-index';
import { openDatabase } from '../../bot/db/open-database';
import { loadAreas, syncAreas } from '../../bot/services/areas';
import { freshStore, type Backend } from '../support/backends';
import { startChild } from '../support/child-service';
import { seedWard } from './seed-ward';

const HOUSEHOLDS = Number(process.env.BENCH_HOUSEHOLDS ?? 20_000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 32);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const SECRET = 'bench-api-secret';
setGlobalDispatcher(new Agent({ connections: CONCURRENCY, pipelining: 1 }));

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];

async function load(name: string, fn: () => Promise<number>) {
  const lat: number[] = [];
  let errors = 0;
  const end = Date.now() + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (Date.now() < end) {
        const t = performance.now();
        const status = await fn();
        lat.push(performance.now() - t);
        if (status >= 400) errors++;
      }
    }),
  );
  console.log(`  ${name}: ${(lat.length / SECONDS).toFixed(0)}/s, p50 ${pct(lat, 50).toFixed(1)} ms, p99 ${pct(lat, 99).toFixed(1)} ms, errors ${errors}`);
}

async function run(backend: Backend) {
  const store = await freshStore(backend);
  const lessons = await loadLessonIndex();
  const db = await openDatabase({ databaseUrl: store.env.DATABASE_URL, dataDir: store.env.DATA_DIR ?? '', schema: store.schema });
  const areas = await loadAreas();
  await syncAreas(db.db, areas);
  const t0 = performance.now();
  const seeded = await seedWard(db.db, { households: HOUSEHOLDS, areaIds: areas.flatMap((w) => w.areas.map((a) => a.id)), lessonIds: [...lessons.lessons.keys()], required: lessons.required });
  const rows = await db.db.selectFrom('completions').select(({ fn }) => fn.countAll().as('n')).executeTakeFirstOrThrow();
  console.log(`${backend}: seeded ${HOUSEHOLDS} households, ${seeded.memberIds.length} members, ${rows.n} completions in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  await db.close();

  // PostgreSQL runs one service process per core, as a deployment would; PGlite is a single process by design.
  const child = await startChild({ ...store.env, SESSION_SECRET: SECRET, WEB_CONCURRENCY: backend === 'postgres' ? '2' : '1' }, 120_000);
  const key = new TextEncoder().encode(SECRET);
  const tokens = await Promise.all(
    seeded.memberIds.slice(0, 2000).map((id) => new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setSubject(id).setIssuedAt().setExpirationTime('2h').sign(key)),
  );
  const pick = () => tokens[Math.floor(Math.random() * tokens.length)];
  const lessonIds = [...lessons.lessons.keys()];
  try {
    await load('completion writes', async () => {
      const body = { id: randomUUID(), lessonId: lessonIds[Math.floor(Math.random() * lessonIds.length)], lessonVersion: 1, score: 1, passed: true, completedAt: new Date().toISOString() };
      const res = await fetch(`${child.url}/api/completions`, { method: 'POST', headers: { Authorization: `Bearer ${pick()}`, 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
      await res.arrayBuffer();
      return res.status;
    });
    await load('household-progress reads', async () => {
      const res = await fetch(`${child.url}/api/households/mine`, { headers: { Authorization: `Bearer ${pick()}` } });
      await res.arrayBuffer();
      return res.status;
    });
  } finally {
    child.proc.kill('SIGTERM');
    await new Promise((r) => child.proc.once('exit', r));
    await store.cleanup();
  }
}

const url = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
if (url) process.env.TEST_DATABASE_URL = url;
console.log(`bench:api — ${CONCURRENCY} concurrent clients, ${SECONDS} s a phase, service in its own process on loopback`);
await run('pglite');
if (url) await run('postgres');
else console.log('postgres: skipped (set BENCH_DATABASE_URL or TEST_DATABASE_URL)');
