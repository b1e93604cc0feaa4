import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppServer, type RunningApp } from '../e2e/support/app-server';
import { aCompletion, resident } from '../support/api-client';
import { backends } from '../support/backends';
import { anAssisted, invited, wardAdmin, type StaffUser } from '../support/staff';

// bot/services/completions/completions.ts: every channel (app, chat, assisted) records results through one write path, which
// applies the pass rule itself, is idempotent per writer, and sends one "household changed" event per stored result.
describe.each(backends)('the one completion write path on %s', (backend) => {
  let app: RunningApp;
  let team: StaffUser;
  const changed: string[] = [];
  const settled = () => new Promise((r) => setTimeout(r, 50)); // events resolve a member's household asynchronously

  beforeAll(async () => {
    app = await startAppServer({ backend });
    app.services.events.subscribe((id) => changed.push(id));
    team = await invited(app, await wardAdmin(app), { role: 'team', areaIds: ['le-chan/1'] }, 'Chị Thu (tổ CNS)');
  });
  afterAll(() => app?.close());
  // A chat quiz's result, written through the service as the bot does (no HTTP, completed just now).
  const fromBot = (memberId: string, over: Record<string, unknown>) =>
    app.services.completions.record(
      { source: 'bot', memberId },
      { ...aCompletion(over), completedAt: new Date().toISOString() },
    );

  it('takes the pass from the score on every channel, never from the flag the client sends', async () => {
    const r = await resident(app.url, 'Bác Tâm');
    const household = (await r.api.post('/api/households', { areaId: 'le-chan/1' })).body.household;
    const claimed = await r.api.post('/api/completions', aCompletion({ score: 0, passed: true }));
    expect(claimed).toMatchObject({ status: 201, body: { status: 'recorded', passed: false } });
    const batch = await r.api.post('/api/completions/batch', {
      items: [
        aCompletion({ lessonId: 'vneid-levels', score: 0.2, passed: true }),
        aCompletion({ lessonId: 'vneid-levels', score: 0.8, passed: false }),
      ],
    });
    expect(batch.body.results.map((x: { passed: boolean }) => x.passed)).toEqual([false, true]);
    const bot = await fromBot(r.me.member.id, { lessonId: 'vneid-install', score: 0.2, passed: true });
    expect(bot.passed).toBe(false);
    const assisted = await team.api.post(
      `/api/staff/households/${household.id}/assisted`,
      anAssisted({ score: 0.4, passed: true }),
    );
    expect(assisted).toMatchObject({ status: 201, body: { status: 'recorded', passed: false } });
    const progress = (await r.api.get('/api/households/mine')).body;
    expect(progress.lessons.find((l: { lessonId: string }) => l.lessonId === 'vneid-install').done).toBe(false);
    expect(progress.lessons.find((l: { lessonId: string }) => l.lessonId === 'vneid-levels').done).toBe(true);
  });

  it('stores a result once per writer, refuses its id from another writer, and sends one event per stored result', async () => {
    const r = await resident(app.url, 'Cô Hạnh');
    const household = (await r.api.post('/api/households', { areaId: 'le-chan/1' })).body.household;
    await settled();
    changed.length = 0;
    const result = aCompletion();
    expect((await r.api.post('/api/completions', result)).body.status).toBe('recorded');
    expect((await r.api.post('/api/completions', result)).body).toEqual({
      id: result.id,
      status: 'duplicate',
      passed: true,
    });
    // The same id from a team member, or for another lesson, is a different result: the device must make a new id.
    const reused = await team.api.post(`/api/staff/households/${household.id}/assisted`, anAssisted({ id: result.id }));
    expect(reused).toMatchObject({ status: 409, body: { error: { code: 'id_conflict' } } });
    expect((await r.api.post('/api/completions', { ...result, lessonId: 'vneid-levels' })).body.error.code).toBe(
      'id_conflict',
    );

    const assisted = anAssisted({ lessonId: 'vneid-levels' });
    expect((await team.api.post(`/api/staff/households/${household.id}/assisted`, assisted)).body.status).toBe(
      'recorded',
    );
    expect((await team.api.post(`/api/staff/households/${household.id}/assisted`, assisted)).body.status).toBe(
      'duplicate',
    );
    await fromBot(r.me.member.id, { lessonId: 'fraud-fake-police', score: 1 });
    await settled();
    expect(changed).toEqual([household.id, household.id, household.id]);
  });

  it('keeps results of a resident without a household on the phone, and sends no event', async () => {
    const r = await resident(app.url, 'Ông Lực');
    changed.length = 0;
    expect((await r.api.post('/api/completions', aCompletion())).body.error.code).toBe('no_household');
    await settled();
    expect(changed).toEqual([]);
  });

  it('records a practice round through the same path: counts checked, once per id, only for a resident with a household', async () => {
    const r = await resident(app.url, 'Chú Bảo');
    const round = {
      id: randomUUID(),
      scamsShown: 3,
      scamsCaught: 2,
      genuineShown: 2,
      genuineFlagged: 1,
      playedAt: new Date().toISOString(),
    };
    expect((await r.api.post('/api/practice-rounds', round)).body.error.code).toBe('no_household');
    await r.api.post('/api/households', { areaId: 'le-chan/2' });
    expect(await r.api.post('/api/practice-rounds', round)).toMatchObject({
      status: 201,
      body: { status: 'recorded' },
    });
    expect(await r.api.post('/api/practice-rounds', round)).toMatchObject({
      status: 200,
      body: { status: 'duplicate' },
    });
    const other = await resident(app.url, 'Cô Na');
    await other.api.post('/api/households', { areaId: 'le-chan/2' });
    expect((await other.api.post('/api/practice-rounds', round)).body.error.code).toBe('id_conflict');
    const bad = await r.api.post('/api/practice-rounds', { ...round, id: randomUUID(), scamsCaught: 4 });
    expect(bad).toMatchObject({ status: 400, body: { error: { code: 'invalid_input' } } });
    const exported = (await r.api.get('/api/me/export')).body;
    expect(exported.practiceRounds).toEqual([
      expect.objectContaining({ id: round.id, scams_caught: 2, genuine_flagged: 1, source: 'app' }),
    ]);
    await r.api.del('/api/me');
    const left = await app.services.db.selectFrom('practice_rounds').select('id').where('id', '=', round.id).execute();
    expect(left).toEqual([]);
  });
});
