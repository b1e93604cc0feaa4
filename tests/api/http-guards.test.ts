import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppServer, type RunningApp } from '../e2e/support/app-server';
import { aCompletion, apiClient, resident } from '../support/api-client';
import { backends } from '../support/backends';
import { download, wardAdmin } from '../support/staff';

// What the HTTP layer refuses or limits, one test per finding of the hardening probe (issue 15); each failed before
// its fix. Plus the pass rule for a crafted request: the server never trusts a client's `passed`.

const raw = (app: RunningApp, path: string, init: RequestInit = {}) => fetch(`${app.url}${path}`, init);

describe.each(backends)('HTTP guards on %s', (backend) => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startAppServer({ backend });
  });
  afterAll(() => app?.close());

  it('stops join-code guessing after a few wrong codes, for the account and for its address', async () => {
    const guesser = await resident(app.url, 'Người đoán');
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++)
      statuses.push(
        (await guesser.api.post('/api/households/join', { code: `ZZZ-${String(222 + i).replace(/[01]/g, '2')}` }))
          .status,
      );
    expect(statuses.slice(0, 8).every((s) => s === 404)).toBe(true);
    expect(statuses.slice(8)).toEqual([429, 429]);
    const blocked = await guesser.api.post('/api/households/join', { code: 'ZZZ-999' });
    expect(blocked.body.error).toMatchObject({ code: 'too_many_codes', message: expect.any(String) });

    // Fresh accounts from the same address share the address's count (30 a quarter hour).
    let addressStatus = 0;
    for (let n = 0; n < 4 && addressStatus !== 429; n++) {
      const other = await resident(app.url, `Tài khoản ${n}`);
      for (let i = 0; i < 8 && addressStatus !== 429; i++)
        addressStatus = (await other.api.post('/api/households/join', { code: 'YYY-777' })).status;
    }
    expect(addressStatus).toBe(429);
  });

  it('answers an account already in a household the same for an existing and a missing code', async () => {
    const fresh = await startAppServer({ backend });
    try {
      const a = await resident(fresh.url, 'Bà A');
      const b = await resident(fresh.url, 'Ông B');
      await a.api.post('/api/households', { areaId: 'le-chan/1' });
      const other = (await b.api.post('/api/households', { areaId: 'le-chan/2' })).body.household.code as string;
      const existing = await a.api.post('/api/households/join', { code: other });
      const missing = await a.api.post('/api/households/join', { code: 'XXX-999' });
      expect(existing.status).toBe(missing.status);
      expect(existing.body.error.code).toBe(missing.body.error.code);
    } finally {
      await fresh.close();
    }
  });

  it('refuses an oversized body with 413 and the usual error body', async () => {
    // Just over the chat's 16 KB: small enough that the whole body is on the wire before the answer comes back.
    const big = JSON.stringify({ text: 'a'.repeat(17_000), chatId: 'chat-12345678' });
    const r = await raw(app, '/api/bot/message', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: big,
    });
    expect(r.status).toBe(413);
    expect((await r.json()).error).toMatchObject({ code: 'payload_too_large' });
    const batch = { items: Array.from({ length: 100 }, () => aCompletion()) };
    const someone = await resident(app.url, 'Người gửi lô');
    expect((await someone.api.post('/api/completions/batch', batch)).status).not.toBe(413); // a full outbox fits
  });

  it('answers text the database cannot hold, huge versions, odd scores and impossible dates with 400, never 500', async () => {
    const r = await resident(app.url, 'Người thử');
    const cases: [string, unknown][] = [
      ['/api/households', { areaId: 'le-chan/1', label: 'nhà\u0000bác' }],
      [
        '/api/households/mine/survey',
        {
          devices: { smartphone: true, computer: false, internet: true },
          uses: {
            zalo: true,
            vneidLevel: 1,
            onlinePublicServices: false,
            cashlessPayments: false,
            smartHaiPhong: false,
          },
          wantsToLearn: { topics: [], other: 'a\uD800b' },
        },
      ],
      ['/api/completions', aCompletion({ lessonVersion: 2 ** 31 })],
      ['/api/completions', aCompletion({ completedAt: '0000-01-01T00:00:00Z' })],
      ['/api/completions', aCompletion({ completedAt: '2026-11-20T08:00:00+23:59' })],
      ['/api/bot/message', { text: 'xin\u0000chào', chatId: 'chat-12345678' }],
    ];
    for (const [path, body] of cases) {
      const res = await r.api.post(path, body);
      expect(res.status, `${path} ${JSON.stringify(body).slice(0, 80)}`).toBe(400);
      expect(res.body.error).toMatchObject({ code: 'invalid_input', message: expect.any(String) });
    }
    expect((await r.api.post('/api/households', { areaId: 'le-chan/1' })).status).toBe(201);
    expect((await r.api.post('/api/completions', aCompletion({ score: 5e-324, passed: false }))).status).toBe(201);
    const admin = await wardAdmin(app);
    expect((await admin.api.get('/api/staff/coverage?from=0001-01-01')).status).toBe(400);
    expect((await admin.api.get('/api/staff/households?q=a%00b')).status).toBe(400);
  });

  it('validates a Zalo token before calling Zalo', async () => {
    const r = await apiClient(app.url).post('/api/auth/zalo', { accessToken: 'tokenvới-chữ-Việt-ừ' });
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('invalid_input');
  });

  it('never stores a chat message that spells out a secret', async () => {
    const secrets = [
      'my password is Hoa@1960abc',
      'pass zalo: matkhau123',
      'mk zalo la hoa1960',
      'PIN 6917',
      'so cccd 0312\u200B3456\u200B7890',
      'cccd ０３１２３４５６７８９０',
    ];
    const before = await app.services.db
      .selectFrom('unanswered_questions')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    for (const text of secrets) {
      const reply = await apiClient(app.url).post('/api/bot/message', {
        text,
        chatId: `secret-${Math.random().toString(36).slice(2, 10)}`,
      });
      expect(reply.status).toBe(200);
      expect(reply.body.kind, text).toBe('safety');
    }
    const after = await app.services.db
      .selectFrom('unanswered_questions')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it('limits anonymous chats per address, whatever chat id they send', async () => {
    const fresh = await startAppServer({ backend });
    try {
      const kinds: string[] = [];
      for (let i = 0; i < 70; i++)
        kinds.push(
          (
            await apiClient(fresh.url).post('/api/bot/message', {
              text: 'vneid là gì',
              chatId: `flood-${String(i).padStart(8, '0')}`,
            })
          ).body.kind,
        );
      expect(kinds.slice(0, 60).includes('refused')).toBe(false);
      expect(kinds.slice(60).every((k) => k === 'refused')).toBe(true);
    } finally {
      await fresh.close();
    }
  });

  it('serves the app, staff pages and the API with security headers', async () => {
    for (const path of [
      '/api/health',
      `/zapps/${app.services.config.appId}/`,
      `/zapps/${app.services.config.appId}/staff`,
    ]) {
      const res = await raw(app, path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(res.headers.get('x-frame-options'), path).toBe('DENY');
      expect(res.headers.get('referrer-policy'), path).toBe('strict-origin-when-cross-origin');
      expect(res.headers.get('content-security-policy'), path).toMatch(/frame-ancestors 'none'/);
    }
    const page = await raw(app, `/zapps/${app.services.config.appId}/`);
    const csp = page.headers.get('content-security-policy')!;
    // The boot script the service writes into the page is allowed by its hash, and nothing inline otherwise.
    expect(csp).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/=]+'/);
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(page.headers.get('strict-transport-security')).toBeNull();
  });

  it('answers a malformed asset path and an inverted range with a 4xx, not a 500', async () => {
    const base = `/zapps/${app.services.config.appId}`;
    expect((await raw(app, `${base}/assets/%E0.js`)).status).toBe(404);
    const ranged = await raw(app, `${base}/app-config.json`, { headers: { Range: 'bytes=500-100' } });
    expect(ranged.status).toBe(416);
  });

  it('turns a report whose query fails into an error answer, not a truncated 200', async () => {
    const fresh = await startAppServer({ backend });
    try {
      const admin = await wardAdmin(fresh);
      await fresh.services.db.schema.alterTable('completions').renameTo('completions_gone').execute();
      const res = await download(fresh, '/api/staff/export.csv', admin.token);
      expect(res.status).toBe(500);
      expect(JSON.parse(res.bytes.toString('utf8')).error.code).toBe('internal');
    } finally {
      await fresh.services.db.schema
        .alterTable('completions_gone')
        .renameTo('completions')
        .execute()
        .catch(() => undefined);
      await fresh.close();
    }
  });

  it('answers a deleted account on staff routes with 401, as on resident routes', async () => {
    const gone = await resident(app.url, 'Người đã xoá');
    await gone.api.del('/api/me');
    expect((await gone.api.get('/api/staff/me')).status).toBe(401);
    expect((await gone.api.get('/api/me')).status).toBe(401);
  });

  it('limits wrong staff invite codes', async () => {
    const r = await resident(app.url, 'Người đoán mã mời');
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++)
      statuses.push((await r.api.post('/api/staff/invites/accept', { code: `WRONG${i}CODE` })).status);
    expect(statuses.slice(0, 5)).toEqual([404, 404, 404, 404, 404]);
    expect(statuses.slice(5)).toEqual([429, 429]);
  });

  it('records a claimed pass with wrong answers as not passed, and a real 4 of 5 as passed', async () => {
    const r = await resident(app.url, 'Người gửi điểm giả');
    await r.api.post('/api/households', { areaId: 'le-chan/1' });
    expect(
      (await r.api.post('/api/completions', aCompletion({ lessonId: 'vneid-install', score: 0, passed: true }))).status,
    ).toBe(201);
    let lesson = (await r.api.get('/api/households/mine')).body.lessons.find(
      (l: { lessonId: string }) => l.lessonId === 'vneid-install',
    );
    expect(lesson.done).toBe(false);
    expect(
      (await r.api.post('/api/completions', aCompletion({ lessonId: 'vneid-install', score: 0.8, passed: false })))
        .status,
    ).toBe(201);
    lesson = (await r.api.get('/api/households/mine')).body.lessons.find(
      (l: { lessonId: string }) => l.lessonId === 'vneid-install',
    );
    expect(lesson.done).toBe(true);
  });
});
