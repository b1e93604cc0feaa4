// `npm run bench:dashboard`: seeds a ward of 20,000 households (as bench:api does), adds a ward admin and a team
// member, starts the service as its own process and prints, for PGlite and (with BENCH_DATABASE_URL or
// TEST_DATABASE_URL) PostgreSQL: p50/p95 of the tổ list's first page and of the coverage summary, and the full-ward
// XLSX export's time and the service's peak memory. Asserts nothing.
// Memory is the service process's own (VmRSS sampled, and the kernel's exact VmHWM), not this bench's. On PGlite
// that includes the database (its WASM heap lives in the service); on PostgreSQL the server's processes are not
// counted, so the two peaks are not like for like: the rise during the export is printed too.
import { readFileSync } from 'node:fs';
import type { Backend } from '../support/backends';
import { addBenchStaff, HOUSEHOLDS, onEachBackend, seedBenchWard, startBenchService } from './bench-ward';

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 50);
const SECRET = 'bench-dashboard-secret-0123456789abcdef';

const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
const kb = (pid: number, field: 'VmRSS' | 'VmHWM') =>
  Number(new RegExp(`${field}:\\s+(\\d+)`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);

async function timed(name: string, url: string, token: string) {
  const get = async () => {
    const t = performance.now();
    const res = await fetch(url, { headers: { Authorization: `Bearer ${token}` } });
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`${name}: HTTP ${res.status}`);
    return performance.now() - t;
  };
  const lat: number[] = [];
  for (let i = 0; i < REQUESTS; i++) lat.push(await get());
  console.log(
    `  ${name}: p50 ${pct(lat, 50).toFixed(1)} ms, p95 ${pct(lat, 95).toFixed(1)} ms (${REQUESTS} sequential requests)`,
  );
}

/** Downloads an export while sampling the service's resident memory every 20 ms. */
async function exportRun(name: string, url: string, token: string, pid: number) {
  const before = kb(pid, 'VmRSS');
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, kb(pid, 'VmRSS'))), 20);
  const t = performance.now();
  const res = await fetch(url, { headers: { Authorization: `Bearer ${token}` } });
  const bytes = (await res.arrayBuffer()).byteLength;
  const ms = performance.now() - t;
  clearInterval(sampler);
  peak = Math.max(peak, kb(pid, 'VmRSS'));
  console.log(
    `  ${name}: HTTP ${res.status}, ${(bytes / 1e6).toFixed(1)} MB in ${(ms / 1000).toFixed(2)} s; service RSS ${(before / 1024).toFixed(0)} → peak ${(peak / 1024).toFixed(0)} MB, +${((peak - before) / 1024).toFixed(0)} MB (VmHWM since start ${(kb(pid, 'VmHWM') / 1024).toFixed(0)} MB)`,
  );
}

async function run(backend: Backend) {
  let adminMember = '',
    teamMember = '';
  const ward = await seedBenchWard(backend, async (db, seeded, areaIds) => {
    // About 40 % of households have answered the survey, a third of those below VNeID level 2.
    for (let i = 0; i < seeded.householdIds.length; i += 1000) {
      const rows = seeded.householdIds
        .slice(i, i + 1000)
        .filter((_, k) => (i + k) % 5 < 2)
        .map((id, k) => ({
          household_id: id,
          answers: JSON.stringify({
            devices: { smartphone: true, computer: false, internet: true },
            uses: {
              zalo: true,
              vneidLevel: k % 3 === 0 ? 1 : 2,
              onlinePublicServices: false,
              cashlessPayments: true,
              smartHaiPhong: false,
            },
            wantsToLearn: { topics: ['online-safety'] },
          }),
          filled_by: 'team' as const,
          updated_at: new Date(Date.UTC(2026, 10, 1 + (k % 20))),
        }));
      if (rows.length) await db.insertInto('surveys').values(rows).execute();
    }
    [adminMember, teamMember] = await addBenchStaff(db, seeded, areaIds);
  });
  const { areaIds } = ward;
  console.log(
    `${backend}: seeded ${HOUSEHOLDS} households, ${ward.seeded.memberIds.length} members in ${ward.seconds.toFixed(1)} s`,
  );

  const service = await startBenchService(ward, SECRET);
  const child = service.child;
  const [admin, team] = [await service.token(adminMember), await service.token(teamMember)];
  const api = `${child.url}/api/staff`;
  console.log(`  service RSS after start: ${(kb(child.proc.pid!, 'VmRSS') / 1024).toFixed(0)} MB`);
  // Warm up every route first (JIT, PGlite's start-up vacuum, connection pool), so no figure pays for another's start.
  for (let i = 0; i < 10; i++) {
    for (const [path, t] of [
      [`households?areaId=${areaIds[0]}`, team],
      ['households?filter=needs_visit', team],
      ['households', admin],
      ['coverage', team],
      ['coverage', admin],
    ]) {
      await (await fetch(`${api}/${path}`, { headers: { Authorization: `Bearer ${t}` } })).arrayBuffer();
    }
  }
  try {
    await timed(
      `tổ list, first page (team, ${Math.round(HOUSEHOLDS / areaIds.length)} households)`,
      `${api}/households?areaId=${areaIds[0]}`,
      team,
    );
    await timed('tổ list, first page, needs-visit filter (team)', `${api}/households?filter=needs_visit`, team);
    await timed(`ward list, first page (ward admin, ${HOUSEHOLDS} households)`, `${api}/households`, admin);
    await timed('coverage summary (team)', `${api}/coverage`, team);
    await timed('coverage summary (ward admin, whole ward)', `${api}/coverage`, admin);
    await exportRun('full-ward XLSX export', `${api}/export.xlsx`, admin, child.proc.pid!);
    await exportRun('full-ward CSV export', `${api}/export.csv`, admin, child.proc.pid!);
  } finally {
    await service.stop();
  }
}

console.log('bench:dashboard — service in its own process on loopback; latencies include HTTP and JSON');
await onEachBackend(run);
