import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppServer, type RunningApp } from '../e2e/support/app-server';
import { aCompletion, apiClient, resident } from '../support/api-client';
import { backends } from '../support/backends';

describe.each(backends)('households and completions API on %s', (backend) => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startAppServer({ backend });
  });
  afterAll(() => app?.close());

  async function household() {
    const head = await resident(app.url, 'Bà Lan');
    const created = await head.api.post('/api/households', { areaId: 'le-chan/3', label: 'Số 12 ngõ 5' });
    expect(created.status).toBe(201);
    return { head, household: created.body.household };
  }

  it('creates a household with a readable code and lets a second member join by it', async () => {
    const { head, household: h } = await household();
    expect(h.code).toMatch(/^[2-9A-HJ-NP-Z]{6}$/);
    expect(h).toMatchObject({ areaName: 'Tổ dân phố 3', wardName: 'Phường Lê Chân', label: 'Số 12 ngõ 5' });
    const son = await resident(app.url, 'Anh Hùng');
    const joined = await son.api.post('/api/households/join', {
      code: `${h.code.slice(0, 3).toLowerCase()}-${h.code.slice(3)}`,
    });
    expect(joined.status).toBe(200);
    expect(joined.body.members.map((m: { displayName: string; role: string }) => [m.displayName, m.role])).toEqual([
      ['Bà Lan', 'head'],
      ['Anh Hùng', 'member'],
    ]);
    expect((await head.api.get('/api/households/mine')).body.members).toHaveLength(2);
  });

  it('answers an unknown or mistyped code with a clear 4xx', async () => {
    const r = await resident(app.url, 'Ông Tư');
    const unknown = await r.api.post('/api/households/join', { code: 'ZZZ-999' });
    expect(unknown).toEqual({
      status: 404,
      body: { error: { code: 'household_not_found', message: expect.stringContaining('ZZZ-999'), field: 'code' } },
    });
    const lookalike = await r.api.post('/api/households/join', { code: 'AB0-123' });
    expect(lookalike.status).toBe(400);
    expect(lookalike.body.error.code).toBe('invalid_code');
  });

  it('records a completion once however often it is sent, and the household progress shows it', async () => {
    const { head } = await household();
    const c = aCompletion();
    expect((await head.api.post('/api/completions', c)).status).toBe(201);
    const again = await head.api.post('/api/completions', c);
    expect(again).toEqual({ status: 200, body: { id: c.id, status: 'duplicate', passed: true } });
    const p = (await head.api.get('/api/households/mine')).body;
    const lesson = p.lessons.find((l: { lessonId: string }) => l.lessonId === 'vneid-install');
    expect(lesson).toMatchObject({ done: true, doneBy: [head.me.member.id] });
    expect(p).toMatchObject({ doneCount: 1, complete: false });
    const count = await app.services.db
      .selectFrom('completions')
      .select(({ fn }) => fn.countAll().as('n'))
      .where('id', '=', c.id)
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(1);
  });

  it('marks the household complete when members together pass every required lesson', async () => {
    const { head, household: h } = await household();
    const son = await resident(app.url, 'Con');
    await son.api.post('/api/households/join', { code: h.code });
    const required = app.services.lessons.required;
    for (const [i, lessonId] of required.entries()) {
      const who = i % 2 ? son : head;
      expect((await who.api.post('/api/completions', aCompletion({ lessonId }))).status).toBe(201);
    }
    const p = (await head.api.get('/api/households/mine')).body;
    expect(p).toMatchObject({ complete: true, doneCount: required.length, total: required.length });
  });

  it('takes an offline batch, recording good items and rejecting bad ones one by one', async () => {
    const { head } = await household();
    const good = [aCompletion(), aCompletion({ lessonId: 'fraud-bank-sms', score: 0.6, passed: false })];
    const r = await head.api.post('/api/completions/batch', {
      items: [...good, aCompletion({ lessonId: 'no-such-lesson' }), good[0]],
    });
    expect(r.status).toBe(200);
    expect(r.body.results.map((x: { status: string }) => x.status)).toEqual([
      'recorded',
      'recorded',
      'rejected',
      'duplicate',
    ]);
    expect(r.body.results[2].error.code).toBe('unknown_lesson');
  });

  it('refuses access to another household, and results without consent or household', async () => {
    const a = await household();
    const b = await household();
    expect((await b.head.api.get(`/api/households/${a.household.id}`)).status).toBe(404);
    expect((await b.head.api.get('/api/households/not-a-uuid')).status).toBe(404);
    expect((await b.head.api.del(`/api/households/mine/members/${a.head.me.member.id}`)).status).toBe(404);
    const stranger = await resident(app.url, 'Khách', false);
    expect((await stranger.api.post('/api/completions', aCompletion())).body.error.code).toBe('consent_required');
    const noHome = await resident(app.url, 'Chưa có hộ');
    expect((await noHome.api.post('/api/completions', aCompletion())).body.error.code).toBe('no_household');
    expect((await apiClient(app.url).get('/api/households/mine')).status).toBe(401);
    expect((await apiClient(app.url, 'forged.token.here').get('/api/me')).body.error.code).toBe('session_expired');
  });

  it('lets the head remove a member, and only the head', async () => {
    const { head, household: h } = await household();
    const m = await resident(app.url, 'Cháu');
    await m.api.post('/api/households/join', { code: h.code });
    expect((await m.api.del(`/api/households/mine/members/${head.me.member.id}`)).body.error.code).toBe('not_head');
    const r = await head.api.del(`/api/households/mine/members/${m.me.member.id}`);
    expect(r.status).toBe(200);
    expect(r.body.members).toHaveLength(1);
  });

  it('answers malformed bodies with 400 naming the field, never a 500', async () => {
    const { head } = await household();
    const cases: [string, unknown][] = [
      ['/api/completions', { ...aCompletion(), score: 7 }],
      ['/api/completions', { ...aCompletion(), id: 'not-a-uuid' }],
      ['/api/completions', { ...aCompletion(), extra: true }],
      ['/api/completions', { ...aCompletion(), completedAt: 'yesterday' }],
      ['/api/households', { areaId: 'nowhere/1' }],
      ['/api/completions/batch', { items: [] }],
      ['/api/me/consent', { version: '2026-11' }],
    ];
    for (const [path, body] of cases) {
      const r = await head.api.post(path, body);
      expect(r.status, `${path} ${JSON.stringify(body)}`).toBe(400);
      expect(r.body.error).toMatchObject({ code: expect.any(String), message: expect.any(String) });
    }
    expect((await head.api.post('/api/completions', { ...aCompletion(), score: 7 })).body.error.field).toBe('score');
    const notJson = await head.api.postRaw('/api/completions', '{"id": ');
    expect(notJson).toEqual({
      status: 400,
      body: { error: { code: 'invalid_json', message: 'The request body must be JSON.' } },
    });
  });

  it('exports my data and deletes it for real, with the household when I was its only member', async () => {
    const { head, household: h } = await household();
    await head.api.post('/api/completions', aCompletion());
    const exported = await head.api.get('/api/me/export');
    expect(exported.body).toMatchObject({
      member: { displayName: 'Bà Lan' },
      household: { code: h.code },
      completions: [{ lesson_id: 'vneid-install' }],
    });
    expect(exported.body.consentEvents[0].kind).toBe('given');
    const del = await head.api.del('/api/me');
    expect(del.body).toEqual({ deleted: true, householdDeleted: true, completions: 1 });
    const db = app.services.db;
    expect(await db.selectFrom('households').select('id').where('id', '=', h.id).executeTakeFirst()).toBeUndefined();
    expect(
      await db.selectFrom('members').select('id').where('id', '=', head.me.member.id).executeTakeFirst(),
    ).toBeUndefined();
    expect(
      await db.selectFrom('completions').select('id').where('household_id', '=', h.id).executeTakeFirst(),
    ).toBeUndefined();
    expect((await head.api.get('/api/me')).status).toBe(401);
    const log = await db.selectFrom('deletion_log').selectAll().orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(Object.keys(log).sort()).toEqual(['at', 'completions', 'id', 'scope']);
  });

  it('keeps the household and hands over the head role when a head with members deletes their data', async () => {
    const { head, household: h } = await household();
    const m = await resident(app.url, 'Con gái');
    await m.api.post('/api/households/join', { code: h.code });
    expect((await head.api.del('/api/me')).body.householdDeleted).toBe(false);
    const p = (await m.api.get('/api/households/mine')).body;
    expect(p.members).toEqual([expect.objectContaining({ displayName: 'Con gái', role: 'head' })]);
  });

  it('serves an OpenAPI description that lists every route and answers CORS for Zalo', async () => {
    const doc = (await apiClient(app.url).get('/api/openapi.json')).body;
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.paths['/api/completions'].post.requestBody.content['application/json'].schema.required).toContain(
      'lessonId',
    );
    const pre = await fetch(`${app.url}/api/completions`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://h5.zdn.vn', 'Access-Control-Request-Method': 'POST' },
    });
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBe('https://h5.zdn.vn');
    expect(pre.headers.get('access-control-allow-headers')).toContain('Authorization');
    const get = await fetch(`${app.url}/api/health`, { headers: { Origin: 'https://h5.zdn.vn' } });
    expect(get.headers.get('access-control-allow-origin')).toBe('https://h5.zdn.vn');
    const stranger = await fetch(`${app.url}/api/health`, { headers: { Origin: 'https://evil.example' } });
    expect(stranger.headers.get('access-control-allow-origin')).toBeNull();
  });
});
