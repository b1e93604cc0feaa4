/** A failed call: the service's `{error:{code,message}}`, or `network` when no answer came back at all. */
export type ApiFailure = { code: string; message: string; status: number; field?: string };

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiFailure };

export type Http = <T>(method: 'GET' | 'POST' | 'DELETE', path: string, opts?: { body?: unknown; token?: string }) => Promise<ApiResult<T>>;

/** A 4G phone in a lift can hang for minutes; after this long the call counts as a network failure and is retried. */
const TIMEOUT_MS = 20_000;

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;

function failureOf(status: number, body: unknown): ApiFailure {
  const e = isRecord(body) && isRecord(body.error) ? body.error : {};
  return {
    code: typeof e.code === 'string' ? e.code : status >= 500 ? 'server' : 'bad_response',
    message: typeof e.message === 'string' ? e.message : `HTTP ${status}`,
    status,
    field: typeof e.field === 'string' ? e.field : undefined,
  };
}

/**
 * JSON over fetch to `${base}/api/...`. Every outcome is a value: screens show a message, the sync loop backs off,
 * and nothing needs a try/catch.
 */
export function createHttp(base: string, fetchImpl: typeof fetch = (...a) => fetch(...a)): Http {
  const root = base.replace(/\/+$/, '');
  return async <T>(method: string, path: string, opts: { body?: unknown; token?: string } = {}): Promise<ApiResult<T>> => {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
    try {
      const headers: Record<string, string> = { Accept: 'application/json' };
      if (opts.token) headers.Authorization = `Bearer ${opts.token}`;
      if (opts.body !== undefined) headers['Content-Type'] = 'application/json';
      const res = await fetchImpl(`${root}${path}`, {
        method,
        headers,
        body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
        signal: controller.signal,
      });
      const text = await res.text();
      let body: unknown;
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        body = undefined;
      }
      if (!res.ok) return { ok: false, error: failureOf(res.status, body) };
      if (body === undefined) return { ok: false, error: failureOf(res.status, body) };
      return { ok: true, value: body as T };
    } catch {
      return { ok: false, error: { code: 'network', message: 'No connection to the service', status: 0 } };
    } finally {
      clearTimeout(timer);
    }
  };
}

/** No answer, or a gateway's answer for a service it could not reach: the phone's signal, not the request, failed. */
export const unreachable = (e: ApiFailure) => e.code === 'network' || e.status === 502 || e.status === 503 || e.status === 504;
