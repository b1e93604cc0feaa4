import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppServer, type RunningApp } from '../e2e/support/app-server';
import { apiClient, resident } from '../support/api-client';
import { backends } from '../support/backends';
import { aSurvey, adminAndTeam, anAssisted, invited, type StaffUser } from '../support/staff';

describe.each(backends)('coverage, survey, schools and unanswered questions on %s', (backend) => {
  let app: RunningApp;
  let admin: StaffUser;
  let team: StaffUser;
  beforeAll(async () => {
    app = await startAppServer({ backend });
    ({ admin, team } = await adminAndTeam(app, ['le-chan/1', 'le-chan/2']));
  });
  afterAll(() => app?.close());

  it('sums coverage by tổ dân phố, lesson and week on a known dataset', async () => {
    const required = app.services.lessons.required;
    const a = (await team.api.post('/api/staff/households', { areaId: 'le-chan/1', count: 4 })).body;
    const b = (await team.api.post('/api/staff/households', { areaId: 'le-chan/2', count: 1 })).body;
    const assist = (h: { id: string }, lessonId: string, completedAt: string, passed = true) =>
      team.api.post(`/api/staff/households/${h.id}/assisted`, anAssisted({ lessonId, completedAt, passed }));
    for (const l of required) await assist(a[0], l, '2026-11-02T03:00:00Z'); // Monday 2 Nov (Vietnam)
    await assist(a[1], required[0], '2026-11-08T18:00:00Z'); // Monday 9 Nov 01:00 in Vietnam
    await assist(a[1], required[1], '2026-11-09T03:00:00Z', false);
    for (const l of required) await assist(b[0], l, '2026-11-10T03:00:00Z');
    await team.api.post(`/api/staff/households/${a[2].id}/survey`, aSurvey());

    const c = (await team.api.get('/api/staff/coverage')).body;
    expect(c.byArea).toEqual([
      { areaId: 'le-chan/1', name: 'Tổ dân phố 1', households: 4, completed: 1, pct: 25 },
      { areaId: 'le-chan/2', name: 'Tổ dân phố 2', households: 1, completed: 1, pct: 100 },
    ]);
    expect(c.byLesson[0]).toEqual({ lessonId: required[0], completedHouseholds: 3, pct: 60 });
    expect(c.byLesson[1]).toEqual({ lessonId: required[1], completedHouseholds: 2, pct: 40 });
    expect(c.byWeek).toEqual([
      { weekStart: '2026-11-02', completions: required.length },
      { weekStart: '2026-11-09', completions: 1 + required.length },
    ]);
    // Only the surveyed, recently active household is not due a visit.
    expect(c.survey).toEqual({ filled: 1, needsVisit: 4 });
    // Without a range the figures come from the trigger-kept household_stats; with one, from completions: they agree.
    expect((await team.api.get('/api/staff/coverage?from=2000-01-01')).body).toEqual(c);
    const inNov2 = (await team.api.get('/api/staff/coverage?from=2026-11-02&to=2026-11-08')).body;
    expect(inNov2.byArea.map((r: { completed: number }) => r.completed)).toEqual([1, 0]);
    expect(inNov2.byWeek).toEqual([{ weekStart: '2026-11-02', completions: required.length }]);
    const ward = (await admin.api.get('/api/staff/coverage')).body;
    expect(ward.byArea).toHaveLength(12);
    expect((await team.api.get('/api/staff/coverage?from=yesterday')).status).toBe(400);
  });

  it('takes the survey from the resident and from the team, and it drives needsVisit', async () => {
    const head = await resident(app.url, 'Bà Lan');
    const h = (await head.api.post('/api/households', { areaId: 'le-chan/1' })).body.household;
    expect((await head.api.get('/api/households/mine/survey')).body).toEqual({ survey: null, needsVisit: true });
    const mine = await head.api.post(
      '/api/households/mine/survey',
      aSurvey({ other: 'Cách gọi 0912 345 678 qua Zalo' }),
    );
    expect(mine.body).toMatchObject({
      survey: { filledBy: 'resident', answers: { wantsToLearn: { other: 'Cách gọi [số] qua Zalo' } } },
      needsVisit: false,
    });
    const row = async () => (await team.api.get(`/api/staff/households?q=${h.code}`)).body.items[0];
    expect(await row()).toMatchObject({ survey: true, needsVisit: false });
    const visit = await team.api.post(`/api/staff/households/${h.id}/survey`, aSurvey({ vneidLevel: 1 }));
    expect(visit.body).toMatchObject({ survey: { filledBy: 'team' }, needsVisit: true });
    expect(await row()).toMatchObject({ needsVisit: true });
    expect((await head.api.get('/api/households/mine/survey')).body.survey.answers.uses.vneidLevel).toBe(1);
    expect((await head.api.post('/api/households/mine/survey', { ...aSurvey(), uses: { vneidLevel: 3 } })).status).toBe(
      400,
    );
    expect((await (await resident(app.url, 'Chưa có hộ')).api.get('/api/households/mine/survey')).body.error.code).toBe(
      'no_household',
    );
  });

  it('shows practice rounds per tổ as counts and shares, nothing under 3 rounds, within the date range', async () => {
    const play = async (
      areaId: string,
      name: string,
      scamsCaught: number,
      genuineFlagged: number,
      playedAt = '2026-11-20T03:00:00Z',
    ) => {
      const r = await resident(app.url, name);
      await r.api.post('/api/households', { areaId });
      const res = await r.api.post('/api/practice-rounds', {
        id: crypto.randomUUID(),
        scamsShown: 3,
        scamsCaught,
        genuineShown: 2,
        genuineFlagged,
        playedAt,
      });
      expect(res.status).toBe(201);
    };
    await play('le-chan/1', 'Bà Một', 3, 0);
    await play('le-chan/1', 'Bà Hai', 2, 1);
    await play('le-chan/1', 'Bà Ba', 1, 1, '2026-10-01T03:00:00Z');
    await play('le-chan/2', 'Ông Bốn', 3, 0);
    const all = (await team.api.get('/api/staff/coverage')).body.practice;
    expect(all).toEqual([
      {
        areaId: 'le-chan/1',
        name: expect.any(String),
        rounds: 3,
        scamsCaughtPct: 66.7,
        genuineFlaggedPct: 33.3,
        suppressed: false,
      },
      {
        areaId: 'le-chan/2',
        name: expect.any(String),
        rounds: null,
        scamsCaughtPct: null,
        genuineFlaggedPct: null,
        suppressed: true,
      },
    ]);
    // From November on, le-chan/1 has only 2 rounds: hidden like any count under 3.
    const nov = (await team.api.get('/api/staff/coverage?from=2026-11-01')).body.practice;
    expect(nov[0]).toMatchObject({ rounds: null, suppressed: true });
  });

  it('counts school link opens and completions by device, hidden below 3', async () => {
    const school = await invited(app, admin, { role: 'school', schoolName: 'Trường THCS Lê Chân' });
    const made = await school.api.post('/api/staff/school-links', { lessonId: 'fraud-bank-sms', classLabel: '5A' });
    expect(made.body).toMatchObject({
      token: expect.stringMatching(/^[A-Za-z0-9_-]{22}$/),
      qrSvg: expect.stringContaining('<svg'),
    });
    expect(made.body.link).toBe(
      `https://zalo.me/s/${app.services.config.appId}/lesson/fraud-bank-sms?src=${made.body.token}`,
    );
    const track = (await school.api.post('/api/staff/school-links', { trackId: 'fraud', classLabel: '5B' })).body;
    expect(track.link).toContain('/lesson/fraud-fake-police?src=');
    const event = (deviceId: string, kind: string, lessonId = 'fraud-bank-sms', token = made.body.token) =>
      apiClient(app.url).post(`/api/school-links/${token}/events`, { deviceId, kind, lessonId });
    const counts = async () =>
      (await school.api.get('/api/staff/school-links')).body.find((l: { id: string }) => l.id === made.body.id);
    // The answer tells the app which lessons the link counts: a lesson link its own lesson only.
    expect(await event('device-0001', 'open')).toMatchObject({ status: 200, body: { lessons: ['fraud-bank-sms'] } });
    await event('device-0001', 'open');
    await event('device-0002', 'open');
    expect(await counts()).toMatchObject({ classLabel: '5A', opened: null, completed: null, suppressed: true });
    await event('device-0003', 'open');
    for (const d of ['device-0001', 'device-0002']) await event(d, 'complete');
    expect(await counts()).toMatchObject({ opened: 3, completed: null, suppressed: true });
    await event('device-0003', 'complete');
    expect(await counts()).toMatchObject({ opened: 3, completed: 3, suppressed: false });
    expect((await event('device-0004', 'open', 'fraud-bank-sms', 'unknown-token-0000000')).status).toBe(404);
    expect((await event('device-0004', 'open', 'vneid-install')).status).toBe(400);
    const fraudTrack = app.services.lessons.program.tracks.find((t: { id: string }) => t.id === 'fraud')!.lessons;
    expect(await event('device-0004', 'open', 'fraud-deepfake', track.token)).toMatchObject({
      status: 200,
      body: { lessons: fraudTrack },
    });
    const stored = await app.services.db.selectFrom('school_link_events').select(['device_hash']).execute();
    expect(stored.every((e) => /^[0-9a-f]{64}$/.test(e.device_hash))).toBe(true);
    const other = await invited(app, admin, { role: 'school', schoolName: 'Trường khác' });
    expect((await other.api.get('/api/staff/school-links')).body).toEqual([]);
  });

  it('makes a practice link: it opens a round, and opens and finished rounds count once per device, hidden below 3', async () => {
    const school = await invited(app, admin, { role: 'school', schoolName: 'Trường TH Trần Phú' });
    const made = await school.api.post('/api/staff/school-links', { practice: true, classLabel: '4C' });
    expect(made.status).toBe(201);
    expect(made.body.link).toBe(`https://zalo.me/s/${app.services.config.appId}/practice?src=${made.body.token}`);
    // One target only: the practice with a lesson, or nothing at all, is refused; so is practice: false.
    for (const body of [
      { practice: true, lessonId: 'fraud-bank-sms', classLabel: '4C' },
      { practice: true, trackId: 'fraud', classLabel: '4C' },
      { practice: false, classLabel: '4C' },
      { classLabel: '4C' },
    ]) {
      expect((await school.api.post('/api/staff/school-links', body)).status, JSON.stringify(body)).toBe(400);
    }
    const event = (deviceId: string, kind: string, lessonId = 'practice') =>
      apiClient(app.url).post(`/api/school-links/${made.body.token}/events`, { deviceId, kind, lessonId });
    const counts = async () =>
      (await school.api.get('/api/staff/school-links')).body.find((l: { id: string }) => l.id === made.body.id);
    expect(await counts()).toMatchObject({
      classLabel: '4C',
      practice: true,
      lessonId: null,
      trackId: null,
      link: made.body.link,
      opened: null,
      completed: null,
      suppressed: true,
    });
    // The answer tells the app what to count a finished round under.
    expect(await event('device-0101', 'open')).toMatchObject({ status: 200, body: { lessons: ['practice'] } });
    // A lesson is not part of a practice link, and a lesson link does not take practice rounds.
    expect((await event('device-0101', 'complete', 'fraud-bank-sms')).status).toBe(400);
    const lessonLink = (
      await school.api.post('/api/staff/school-links', { lessonId: 'fraud-bank-sms', classLabel: '4C' })
    ).body;
    expect(
      (
        await apiClient(app.url).post(`/api/school-links/${lessonLink.token}/events`, {
          deviceId: 'device-0101',
          kind: 'complete',
          lessonId: 'practice',
        })
      ).status,
    ).toBe(400);
    // The same phone finishing three rounds and opening twice counts once each.
    for (let i = 0; i < 3; i++) await event('device-0101', 'complete');
    await event('device-0101', 'open');
    await event('device-0102', 'open');
    await event('device-0102', 'complete');
    expect(await counts()).toMatchObject({ opened: null, completed: null, suppressed: true });
    await event('device-0103', 'open');
    expect(await counts()).toMatchObject({ opened: 3, completed: null, suppressed: true });
    await event('device-0103', 'complete');
    expect(await counts()).toMatchObject({ opened: 3, completed: 3, suppressed: false });
    // Nothing about a person is stored: a hash per device and the unit, no score.
    const stored = await app.services.db
      .selectFrom('school_link_events')
      .selectAll()
      .where('link_id', '=', made.body.id)
      .execute();
    expect(stored).toHaveLength(6);
    expect(stored.every((e) => /^[0-9a-f]{64}$/.test(e.device_hash) && e.lesson_id === 'practice')).toBe(true);
    expect(Object.keys(stored[0]).sort()).toEqual(['at', 'device_hash', 'kind', 'lesson_id', 'link_id']);
  });

  it('describes every staff route in the OpenAPI document, query parameters included', async () => {
    const doc = (await apiClient(app.url).get('/api/openapi.json')).body;
    expect(doc.paths['/api/staff/households'].get.parameters.map((p: { name: string }) => p.name)).toEqual([
      'areaId',
      'filter',
      'lacks',
      'wants',
      'q',
      'page',
      'pageSize',
    ]);
    expect(
      doc.paths['/api/staff/households/{id}/assisted'].post.requestBody.content['application/json'].schema.required,
    ).toContain('lessonId');
    for (const path of [
      '/api/staff/export.xlsx',
      '/api/staff/reports/ward',
      '/api/staff/reports/city',
      '/api/staff/school-links',
      '/api/school-links/{token}/events',
      '/api/auth/staff-code',
      '/api/households/mine/survey',
    ])
      expect(doc.paths[path], path).toBeDefined();
  });

  it("groups the bot's unanswered questions for the team", async () => {
    const q = (text: string, top_faq: string | null = null) => ({
      channel: 'app',
      kind: 'unknown',
      text,
      top_faq,
      confidence: 0.1,
      ward_id: 'le-chan',
    });
    await app.services.db
      .insertInto('unanswered_questions')
      .values([
        q('Làm sao đổi số điện thoại VNeID'),
        q('lam sao doi so dien thoai vneid'),
        q('Giờ làm việc của phường'),
      ])
      .execute();
    const groups = (await team.api.get('/api/staff/unanswered')).body;
    expect(groups).toEqual([
      {
        example: expect.any(String),
        count: 2,
        lastAt: expect.any(String),
        texts: expect.arrayContaining(['lam sao doi so dien thoai vneid']),
      },
      expect.objectContaining({ example: 'Giờ làm việc của phường', count: 1 }),
    ]);
  });
});
