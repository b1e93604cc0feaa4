import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppServer, type RunningApp } from '../e2e/support/app-server';
import { apiClient } from '../support/api-client';
import { startZaloGraph } from '../stand-ins/zalo-graph';

describe('sign-in with Zalo, against a stand-in of the Zalo Graph API', () => {
  let zalo: Awaited<ReturnType<typeof startZaloGraph>>;
  let app: RunningApp;
  beforeAll(async () => {
    zalo = await startZaloGraph({ 'good-token-123': { id: '5521039856', name: 'Nguyễn Thị Hoa' } }, 'app-secret');
    app = await startAppServer({ env: { ZALO_API_BASE: zalo.url, ZALO_APP_SECRET: 'app-secret' } });
  });
  afterAll(async () => {
    await app?.close();
    await zalo?.close();
  });

  it('verifies the token with Zalo and issues our own session for the app-scoped id', async () => {
    const r = await apiClient(app.url).post('/api/auth/zalo', { accessToken: 'good-token-123' });
    expect(r.status).toBe(200);
    expect(r.body.me.member.displayName).toBe('Nguyễn Thị Hoa');
    expect(zalo.seen.at(-1)).toMatchObject({
      token: 'good-token-123',
      fields: 'id,name',
      proof: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    const me = await apiClient(app.url, r.body.token).get('/api/me');
    expect(me.body.member.id).toBe(r.body.me.member.id);
    // The same Zalo user signing in again is the same member.
    const again = await apiClient(app.url).post('/api/auth/zalo', { accessToken: 'good-token-123' });
    expect(again.body.me.member.id).toBe(r.body.me.member.id);
  });

  it('refuses a token Zalo rejects, with a 401 the app can act on', async () => {
    const r = await apiClient(app.url).post('/api/auth/zalo', { accessToken: 'stolen-or-expired' });
    expect(r).toEqual({ status: 401, body: { error: { code: 'zalo_token_invalid', message: expect.any(String) } } });
  });

  it('says so when Zalo cannot be reached', async () => {
    const down = await startAppServer({ env: { ZALO_API_BASE: 'http://127.0.0.1:9' } });
    try {
      const r = await apiClient(down.url).post('/api/auth/zalo', { accessToken: 'good-token-123' });
      expect(r.status).toBe(503);
      expect(r.body.error.code).toBe('zalo_unreachable');
    } finally {
      await down.close();
    }
  });
});

describe('development sign-in', () => {
  it('does not exist in production', async () => {
    const prod = await startAppServer({
      env: { NODE_ENV: 'production', SESSION_SECRET: 'prod-secret-for-test-0123456789abcdef' },
    });
    try {
      const r = await apiClient(prod.url).post('/api/auth/dev', { name: 'X', deviceId: 'abcdefgh12' });
      expect(r.status).toBe(404);
    } finally {
      await prod.close();
    }
  });
});
