import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppServer, type RunningApp } from '../e2e/support/app-server';
import { resident } from '../support/api-client';
import { backends } from '../support/backends';
import { aSurvey, anAssisted, invited, wardAdmin, type StaffUser } from '../support/staff';

const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString();

// Issue 16: a team's survey filled offline reaches the service hours later, from the phone's outbox, maybe twice.
describe.each(backends)('surveys and assisted results sent late from a team phone, on %s', (backend) => {
  let app: RunningApp;
  let team: StaffUser;
  const newHousehold = async () =>
    (await team.api.post('/api/staff/households', { areaId: 'le-chan/1', count: 1 })).body[0] as {
      id: string;
      code: string;
    };
  const surveyRows = (id: string) =>
    app.services.db.selectFrom('surveys').selectAll().where('household_id', '=', id).execute();

  beforeAll(async () => {
    app = await startAppServer({ backend });
    team = await invited(app, await wardAdmin(app), { role: 'team', areaIds: ['le-chan/1'] }, 'Anh Minh (tổ CNS)');
  });
  afterAll(() => app?.close());

  it('keeps the time the answers were given, and answers a second send of the same survey as a duplicate', async () => {
    const h = await newHousehold();
    const filledAt = hoursAgo(8);
    const first = await team.api.post(`/api/staff/households/${h.id}/survey`, {
      ...aSurvey({ vneidLevel: 1 }),
      filledAt,
    });
    expect(first).toMatchObject({
      status: 200,
      body: {
        status: 'saved',
        survey: { filledBy: 'team', updatedAt: filledAt, answers: { uses: { vneidLevel: 1 } } },
      },
    });
    expect(first.body.survey.answers).not.toHaveProperty('filledAt');
    const again = await team.api.post(`/api/staff/households/${h.id}/survey`, {
      ...aSurvey({ vneidLevel: 1 }),
      filledAt,
    });
    expect(again).toMatchObject({ status: 200, body: { status: 'duplicate', survey: { updatedAt: filledAt } } });
    expect(await surveyRows(h.id)).toHaveLength(1);
  });

  it('does not let a survey filled at 9:00 and sent at 17:00 replace the answers the resident gave at 12:00', async () => {
    const h = await newHousehold();
    const head = await resident(app.url, 'Bà Lan');
    expect((await head.api.post('/api/households/join', { code: h.code })).status).toBe(200);
    expect(
      (await head.api.post('/api/households/mine/survey', { ...aSurvey({ vneidLevel: 2 }), filledAt: hoursAgo(5) }))
        .body.status,
    ).toBe('saved');
    const late = await team.api.post(`/api/staff/households/${h.id}/survey`, {
      ...aSurvey({ vneidLevel: 0 }),
      filledAt: hoursAgo(8),
    });
    expect(late).toMatchObject({
      status: 200,
      body: { status: 'stale', survey: { filledBy: 'resident', answers: { uses: { vneidLevel: 2 } } } },
    });
    // A survey filled after the resident's still wins.
    const newer = await team.api.post(`/api/staff/households/${h.id}/survey`, {
      ...aSurvey({ vneidLevel: 1 }),
      filledAt: hoursAgo(1),
    });
    expect(newer.body).toMatchObject({
      status: 'saved',
      survey: { filledBy: 'team', answers: { uses: { vneidLevel: 1 } } },
    });
    // Saved on the spot (no filledAt), as the app did before: the latest save wins, as it always has.
    expect(
      (await team.api.post(`/api/staff/households/${h.id}/survey`, aSurvey({ vneidLevel: 2 }))).body,
    ).toMatchObject({ status: 'saved', survey: { answers: { uses: { vneidLevel: 2 } } } });
  });

  it('takes a phone clock a little fast as now, refuses one far ahead, and still refuses unknown fields', async () => {
    const h = await newHousehold();
    const ahead = new Date(Date.now() + 60_000).toISOString();
    const r = await team.api.post(`/api/staff/households/${h.id}/survey`, { ...aSurvey(), filledAt: ahead });
    expect(r.body.status).toBe('saved');
    expect(Date.parse(r.body.survey.updatedAt)).toBeLessThanOrEqual(Date.now());
    const far = await team.api.post(`/api/staff/households/${h.id}/survey`, {
      ...aSurvey(),
      filledAt: new Date(Date.now() + 3_600_000).toISOString(),
    });
    expect(far).toMatchObject({ status: 400, body: { error: { code: 'invalid_input', field: 'filledAt' } } });
    expect(
      (await team.api.post(`/api/staff/households/${h.id}/survey`, { ...aSurvey(), filledAt: 'yesterday' })).status,
    ).toBe(400);
    expect((await team.api.post(`/api/staff/households/${h.id}/survey`, { ...aSurvey(), deviceId: 'x' })).status).toBe(
      400,
    );
  });

  it('records an assisted result sent twice from the outbox once', async () => {
    const h = await newHousehold();
    const body = anAssisted({ completedAt: hoursAgo(6) });
    expect((await team.api.post(`/api/staff/households/${h.id}/assisted`, body)).status).toBe(201);
    expect((await team.api.post(`/api/staff/households/${h.id}/assisted`, body)).body).toMatchObject({
      status: 'duplicate',
    });
    const rows = await app.services.db.selectFrom('completions').select('id').where('id', '=', body.id).execute();
    expect(rows).toHaveLength(1);
  });
});
