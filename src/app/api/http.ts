/** A failed call: the service's `{error:{code,message}}`, or `network` when no answer came back at all. */
export type ApiFailure = { code: string; message: string; status: number; field?: string };

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiFailure };

type Method = 'GET' | 'POST' | 'DELETE';
export type HttpOpts = { body?: unknown; token?: string };
/** A file the service sent (a workbook, a CSV, a page to print), with the name it gave it, when it gave one. */
export type FileBody = { blob: Blob; fileName?: string };

export type Http = {
  /** `file`: the answer is a file to keep, not JSON. A failure is still the service's `{error}`, or `network`. */
  (method: 'GET', path: string, opts: HttpOpts & { file: true }): Promise<ApiResult<FileBody>>;
  <T>(method: Method, path: string, opts?: HttpOpts): Promise<ApiResult<T>>;
};

/** A 4G phone in a lift can hang for minutes; after this long the call counts as a network failure and is retried. */
const TIMEOUT_MS = 20_000;
/** A ward's workbook takes the service seconds to build (bench:dashboard) and is megabytes long: files get longer. */
const FILE_TIMEOUT_MS = 120_000;

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

const fileNameOf = (res: Response) => /filename="([^"]+)"/.exec(res.headers.get('Content-Disposition') ?? '')?.[1];

/**
 * JSON (or, asked for, a file) over fetch to `${base}/api/...`. Every outcome is a value: screens show a message,
 * the sync loop backs off, and nothing needs a try/catch.
 */
export function createHttp(base: string, fetchImpl: typeof fetch = (...a) => fetch(...a)): Http {
  const root = base.replace(/\/+$/, '');
  return (async (method: Method, path: string, opts: HttpOpts & { file?: true } = {}): Promise<ApiResult<unknown>> => {
    const controller = new AbortController();
    // The timer runs until the body is read: a file's body is most of its wait.
    const timer = setTimeout(() => controller.abort(), opts.file ? FILE_TIMEOUT_MS : TIMEOUT_MS);
    try {
      const headers: Record<string, string> = { Accept: opts.file ? '*/*' : 'application/json' };
      if (opts.token) headers.Authorization = `Bearer ${opts.token}`;
      if (opts.body !== undefined) headers['Content-Type'] = 'application/json';
      const res = await fetchImpl(`${root}${path}`, {
        method,
        headers,
        body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
        signal: controller.signal,
      });
      if (res.ok && opts.file) return { ok: true, value: { blob: await res.blob(), fileName: fileNameOf(res) } };
      const text = await res.text();
      let body: unknown;
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        body = undefined;
      }
      if (!res.ok) return { ok: false, error: failureOf(res.status, body) };
      if (body === undefined) return { ok: false, error: failureOf(res.status, body) };
      return { ok: true, value: body };
    } catch {
      return { ok: false, error: { code: 'network', message: 'No connection to the service', status: 0 } };
    } finally {
      clearTimeout(timer);
    }
  }) as Http;
}

/** No answer, or a gateway's answer for a service it could not reach: the phone's signal, not the request, failed. */
export const unreachable = (e: ApiFailure) =>
  e.code === 'network' || e.status === 502 || e.status === 503 || e.status === 504;
