import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../bot/config';
import { buildServices } from '../../bot/services/build-services';
import { apiClient, resident } from '../support/api-client';
import { backends, freshStore, type TestStore } from '../support/backends';
import { exitOf, startChild, type ChildService } from '../support/child-service';
import { startZaloGraph } from '../stand-ins/zalo-graph';

// Property-based fuzzing of every operation in /api/openapi.json against the service as `npm start` runs it: whatever
// a stranger sends, the answer is never a 5xx, every 4xx carries {error:{code,message}}, and memory stays flat.

const SEED = 20261204;
const RUNS_PER_OPERATION = 125;

type Operation = { method: string; path: string; query: string[]; body: boolean; auth: boolean };

const rssMb = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;

// Strings that broke or could break something: NUL, lone surrogates, bad escapes, huge numbers, dates out of range.
const nasty = fc.constantFrom(
  '\u0000',
  'a\u0000b',
  '\uD800',
  'x\uDFFFy',
  '%E0',
  '%00',
  '0000-01-01T00:00:00Z',
  '2026-11-20T08:00:00+23:59',
  '9'.repeat(400),
  '-1',
  '1e309',
  'NaN',
  '../../etc/passwd',
  "' or 1=1 --",
  '<script>alert(1)</script>',
  '=HYPERLINK("http://x")',
  'Tổ dân phố 3',
  'ABC-234',
);
const text = fc.oneof(fc.string({ maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 20 }), nasty);
const scalar = fc.oneof(
  text,
  fc.integer(),
  fc.double(),
  fc.constantFrom(2 ** 31, 5e-324, -0, 1e308),
  fc.boolean(),
  fc.constant(null),
);
const value: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  v: fc.oneof(
    { depthSize: 'small' },
    scalar,
    fc.array(tie('v'), { maxLength: 4 }),
    fc.dictionary(text, tie('v'), { maxKeys: 4 }),
  ),
})).v;

/** A URL-safe form of any string, including ones encodeURIComponent refuses (lone surrogates). */
const pathPart = (s: string) => {
  try {
    return encodeURIComponent(s);
  } catch {
    return '%ED%A0%80';
  }
};

const survey = {
  devices: { smartphone: true, computer: false, internet: true },
  uses: { zalo: true, vneidLevel: 1, onlinePublicServices: false, cashlessPayments: false, smartHaiPhong: false },
  wantsToLearn: { topics: ['vneid'], other: 'Muốn học thêm' },
};
const completion = {
  id: '0b9a4a52-3c1e-4a57-9d7e-6f2d3f4e5a6b',
  lessonId: 'vneid-install',
  lessonVersion: 1,
  score: 1,
  passed: true,
  completedAt: '2026-11-20T08:00:00.000Z',
};

/**
 * A valid body per operation. Most fuzzed bodies are one of these with a single field replaced: random bodies stop at
 * the first wrong field, and the failures the probe found (a NUL in a household label, a version beyond int4) needed
 * everything else to be right.
 */
const EXAMPLES: Record<string, unknown> = {
  'POST /api/auth/zalo': { accessToken: 'zalo-access-token-123', name: 'Bà Lan' },
  'POST /api/auth/dev': { name: 'Bà Lan', deviceId: 'device-12345678' },
  'POST /api/me/consent': { version: '2026-11', given: true },
  'POST /api/households': { areaId: 'le-chan/2', label: 'Số 12 ngõ 5' },
  'POST /api/households/join': { code: 'ABC-234' },
  'POST /api/completions': completion,
  'POST /api/completions/batch': { items: [completion] },
  'POST /api/bot/message': { text: 'vneid là gì', lang: 'vi', chatId: 'chat-12345678' },
  'POST /api/households/mine/survey': survey,
  'POST /api/auth/staff-code': { code: 'ABCD2345' },
  'POST /api/staff/invites': { role: 'team', areaIds: ['le-chan/1'] },
  'POST /api/staff/invites/accept': { code: 'ABCD2345EF' },
  'POST /api/staff/households': { areaId: 'le-chan/1', label: 'Nhà số 3', count: 1 },
  'POST /api/staff/households/{id}/assisted': {
    id: completion.id,
    lessonId: 'vneid-install',
    score: 1,
    passed: true,
    completedAt: completion.completedAt,
  },
  'POST /api/staff/households/{id}/survey': survey,
  'POST /api/staff/join-cards/link': { areaId: 'le-chan/1' },
  'POST /api/staff/school-links': { lessonId: 'vneid-install', classLabel: '5A' },
  'POST /api/school-links/{token}/events': { deviceId: 'device-12345678', kind: 'open', lessonId: 'vneid-install' },
};

/** The example with the leaf number `which` (counted depth-first) replaced. */
function mutate(example: unknown, which: number, replacement: unknown): unknown {
  const copy = structuredClone(example);
  const leaves: [Record<string | number, unknown>, string | number][] = [];
  const walk = (v: unknown) => {
    if (!v || typeof v !== 'object') return;
    for (const [k, child] of Object.entries(v)) {
      const key = Array.isArray(v) ? Number(k) : k;
      if (child && typeof child === 'object') walk(child);
      else leaves.push([v as Record<string | number, unknown>, key]);
    }
  };
  walk(copy);
  if (!leaves.length) return replacement;
  const [parent, key] = leaves[which % leaves.length];
  parent[key] = replacement;
  return copy;
}

