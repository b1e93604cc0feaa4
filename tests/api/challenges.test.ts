import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppServer, type RunningApp } from '../e2e/support/app-server';
import { apiClient } from '../support/api-client';
import { backends } from '../support/backends';

// bot/services/practice/challenges.ts: "Thách người nhà" links, anonymous, 30 days, numbers only.
describe.each(backends)('practice challenges on %s', (backend) => {
  let app: RunningApp;
  let itemIds: string[];
  beforeAll(async () => {
    app = await startAppServer({ backend });
    itemIds = [
      'sms-otp-self',
      'call-police-safe-account',
      'web-fake-vneid-apk',
      'qr-shipper-refund',
      'zalo-ward-vneid-session',
    ];
  });
  afterAll(() => app?.close());
  const anon = () => apiClient(app.url);

  it('shares a round and shows both scores side by side once the other person has played', async () => {
    const created = await anon().post('/api/challenges', { itemIds, score: 4 });
    expect(created).toMatchObject({ status: 201, body: { itemIds, scores: [4] } });
    expect(created.body.id).toMatch(/^[a-z2-9]{12}$/);
    const opened = await anon().get(`/api/challenges/${created.body.id}`);
    expect(opened.body).toMatchObject({ itemIds, scores: [4] });
    const played = await anon().post(`/api/challenges/${created.body.id}/scores`, { score: 5 });
    expect(played).toMatchObject({ status: 201, body: { scores: [4, 5] } });
    expect((await anon().get(`/api/challenges/${created.body.id}`)).body.scores).toEqual([4, 5]);
    // Nothing about who played: no names, no devices.
    expect(Object.keys(played.body).sort()).toEqual(['expiresAt', 'id', 'itemIds', 'scores']);
  });

  it('refuses unknown items, impossible scores, a full challenge and an expired one, with clear codes', async () => {
    expect((await anon().post('/api/challenges', { itemIds: ['no-such-item'], score: 0 })).body.error.code).toBe(
      'unknown_item',
    );
    expect((await anon().post('/api/challenges', { itemIds, score: 6 })).status).toBe(400);
    expect((await anon().post('/api/challenges', { itemIds: [itemIds[0], itemIds[0]], score: 1 })).status).toBe(400);
    const { id } = (await anon().post('/api/challenges', { itemIds: itemIds.slice(0, 2), score: 1 })).body;
    expect((await anon().post(`/api/challenges/${id}/scores`, { score: 3 })).body.error.code).toBe('invalid_input');
    for (let i = 0; i < 9; i++)
      expect((await anon().post(`/api/challenges/${id}/scores`, { score: 2 })).status).toBe(201);
    expect(await anon().post(`/api/challenges/${id}/scores`, { score: 2 })).toMatchObject({
      status: 409,
      body: { error: { code: 'challenge_full' } },
    });
    await app.services.db
      .updateTable('practice_challenges')
      .set({ created_at: new Date(Date.now() - 31 * 86_400_000) })
      .where('id', '=', id)
      .execute();
    expect(await anon().get(`/api/challenges/${id}`)).toMatchObject({
      status: 404,
      body: { error: { code: 'challenge_not_found' } },
    });
    expect((await anon().get('/api/challenges/nothing-here')).status).toBe(404);
    expect((await anon().get('/api/challenges/a%00b')).status).toBe(404);
  });
});
