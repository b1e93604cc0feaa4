import { describe, expect, it, vi } from 'vitest';
import type { KeyValueStore, Platform } from '../../platform';
import { createAppStore } from '../store/app-store';
import { createApi } from './api-client';
import type { ApiResult, Http } from './http';
import { createStaffApi } from './staff-api';

const memory = (): KeyValueStore => {
  const data = new Map<string, string>();
  return { getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
};
const browser = { kind: 'browser', getAccessToken: vi.fn(async () => undefined) } as unknown as Platform;
const session = (token: string, name: string) => ({
  token,
  expiresAt: '2099-01-01T00:00:00Z',
  me: { member: { id: `m-${name}`, displayName: name, role: 'member', consentAt: null, consentVersion: null }, household: null },
});
const staffMe = { role: 'team', wardId: 'le-chan', wardName: 'Phường Lê Chân', areaIds: ['le-chan/3'], schoolName: null, areas: [{ id: 'le-chan/3', name: 'Tổ dân phố 3' }] };

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
    const store = createAppStore(memory());
    store.getState().setDevIdentity('web-device-1', 'Người thử');
    const { http, calls } = fakeHttp((_m, path, _t, body) =>
      path === '/api/auth/staff-code' && (body as { code: string }).code === 'ABCDEFGH' ? { ok: true, value: session('staff-token', 'Anh Minh') } : { ok: true, value: staffMe },
    );
    const staff = createStaffApi(createApi(http, store, browser), store);
    expect((await staff.signInWithCode('ABCDEFGH')).ok).toBe(true);
    expect(store.getState().account).toMatchObject({ session: { token: 'staff-token', name: 'Anh Minh', memberId: 'm-Anh Minh' }, devName: null, deviceId: 'web-device-1' });
    await staff.me();
    expect(calls).toEqual(['POST /api/auth/staff-code -', 'GET /api/staff/me staff-token']);
  });

  it('asks for the role once per session, and again after a failure or a new sign-in', async () => {
    const store = createAppStore(memory());
    store.getState().signedIn({ token: 't1', expiresAt: '2099-01-01T00:00:00Z', memberId: 'm1', name: 'Chị Hoa' }, null);
    let fail = true;
    const { http, calls } = fakeHttp(() => (fail ? { ok: false, error: { code: 'network', message: 'x', status: 0 } } : { ok: true, value: staffMe }));
    const staff = createStaffApi(createApi(http, store, browser), store);
    expect((await staff.me()).ok).toBe(false);
    fail = false;
    expect((await staff.me()).ok).toBe(true);
    expect((await staff.me()).ok).toBe(true);
    expect(calls).toHaveLength(2);
    store.getState().signedIn({ token: 't2', expiresAt: '2099-01-01T00:00:00Z', memberId: 'm1', name: 'Chị Hoa' }, null);
    await staff.me();
    expect(calls).toEqual(['GET /api/staff/me t1', 'GET /api/staff/me t1', 'GET /api/staff/me t2']);
  });

  it('downloads a report with the session token and the file name the service gives', async () => {
    const store = createAppStore(memory());
    store.getState().signedIn({ token: 't1', expiresAt: '2099-01-01T00:00:00Z', memberId: 'm1', name: 'Chị Hoa' }, null);
    const fetchImpl = vi.fn(async (url: string | URL | Request, init?: RequestInit) => {
      expect(String(url)).toBe('/api/staff/export.xlsx?from=2026-11-01&areaId=le-chan%2F3');
      expect(init?.headers).toEqual({ Authorization: 'Bearer t1' });
      return new Response('PK…', { headers: { 'Content-Disposition': 'attachment; filename="hoc-vu-so-le-chan-3-2026-11-23.xlsx"' } });
    });
    const staff = createStaffApi(createApi(fakeHttp(() => ({ ok: true, value: {} })).http, store, browser), store, fetchImpl as typeof fetch);
    const r = await staff.exportFile('xlsx', { from: '2026-11-01', areaId: 'le-chan/3' });
    expect(r.ok && r.value.fileName).toBe('hoc-vu-so-le-chan-3-2026-11-23.xlsx');
    expect(r.ok && (await r.value.blob.text())).toBe('PK…');

    fetchImpl.mockResolvedValueOnce(new Response(JSON.stringify({ error: { code: 'area_forbidden', message: 'no' } }), { status: 403 }));
    expect(await staff.exportFile('xlsx', { from: '2026-11-01', areaId: 'le-chan/3' })).toMatchObject({ ok: false, error: { code: 'area_forbidden', status: 403 } });
  });
});
