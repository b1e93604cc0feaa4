import { randomUUID } from 'node:crypto';

export type Reply<T = any> = { status: number; body: T }; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A tiny HTTP client for API tests: real requests over loopback, JSON in and out. */
export function apiClient(baseUrl: string, token?: string) {
  const call = async (method: string, path: string, body?: unknown, raw?: string): Promise<Reply> => {
    const res = await fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
        ...(body !== undefined || raw ? { 'Content-Type': 'application/json' } : {}),
      },
      body: raw ?? (body === undefined ? undefined : JSON.stringify(body)),
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : undefined };
  };
  return {
    get: (p: string) => call('GET', p),
    post: (p: string, b?: unknown) => call('POST', p, b),
    postRaw: (p: string, raw: string) => call('POST', p, undefined, raw),
    del: (p: string) => call('DELETE', p),
  };
}

/** Signs in through the development route and agrees to the notice: a resident ready to learn. */
export async function resident(baseUrl: string, name: string, consent = true) {
  const anon = apiClient(baseUrl);
  const r = await anon.post('/api/auth/dev', { name, deviceId: `dev-${randomUUID()}` });
  if (r.status !== 200) throw new Error(`sign-in failed: ${JSON.stringify(r.body)}`);
  const api = apiClient(baseUrl, r.body.token);
  if (consent) await api.post('/api/me/consent', { version: '2026-11', given: true });
  return { api, me: r.body.me, token: r.body.token as string };
}

/** A quiz result as the app sends it; `passed: false` alone gets a failing score, since the service takes the pass from the score. */
/** A resident who has just made a household in `areaId`; its code is what a join link or a printed card carries. */
export async function householdHead(baseUrl: string, name: string, areaId: string) {
  const head = await resident(baseUrl, name);
  const household: { id: string; code: string } = (await head.api.post('/api/households', { areaId })).body.household;
  return { head, household };
}

export const aCompletion = (over: Record<string, unknown> = {}) => ({
  id: randomUUID(),
  lessonId: 'vneid-install',
  lessonVersion: 1,
  score: over.passed === false ? 0.4 : 1,
  passed: true,
  completedAt: '2026-11-20T08:00:00.000Z',
  ...over,
});
