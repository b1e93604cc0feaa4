import { describe, expect, it, vi } from 'vitest';
import type { Platform } from '../../platform';
import { createAppStore } from '../store/app-store';
import { createApi } from './api-client';
import { errorKey } from './error-key';
import { createHttp, type ApiResult, type Http } from './http';
import { createStaffApi } from './staff-api';
import { memoryStore } from '../../platform/memory-store';

const browser = { kind: 'browser', getAccessToken: vi.fn(async () => undefined) } as unknown as Platform;
const session = (token: string, name: string) => ({
  token,
  expiresAt: '2099-01-01T00:00:00Z',
  me: {
    member: { id: `m-${name}`, displayName: name, role: 'member', consentAt: null, consentVersion: null },
    household: null,
  },
});
const staffMe = {
  role: 'team',
  wardId: 'le-chan',
  wardName: 'Phường Lê Chân',
  areaIds: ['le-chan/3'],
  schoolName: null,
  areas: [{ id: 'le-chan/3', name: 'Tổ dân phố 3' }],
};

function fakeHttp(answer: (method: string, path: string, token?: string, body?: unknown) => ApiResult<unknown>) {
  const calls: string[] = [];
  const http = (async (method: string, path: string, opts: { token?: string; body?: unknown } = {}) => {
    calls.push(`${method} ${path} ${opts.token ?? '-'}`);
    return answer(method, path, opts.token, opts.body);
  }) as Http;
  return { http, calls };
}

describe('staff API client', () => {
  it('signs in by one-time code like a resident, and the browser’s development name no longer renews that session', async () => {
    const store = createAppStore(memoryStore());
    store.getState().setDevIdentity('web-device-1', 'Người thử');
    const { http, calls } = fakeHttp((_m, path, _t, body) =>
      path === '/api/auth/staff-code' && (body as { code: string }).code === 'ABCDEFGH'
        ? { ok: true, value: session('staff-token', 'Anh Minh') }
        : { ok: true, value: staffMe },
    );
    const staff = createStaffApi(createApi(http, store, browser), store);
    expect((await staff.signInWithCode('ABCDEFGH')).ok).toBe(true);
    expect(store.getState().account).toMatchObject({
      session: { token: 'staff-token', name: 'Anh Minh', memberId: 'm-Anh Minh' },
      devName: null,
      deviceId: 'web-device-1',
    });
    await staff.me();
    expect(calls).toEqual(['POST /api/auth/staff-code -', 'GET /api/staff/me staff-token']);
  });

  it('asks for the role once per session, and again after a failure or a new sign-in', async () => {
    const store = createAppStore(memoryStore());
    store
      .getState()
      .signedIn({ token: 't1', expiresAt: '2099-01-01T00:00:00Z', memberId: 'm1', name: 'Chị Hoa' }, null);
    let fail = true;
    const { http, calls } = fakeHttp(() =>
      fail ? { ok: false, error: { code: 'network', message: 'x', status: 0 } } : { ok: true, value: staffMe },
    );
    const staff = createStaffApi(createApi(http, store, browser), store);
    expect((await staff.me()).ok).toBe(false);
    fail = false;
    expect((await staff.me()).ok).toBe(true);
    expect((await staff.me()).ok).toBe(true);
    expect(calls).toHaveLength(2);
    store
      .getState()
      .signedIn({ token: 't2', expiresAt: '2099-01-01T00:00:00Z', memberId: 'm1', name: 'Chị Hoa' }, null);
    await staff.me();
    expect(calls).toEqual(['GET /api/staff/me t1', 'GET /api/staff/me t1', 'GET /api/staff/me t2']);
  });

  it('downloads a report through the transport: the session token, the name the service gives, its error codes', async () => {
    const store = createAppStore(memoryStore());
    store
      .getState()
      .signedIn({ token: 't1', expiresAt: '2099-01-01T00:00:00Z', memberId: 'm1', name: 'Chị Hoa' }, null);
    const fetchImpl = vi.fn(
      async (_url: string | URL | Request, _init?: RequestInit) =>
        new Response('PK…', {
          headers: { 'Content-Disposition': 'attachment; filename="hoc-vu-so-le-chan-3-2026-11-23.xlsx"' },
        }),
    );
    const staff = createStaffApi(createApi(createHttp('', fetchImpl as typeof fetch), store, browser), store);
    const r = await staff.exportFile('xlsx', { from: '2026-11-01', areaId: 'le-chan/3' });
    expect(String(fetchImpl.mock.calls[0][0])).toBe('/api/staff/export.xlsx?from=2026-11-01&areaId=le-chan%2F3');
    expect(fetchImpl.mock.calls[0][1]?.headers).toMatchObject({ Authorization: 'Bearer t1' });
    expect(r.ok && r.value.fileName).toBe('hoc-vu-so-le-chan-3-2026-11-23.xlsx');
    expect(r.ok && (await r.value.blob.text())).toBe('PK…');

    // No name from the service: the client's own.
    fetchImpl.mockResolvedValueOnce(new Response('PK…'));
    expect(await staff.annualReport()).toMatchObject({ ok: true, value: { fileName: 'bao-cao-nam.xlsx' } });

    fetchImpl.mockResolvedValueOnce(
      new Response(JSON.stringify({ error: { code: 'area_forbidden', message: 'no' } }), { status: 403 }),
    );
    const refused = await staff.exportFile('xlsx', { from: '2026-11-01', areaId: 'le-chan/3' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'area_forbidden', status: 403 } });
    expect(!refused.ok && errorKey(refused.error.code)).toBe('staff:errors.areaForbidden');
  });

  it('renews an expired session once and fetches the file again, like any other call', async () => {
    const store = createAppStore(memoryStore());
    store.getState().setDevIdentity('web-device-1', 'Chị Hoa');
    store
      .getState()
      .signedIn({ token: 'old', expiresAt: '2099-01-01T00:00:00Z', memberId: 'm1', name: 'Chị Hoa' }, null);
    const seen: string[] = [];
    const fetchImpl = async (url: string | URL | Request, init?: RequestInit) => {
      const auth = (init?.headers as Record<string, string>).Authorization ?? '-';
      seen.push(`${String(url)} ${auth}`);
      if (String(url) === '/api/auth/dev')
        return new Response(JSON.stringify(session('new', 'Chị Hoa')), { status: 200 });
      return auth === 'Bearer new'
        ? new Response('PK…')
        : new Response(JSON.stringify({ error: { code: 'session_expired', message: 'x' } }), { status: 401 });
    };
    const staff = createStaffApi(createApi(createHttp('', fetchImpl as typeof fetch), store, browser), store);
    expect((await staff.annualReport()).ok).toBe(true);
    expect(seen).toEqual([
      '/api/staff/reports/annual.xlsx Bearer old',
      '/api/auth/dev -',
      '/api/staff/reports/annual.xlsx Bearer new',
    ]);
  });
});
