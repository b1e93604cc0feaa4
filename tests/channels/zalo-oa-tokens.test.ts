import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { refreshOaToken } from '../../bot/channels/zalo-oa/oa-oauth';
import { createOaTokenStore, type OaTokenStoreOptions } from '../../bot/channels/zalo-oa/oa-tokens';
import { createZaloOaSendClient } from '../../bot/channels/zalo-oa/send-client';
import { readConfig } from '../../bot/config';
import { backends } from '../support/backends';
import { openTestDatabase, type TestDatabase } from '../support/test-database';
import { startZaloOa, type ZaloOaStandIn } from '../stand-ins/zalo-oa';

const APP_ID = '4318836209126502841';
const APP_SECRET = 'zalo-app-secret-for-tests';
const NOW = new Date('2026-11-20T08:00:00.000Z');
const ENV = { accessToken: 'at-env', refreshToken: 'rt-env' };
const reply = { text: 'Chào bác', buttons: [] };
const HOUR = 3600_000;

describe.each(backends)('Zalo OA access-token refresh (%s)', (backend) => {
  let database: TestDatabase;
  const standIns: ZaloOaStandIn[] = [];
  let clock: Date;
  let logs: string[];

  beforeAll(async () => {
    database = await openTestDatabase(backend);
  });
  afterAll(async () => {
    await Promise.all(standIns.map((z) => z.close()));
    await database?.dispose();
  });
  beforeEach(async () => {
    await database.db.withTables<{ oa_tokens: { app_id: string } }>().deleteFrom('oa_tokens').execute();
    clock = NOW;
    logs = [];
  });

  async function zaloWith(refreshToken = ENV.refreshToken, delayMs = 0) {
    const z = await startZaloOa(ENV.accessToken, { appId: APP_ID, appSecret: APP_SECRET, refreshToken, delayMs });
    standIns.push(z);
    return z;
  }
  const tokens = (z: ZaloOaStandIn, over: Partial<OaTokenStoreOptions> = {}) =>
    createOaTokenStore({
      db: database.db,
      oauth: { oauthBase: z.url, appId: APP_ID, appSecret: APP_SECRET },
      initial: ENV,
      now: () => clock,
      pollMs: 20,
      log: (m) => logs.push(m),
      ...over,
    });
  const sender = (z: ZaloOaStandIn, source = tokens(z)) =>
    createZaloOaSendClient({
      apiBase: z.url,
      accessToken: source,
      miniAppId: 'mini',
      sleep: async () => {},
      log: (m) => logs.push(m),
    });
  const row = () =>
    database.db
      .withTables<{
        oa_tokens: { app_id: string; access_token: string; refresh_token: string; expires_at: Date | null };
      }>()
      .selectFrom('oa_tokens')
      .selectAll()
      .executeTakeFirstOrThrow();

  it('after "access_token is expired" (-220) refreshes once, stores the new pair and sends again', async () => {
    const z = await zaloWith();
    z.expire(ENV.accessToken);
    expect(await sender(z).send('u1', reply)).toEqual({ ok: true, messageId: expect.any(String), attempts: 2 });
    expect(z.rejected).toEqual([{ error: -220, message: 'access_token is expired or removed' }]);
    expect(z.refreshes).toEqual([{ refreshToken: 'rt-env', ok: true }]);
    const stored = await row();
    expect(stored).toMatchObject({ app_id: APP_ID, refresh_token: z.currentRefreshToken() });
    expect(stored.access_token).not.toBe(ENV.accessToken);
    expect(new Date(stored.expires_at!).getTime()).toBe(NOW.getTime() + 90_000_000);
    // The spent refresh token is refused from now on, which is why the new one had to be stored.
    const again = await refreshOaToken({ oauthBase: z.url, appId: APP_ID, appSecret: APP_SECRET }, 'rt-env', NOW);
    expect(again).toMatchObject({ ok: false, code: 'zalo_-14014' });
    expect(logs.join('\n')).not.toMatch(/at-|rt-/);
  });

  it('refreshes once for many sends that hit the expired token together', async () => {
    const z = await zaloWith(ENV.refreshToken, 100);
    z.expire(ENV.accessToken);
    const client = sender(z);
    const results = await Promise.all(Array.from({ length: 8 }, (_, i) => client.send(`u${i}`, reply)));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(z.refreshes).toEqual([{ refreshToken: 'rt-env', ok: true }]);
    expect(z.received).toHaveLength(8);
  });

  it('keeps the tokens fresh while no message is sent: refreshes a pair of unknown age, then only when due', async () => {
    const z = await zaloWith();
    let checks = 0;
    const stop = tokens(z).keepFresh!(15, () => checks++);
    // A refresh is done once the stand-in has answered and the new pair is stored.
    const until = async (n: number) => {
      for (
        let i = 0;
        i < 200 && (z.refreshes.length < n || (await row()).refresh_token !== z.currentRefreshToken());
        i++
      )
        await new Promise((r) => setTimeout(r, 10));
    };
    try {
      await until(1);
      expect(z.refreshes).toEqual([{ refreshToken: 'rt-env', ok: true }]);
      expect(new Date((await row()).expires_at!).getTime()).toBe(NOW.getTime() + 90_000_000);
      // Three more checks while the new token has 25 hours left: none of them refreshes.
      const after = checks;
      for (let i = 0; i < 200 && checks < after + 3; i++) await new Promise((r) => setTimeout(r, 10));
      expect(checks).toBeGreaterThanOrEqual(after + 3);
      expect(z.refreshes).toHaveLength(1);
      clock = new Date(NOW.getTime() + 24.5 * HOUR);
      await until(2);
      expect(z.refreshes).toHaveLength(2);
      expect((await row()).refresh_token).toBe(z.currentRefreshToken());
    } finally {
      stop();
    }
  });

  it('refreshes once when two instances share the database', async () => {
    const z = await zaloWith(ENV.refreshToken, 100);
    const [a, b] = [tokens(z), tokens(z)];
    await Promise.all([a.get(), b.get()]);
    z.expire(ENV.accessToken);
    const [ta, tb] = await Promise.all([a.renew(ENV.accessToken), b.renew(ENV.accessToken)]);
    expect(ta).toBeDefined();
    expect(tb).toBe(ta);
    expect(z.refreshes.filter((r) => r.ok)).toHaveLength(1);
    expect(z.refreshes).toHaveLength(1);
  });

  it('refreshes ahead of expiry, so no send meets an expired token', async () => {
    const z = await zaloWith();
    const source = tokens(z);
    z.expire(ENV.accessToken);
    await sender(z, source).send('u1', reply);
    const first = (await row()).access_token;
    clock = new Date(NOW.getTime() + 24.5 * HOUR);
    z.rejected.length = 0;
    expect(await sender(z, source).send('u1', reply)).toMatchObject({ ok: true, attempts: 1 });
    expect(z.rejected).toEqual([]);
    expect(z.refreshes.map((r) => r.ok)).toEqual([true, true]);
    expect((await row()).access_token).not.toBe(first);
  });

  it('keeps the refreshed pair across a restart, and takes a new pair put in the environment', async () => {
    const z = await zaloWith();
    z.expire(ENV.accessToken);
    await sender(z).send('u1', reply);
    const refreshed = (await row()).access_token;
    // A restart with the same (now spent) env pair goes on with the stored one.
    expect(await tokens(z).get()).toBe(refreshed);
    expect(await sender(z).send('u2', reply)).toMatchObject({ ok: true, attempts: 1 });
    // After re-authorising, the operator sets a new pair: it replaces the stored one.
    expect(await tokens(z, { initial: { accessToken: 'at-reauth', refreshToken: 'rt-reauth' } }).get()).toBe(
      'at-reauth',
    );
  });

  it('reports a refused refresh as a failed send, without throwing or logging a token', async () => {
    const z = await zaloWith('rt-only-zalo-knows');
    z.expire(ENV.accessToken);
    expect(await sender(z).send('u1', reply)).toEqual({
      ok: false,
      code: 'zalo_-220',
      message: 'access_token is expired or removed',
      attempts: 1,
    });
    expect(z.refreshes).toEqual([{ refreshToken: 'rt-env', ok: false }]);
    expect(logs.join('\n')).toMatch(/refresh failed/);
    expect(logs.join('\n')).not.toMatch(/at-env|rt-env/);
    expect((await row()).refresh_token).toBe('rt-env');
  });
});

