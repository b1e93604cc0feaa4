import { spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { aCompletion, apiClient, resident } from '../support/api-client';
import { backends, freshStore, type TestStore } from '../support/backends';
import { exitOf, listening, spawnService, startChild, type ChildService } from '../support/child-service';

describe.each(backends)('durability on %s', (backend) => {
  let store: TestStore;
  const children: ChildService[] = [];
  afterAll(async () => {
    for (const c of children) c.proc.kill('SIGKILL');
    await store?.cleanup();
  });

  it('keeps every acknowledged completion after kill -9 mid-stream, and restarts without hanging', async () => {
    store = await freshStore(backend);
    const env: Record<string, string> = { ...store.env, SESSION_SECRET: 'durability-test-secret-0123456789abcdef' };
    const first = await startChild(env);
    children.push(first);
    const r = await resident(first.url, 'Bà Bền');
    await r.api.post('/api/households', { areaId: 'le-chan/1' });

    const acked = new Set<string>();
    let stop = false;
    const worker = async () => {
      while (!stop) {
        const c = aCompletion();
        try {
          const res = await r.api.post('/api/completions', c);
          if (res.status === 201) acked.add(c.id);
        } catch {
          return; // the connection died with the process: this write was never acknowledged
        }
      }
    };
    const workers = Array.from({ length: 8 }, worker);
    while (acked.size < 150) await new Promise((res) => setTimeout(res, 10));
    first.proc.kill('SIGKILL');
    stop = true;
    await Promise.all(workers);
    await exitOf(first.proc);
    if (backend === 'pglite') {
      // The known trap: PGlite leaves postmaster.pid behind after kill -9, and opening again would hang if the service
      // did not recover. It is not left every time, so put one there when it was not: the restart below must cope.
      const stalePid = path.join(env.DATA_DIR, 'pglite', 'postmaster.pid');
      if (!existsSync(stalePid)) writeFileSync(stalePid, '4194000\n');
      expect(existsSync(stalePid)).toBe(true);
    }

    const second = await startChild(env, 30_000);
    children.push(second);
    // Same SESSION_SECRET, so the session issued before the crash is still good on the new process (a new port).
    const exported = await apiClient(second.url, r.token).get('/api/me/export');
    expect(exported.status).toBe(200);
    const stored = new Set<string>(exported.body.completions.map((c: { id: string }) => c.id));
    const missing = [...acked].filter((id) => !stored.has(id));
    expect(missing).toEqual([]);
    expect(acked.size).toBeGreaterThanOrEqual(150);
    second.proc.kill('SIGTERM');
    expect(await exitOf(second.proc)).toBe(0);
  });

  it.runIf(backend === 'pglite')('refuses to open a data directory another live process holds', async () => {
    const holder = await startChild({ ...store.env });
    children.push(holder);
    const second = await spawnService(store.env);
    let out = '';
    second.stderr!.on('data', (d: Buffer) => (out += d.toString()));
    expect(await exitOf(second)).toBe(1);
    expect(out).toContain('is in use by process');
    holder.proc.kill('SIGTERM');
    await exitOf(holder.proc);
  });

  it.runIf(backend === 'pglite')(
    'stops when `npm start` is told to stop, and leaves the data directory free for the next start',
    async () => {
      // A process manager stops the service by sending SIGTERM to the process it started: npm, not node.
      const own = await freshStore(backend);
      const npm = spawn('npm', ['start'], {
        cwd: path.resolve(import.meta.dirname, '../..'),
        env: { ...process.env, ...own.env, PORT: '0', DATABASE_URL: '' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      await listening(npm);
      npm.kill('SIGTERM');
      await exitOf(npm);
      const next = await startChild({ ...own.env });
      children.push(next);
      expect((await fetch(`${next.url}/api/health`)).status).toBe(200);
      next.proc.kill('SIGTERM');
      await exitOf(next.proc);
      await own.cleanup();
    },
  );
});
