// `npm run bench:api`: seeds a ward of 20,000 households, starts the service as its own process, and loads it over
// loopback with wrk (Debian package `wrk`). Prints figures for PGlite and (when BENCH_DATABASE_URL or TEST_DATABASE_URL
// is set) PostgreSQL. Asserts nothing.
// Why wrk and not a Node client: on this 2-core machine a Node/undici client topped out near 2,000 requests/s on a
// bare health check and took a core from the service, so it measured itself. wrk costs a fraction of that.
import { spawnSync, spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SignJWT } from 'jose';
import { sql } from 'kysely';
import { loadLessonIndex } from '../../bot/content/lesson-index';
import { openDatabase } from '../../bot/db/open-database';
import { loadAreas, syncAreas } from '../../bot/services/areas';
import { freshStore, type Backend } from '../support/backends';
import { startChild } from '../support/child-service';
import { seedWard } from './seed-ward';

const HOUSEHOLDS = Number(process.env.BENCH_HOUSEHOLDS ?? 20_000);
const CONNECTIONS = Number(process.env.BENCH_CONCURRENCY ?? 32);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const SECRET = 'bench-api-secret';
const SCRIPT = path.join(import.meta.dirname, 'wrk/bench-requests.lua');

if (spawnSync('wrk', ['--version']).error) {
  console.error('bench:api needs wrk on the PATH (Debian: apt-get install wrk).');
  process.exit(1);
}

type WrkResult = { requests: number; seconds: number; p50: number; p99: number; max: number; non2xx: number; socketErrors: number };

/** Runs wrk (one thread: the service needs the other core more than the load generator does) and reads its summary. */
function wrk(url: string, args: string[], seconds = SECONDS): Promise<WrkResult> {
  return new Promise((resolve, reject) => {
    const proc = spawn('wrk', ['-t1', `-c${CONNECTIONS}`, `-d${seconds}s`, '--timeout', '10s', '-s', SCRIPT, url, '--', ...args]);
    let out = '';
    proc.stdout.on('data', (d: Buffer) => (out += d.toString()));
    proc.stderr.on('data', (d: Buffer) => (out += d.toString()));
    proc.once('exit', () => {
      const line = out.split('\n').find((l) => l.startsWith('WRK_RESULT '));
      if (line) resolve(JSON.parse(line.slice('WRK_RESULT '.length)) as WrkResult);
      else reject(new Error(`wrk printed no result:\n${out}`));
    });
  });
}

function report(name: string, r: WrkResult) {
  const ms = (us: number) => (us / 1000).toFixed(1);
  console.log(`  ${name}: ${(r.requests / r.seconds).toFixed(0)}/s, p50 ${ms(r.p50)} ms, p99 ${ms(r.p99)} ms, max ${ms(r.max)} ms, non-2xx ${r.non2xx}, socket errors ${r.socketErrors}`);
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
  // A ward's database in service has been vacuumed and analysed by autovacuum; a freshly loaded one has not, and the
  // first phase would otherwise measure that catching up.
  await sql`vacuum analyze`.execute(db.db);
  console.log(`${backend}: seeded ${HOUSEHOLDS} households, ${seeded.memberIds.length} members, ${rows.n} completions in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  await db.close();

  // One service process for both. On these 2 cores a second process was slower (1,650 against 3,100 reads/s): the
  // database needs the other core, and busy backends preempted one another. With PostgreSQL on its own machine,
  // run one process per core (WEB_CONCURRENCY).
  const child = await startChild({ ...store.env, SESSION_SECRET: SECRET, WEB_CONCURRENCY: '1' }, 120_000);
  const key = new TextEncoder().encode(SECRET);
  const tokens = await Promise.all(
    seeded.oneMemberEach.map((id) => new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setSubject(id).setIssuedAt().setExpirationTime('2h').sign(key)),
  );
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-api-'));
  const tokensFile = path.join(dir, 'tokens.txt');
  writeFileSync(tokensFile, tokens.join('\n') + '\n');
  const lessonIds = [...lessons.lessons.keys()].join(',');
  try {
    await wrk(child.url, [tokensFile, 'read', lessonIds], 3); // warm-up: connections, JIT, caches
    report('completion writes', await wrk(child.url, [tokensFile, 'write', lessonIds]));
    report('household-progress reads', await wrk(child.url, [tokensFile, 'read', lessonIds]));
  } finally {
    child.proc.kill('SIGTERM');
    await new Promise((r) => child.proc.once('exit', r));
    await store.cleanup();
  }
}

const url = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
if (url) process.env.TEST_DATABASE_URL = url;
console.log(`bench:api — wrk, ${CONNECTIONS} connections, ${SECONDS} s a phase, service in its own process on loopback`);
// BENCH_BACKENDS=postgres (or pglite) runs one of them only.
const only = process.env.BENCH_BACKENDS;
if (!only || only === 'pglite') await run('pglite');
if (only === 'pglite') process.exit(0);
if (url) await run('postgres');
else console.log('postgres: skipped (set BENCH_DATABASE_URL or TEST_DATABASE_URL)');