describe('Zalo OA refresh configuration', () => {
  const base = { ZALO_APP_ID: 'app-1', ZALO_OA_SECRET_KEY: 's', ZALO_OA_ACCESS_TOKEN: 't' };
  it('refreshes only with both a refresh token and the linked app secret', () => {
    expect(readConfig({ ...base }).zaloOa?.refresh).toBeUndefined();
    expect(readConfig({ ...base, ZALO_OA_REFRESH_TOKEN: 'r' }).zaloOa?.refresh).toBeUndefined();
    expect(readConfig({ ...base, ZALO_OA_REFRESH_TOKEN: 'r', ZALO_APP_SECRET: 'as' }).zaloOa?.refresh).toEqual({
      refreshToken: 'r',
      appSecret: 'as',
      oauthBase: 'https://oauth.zaloapp.com',
    });
    // An OA linked to another app needs that app's secret, not the mini app's.
    expect(
      readConfig({ ...base, ZALO_OA_APP_ID: 'oa-app', ZALO_OA_REFRESH_TOKEN: 'r', ZALO_APP_SECRET: 'as' }).zaloOa
        ?.refresh,
    ).toBeUndefined();
    expect(
      readConfig({
        ...base,
        ZALO_OA_APP_ID: 'oa-app',
        ZALO_OA_REFRESH_TOKEN: 'r',
        ZALO_OA_APP_SECRET: 'os',
        ZALO_OA_OAUTH_BASE: 'http://127.0.0.1:1',
      }).zaloOa?.refresh,
    ).toEqual({ refreshToken: 'r', appSecret: 'os', oauthBase: 'http://127.0.0.1:1' });
  });
});
