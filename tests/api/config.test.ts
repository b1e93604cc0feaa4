import { describe, expect, it } from 'vitest';
import { readConfig } from '../../bot/config';
import { startAppServer } from '../e2e/support/app-server';
import { apiClient } from '../support/api-client';

describe('configuration that fails safe', () => {
  it('turns the development sign-in on only when asked, never in production or with a Zalo app secret', () => {
    expect(readConfig({}).devSignIn).toBe(false);
    expect(readConfig({ DEV_SIGN_IN: '1' }).devSignIn).toBe(true);
    expect(readConfig({ DEV_SIGN_IN: '1', NODE_ENV: 'production' }).devSignIn).toBe(false);
    expect(readConfig({ DEV_SIGN_IN: '1', ZALO_APP_SECRET: 's' }).devSignIn).toBe(false);
  });

  it('listens on loopback in development and allows only Zalo as an origin in production', () => {
    expect(readConfig({}).host).toBe('127.0.0.1');
    expect(readConfig({ NODE_ENV: 'production' }).host).toBe('0.0.0.0');
    expect(readConfig({ NODE_ENV: 'production' }).corsOrigins).toEqual(['https://h5.zdn.vn']);
    expect(readConfig({}).corsOrigins).toContain('http://localhost:3001');
  });

  it('refuses to start with a short session secret', async () => {
    await expect(startAppServer({ env: { SESSION_SECRET: 'short' } })).rejects.toThrow(/at least 32 characters/);
  });

  it('has no development sign-in unless DEV_SIGN_IN=1', async () => {
    const off = await startAppServer({ env: { DEV_SIGN_IN: '' } });
    try {
      expect((await apiClient(off.url).post('/api/auth/dev', { name: 'X', deviceId: 'abcdefgh12' })).status).toBe(404);
    } finally {
      await off.close();
    }
  });
});
