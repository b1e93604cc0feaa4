// `npm run bench:api`: seeds a ward of 20,000 households, starts the service as its own process, and loads it over
// loopback with wrk (Debian package `wrk`). Prints figures for PGlite and (when BENCH_DATABASE_URL or TEST_DATABASE_URL
// is set) PostgreSQL. Asserts nothing.
// Why wrk and not a Node client: on this 2-core machine a Node/undici client topped out near 2,000 requests/s on a
// bare health check and took a core from the service, so it measured itself. wrk costs a fraction of that.
import { spawnSync, spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Backend } from '../support/backends';
import { HOUSEHOLDS, onEachBackend, seedBenchWard, startBenchService } from './bench-ward';

const CONNECTIONS = Number(process.env.BENCH_CONCURRENCY ?? 32);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const SECRET = 'bench-api-secret-0123456789abcdefghij';
const SCRIPT = path.join(import.meta.dirname, 'wrk/bench-requests.lua');

if (spawnSync('wrk', ['--version']).error) {
  console.error('bench:api needs wrk on the PATH (Debian: apt-get install wrk).');
  process.exit(1);
}

type WrkResult = {
  requests: number;
  seconds: number;
  p50: number;
  p99: number;
  max: number;
  non2xx: number;
  socketErrors: number;
};

/** Runs wrk (one thread: the service needs the other core more than the load generator does) and reads its summary. */
function wrk(url: string, args: string[], seconds = SECONDS): Promise<WrkResult> {
  return new Promise((resolve, reject) => {
    const proc = spawn('wrk', [
      '-t1',
      `-c${CONNECTIONS}`,
      `-d${seconds}s`,
      '--timeout',
      '10s',
      '-s',
      SCRIPT,
      url,
      '--',
      ...args,
    ]);
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
  console.log(
    `  ${name}: ${(r.requests / r.seconds).toFixed(0)}/s, p50 ${ms(r.p50)} ms, p99 ${ms(r.p99)} ms, max ${ms(r.max)} ms, non-2xx ${r.non2xx}, socket errors ${r.socketErrors}`,
  );
}

async function run(backend: Backend) {
  const ward = await seedBenchWard(backend);
  console.log(
    `${backend}: seeded ${HOUSEHOLDS} households, ${ward.seeded.memberIds.length} members, ${ward.completions} completions in ${ward.seconds.toFixed(1)} s`,
  );
  const service = await startBenchService(ward, SECRET);
  const tokens = await Promise.all(ward.seeded.oneMemberEach.map(service.token));
  const tokensFile = path.join(mkdtempSync(path.join(tmpdir(), 'bench-api-')), 'tokens.txt');
  writeFileSync(tokensFile, tokens.join('\n') + '\n');
  const url = service.child.url;
  const lessonIds = ward.lessonIds.join(',');
  try {
    await wrk(url, [tokensFile, 'read', lessonIds], 3); // warm-up: connections, JIT, caches
    report('completion writes', await wrk(url, [tokensFile, 'write', lessonIds]));
    report('household-progress reads', await wrk(url, [tokensFile, 'read', lessonIds]));
  } finally {
    await service.stop();
  }
}

console.log(
  `bench:api — wrk, ${CONNECTIONS} connections, ${SECONDS} s a phase, service in its own process on loopback`,
);
await onEachBackend(run);