function operationsOf(doc: {
  paths: Record<
    string,
    Record<string, { parameters?: { name: string; in: string }[]; requestBody?: unknown; security?: unknown }>
  >;
}): Operation[] {
  return Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({
      method: method.toUpperCase(),
      path,
      query: (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name),
      body: Boolean(op.requestBody),
      auth: Boolean(op.security),
    })),
  );
}

describe.each(backends)('API fuzz on %s', (backend) => {
  let store: TestStore;
  let svc: ChildService;
  let zalo: Awaited<ReturnType<typeof startZaloGraph>>;
  let tokens: string[] = [];
  const counts = new Map<number, number>();

  beforeAll(async () => {
    store = await freshStore(backend);
    // The first ward admin's invite is made the way `npm run staff -- create-admin` makes it: before the service runs.
    const setup = await buildServices(readConfig({ ...process.env, DATABASE_URL: '', ...store.env }), {
      schema: store.schema,
    });
    const invite = await setup.staff.invites.createAdmin('le-chan');
    await setup.close();
    // Zalo's Graph API as a stand-in (this machine cannot reach Zalo): tokens it does not know are refused, as Zalo does.
    zalo = await startZaloGraph({});
    svc = await startChild({ ...store.env, ZALO_API_BASE: zalo.url });
    const head = await resident(svc.url, 'Bà Fuzz');
    await head.api.post('/api/households', { areaId: 'le-chan/1' });
    const admin = await resident(svc.url, 'Chị Admin');
    await admin.api.post('/api/staff/invites/accept', { code: invite.code });
    tokens = [head.token, admin.token];
  }, 120_000);

  afterAll(async () => {
    if (svc) {
      svc.proc.kill('SIGTERM');
      await exitOf(svc.proc);
    }
    await store?.cleanup();
    await zalo?.close();
    console.log(
      `fuzz on ${backend}: ${[...counts.values()].reduce((a, b) => a + b, 0)} requests, statuses ${JSON.stringify(Object.fromEntries([...counts].sort()))}`,
    );
  });

  it('answers every malformed request to every operation with a 4xx and an error body, never a 5xx, in flat memory', async () => {
    const doc = (await apiClient(svc.url).get('/api/openapi.json')).body;
    const ops = operationsOf(doc);
    expect(ops.length).toBeGreaterThanOrEqual(41);
    const rssBefore = rssMb(svc.proc.pid!);
    const failures: string[] = [];

    for (const op of ops) {
      // Deleting the account would leave the rest of the run signed out; it is fuzzed without a valid token.
      const destructive = op.method === 'DELETE' && op.path === '/api/me';
      const request = fc.record({
        params: fc.array(fc.oneof(text, fc.uuid()), { minLength: 4, maxLength: 4 }),
        query: fc.dictionary(fc.oneof(fc.constantFrom(...(op.query.length ? op.query : ['q'])), text), text, {
          maxKeys: 4,
        }),
        body: EXAMPLES[`${op.method} ${op.path}`]
          ? fc.oneof(
              {
                arbitrary: fc
                  .tuple(fc.nat(), fc.oneof(nasty, scalar, value))
                  .map(([which, v]) => mutate(EXAMPLES[`${op.method} ${op.path}`], which, v)),
                weight: 4,
              },
              { arbitrary: value, weight: 1 },
              { arbitrary: text.map((t) => ({ __raw: t })), weight: 1 },
            )
          : fc.oneof(
              value,
              text.map((t) => ({ __raw: t })),
            ),
        auth: fc.constantFrom(...(op.auth && !destructive ? [0, 1, 2, 3] : [2, 3])),
      });
      await fc.assert(
        fc.asyncProperty(request, async (r) => {
          let i = 0;
          const path = op.path.replace(/\{\w+\}/g, () => pathPart(r.params[i++]));
          const qs = Object.entries(r.query)
            .map(([k, v]) => `${pathPart(k)}=${pathPart(v)}`)
            .join('&');
          const token = r.auth < 2 ? tokens[r.auth] : r.auth === 2 ? 'forged.token.value' : undefined;
          const raw =
            r.body && typeof r.body === 'object' && '__raw' in r.body
              ? String((r.body as { __raw: string }).__raw)
              : undefined;
          const res = await fetch(`${svc.url}${path}${qs ? `?${qs}` : ''}`, {
            method: op.method,
            headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), 'Content-Type': 'application/json' },
            body: op.method === 'GET' ? undefined : (raw ?? JSON.stringify(r.body)),
          });
          const body = await res.text();
          counts.set(res.status, (counts.get(res.status) ?? 0) + 1);
          if (res.status >= 500) failures.push(`${op.method} ${path} → ${res.status} ${body.slice(0, 120)}`);
          if (res.status >= 400 && (res.headers.get('content-type') ?? '').includes('json')) {
            const parsed = JSON.parse(body) as { error?: { code?: unknown; message?: unknown } };
            if (typeof parsed.error?.code !== 'string' || typeof parsed.error?.message !== 'string')
              failures.push(`${op.method} ${path} → ${res.status} without an error body: ${body.slice(0, 120)}`);
          }
          return true;
        }),
        { seed: SEED, numRuns: RUNS_PER_OPERATION },
      );
    }
    const total = [...counts.values()].reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThanOrEqual(5000);
    expect(failures.slice(0, 10)).toEqual([]);
    const rssAfter = rssMb(svc.proc.pid!);
    console.log(`fuzz on ${backend}: service memory ${rssBefore.toFixed(0)} → ${rssAfter.toFixed(0)} MB`);
    expect(rssAfter - rssBefore).toBeLessThan(96);
  }, 600_000);
});
