import { describe, expect, it, vi } from 'vitest';
import type { Platform } from '../../platform';
import { createAppStore } from '../store/app-store';
import type { ApiResult, Http } from './http';
import { createSession } from './session';
import { memoryStore } from '../../platform/memory-store';

const sessionView = (token: string) => ({
  token,
  expiresAt: '2099-01-01T00:00:00Z',
  me: {
    member: { id: 'm1', displayName: 'Bà Lan', role: 'member', consentAt: null, consentVersion: null },
    household: null,
  },
});
const platform = (kind: Platform['kind'], token?: string) =>
  ({ kind, getAccessToken: vi.fn(async () => token) }) as unknown as Platform;

/** A fake service: answers by method and path, recording every call with its token. */
function fakeHttp(answer: (method: string, path: string, token?: string) => ApiResult<unknown>) {
  const calls: string[] = [];
  const http = (async (method: string, path: string, opts: { token?: string } = {}) => {
    calls.push(`${method} ${path} ${opts.token ?? '-'}`);
    return answer(method, path, opts.token);
  }) as Http;
  return { http, calls };
}

describe('sessions', () => {
  it('renews an expired browser session silently with the saved device id and repeats the call', async () => {
    const store = createAppStore(memoryStore());
    const { http, calls } = fakeHttp((method, path, token) => {
      if (path === '/api/auth/dev') return { ok: true, value: sessionView(calls.length > 1 ? 't2' : 't1') };
      return token === 't2'
        ? { ok: true, value: { fine: true } }
        : { ok: false, error: { code: 'session_expired', message: 'x', status: 401 } };
    });
    const s = createSession(http, store, platform('browser'));
    expect((await s.signInDev('Bà Lan')).ok).toBe(true);
    const deviceId = store.getState().account.deviceId;
    expect(deviceId).toMatch(/^web-/);
    expect(await s.call('GET', '/api/me')).toEqual({ ok: true, value: { fine: true } });
    expect(calls).toEqual(['POST /api/auth/dev -', 'GET /api/me t1', 'POST /api/auth/dev -', 'GET /api/me t2']);
    expect(store.getState().account).toMatchObject({ deviceId, devName: 'Bà Lan', session: { token: 't2' } });
  });

  it('signs in with the Zalo token inside Zalo, and never signs a browser in without a name', async () => {
    const zaloStore = createAppStore(memoryStore());
    const zalo = fakeHttp(() => ({ ok: true, value: sessionView('z1') }));
    expect((await createSession(zalo.http, zaloStore, platform('zalo', 'zalo-access-token')).ensureSession()).ok).toBe(
      true,
    );
    expect(zalo.calls).toEqual(['POST /api/auth/zalo -']);

    const web = fakeHttp(() => ({ ok: true, value: sessionView('w1') }));
    const r = await createSession(web.http, createAppStore(memoryStore()), platform('browser')).call('GET', '/api/me');
    expect(r).toMatchObject({ ok: false, error: { code: 'signed_out' } });
    expect(web.calls).toEqual([]);
  });

  it('sends consent once, only when given', async () => {
    const store = createAppStore(memoryStore());
    const { http, calls } = fakeHttp(() => ({ ok: true, value: sessionView('t') }));
    const s = createSession(http, store, platform('zalo', 'tok'));
    store.getState().decideConsent(false);
    await s.syncConsent();
    expect(calls).toEqual([]);
    store.getState().decideConsent(true);
    await s.syncConsent();
    await s.syncConsent();
    expect(calls.filter((c) => c.startsWith('POST /api/me/consent'))).toHaveLength(1);
    expect(store.getState().consent.sent).toBe(true);
  });
});
