import { describe, expect, it, vi } from 'vitest';
import { errorKey } from './error-key';
import { createHttp } from './http';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

describe('the transport, asked for a file', () => {
  it('sends the token and gives back the bytes and the name the service gave the file', async () => {
    const fetchImpl = vi.fn(
      async (_url: string | URL | Request, _init?: RequestInit) =>
        new Response('PK…', { headers: { 'Content-Disposition': 'attachment; filename="bao-cao-nam.xlsx"' } }),
    );
    const http = createHttp('http://test/', fetchImpl as typeof fetch);
    const r = await http('GET', '/api/staff/reports/annual.xlsx', { token: 't1', file: true });
    expect(String(fetchImpl.mock.calls[0][0])).toBe('http://test/api/staff/reports/annual.xlsx');
    expect(fetchImpl.mock.calls[0][1]?.headers).toMatchObject({ Authorization: 'Bearer t1' });
    expect(r.ok && r.value.fileName).toBe('bao-cao-nam.xlsx');
    expect(r.ok && (await r.value.blob.text())).toBe('PK…');
  });

  it('turns a refusal, a broken server and no signal into the messages the app shows for them', async () => {
    const answer = async (res: Response | Error) => {
      const http = createHttp('http://test', async () => (res instanceof Error ? Promise.reject(res) : res));
      const r = await http('GET', '/api/staff/export.xlsx', { token: 't1', file: true });
      if (r.ok) throw new Error('a failure was read as a file');
      return { code: r.error.code, status: r.error.status, key: errorKey(r.error.code) };
    };
    expect(await answer(json(403, { error: { code: 'area_forbidden', message: 'no' } }))).toEqual({
      code: 'area_forbidden',
      status: 403,
      key: 'staff:errors.areaForbidden',
    });
    expect(await answer(json(401, { error: { code: 'session_expired', message: 'no' } }))).toEqual({
      code: 'session_expired',
      status: 401,
      key: 'errors.signIn',
    });
    expect(await answer(new Response('<html>Bad gateway</html>', { status: 502 }))).toEqual({
      code: 'server',
      status: 502,
      key: 'errors.generic',
    });
    expect(await answer(new TypeError('offline'))).toEqual({ code: 'network', status: 0, key: 'errors.network' });
  });
});
