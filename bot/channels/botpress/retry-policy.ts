import { axiosRetry, type RetryConfig } from '@botpress/client';

type RetryError = Parameters<NonNullable<RetryConfig['retryCondition']>>[0];

export type RetryOptions = {
  /** Retries after the first attempt. */
  retries?: number;
  /** First backoff step; it doubles on each retry (plus up to 20 % jitter). */
  baseDelayMs?: number;
  /** A server asking us to wait longer than this is not retried: the caller fails fast and tries again later. */
  maxWaitMs?: number;
  onRetry?: (attempt: number, reason: string) => void;
};

/*
 * POSTs the bridge sends that are safe to repeat: getOrCreateTable (POST /v1/tables/{t}), an upsert keyed on a column
 * (rows/upsert) and reads (rows/find). createTableRows (POST .../rows) is deliberately absent: repeating it after a
 * lost response would insert duplicates.
 */
const IDEMPOTENT_POST = /^\/v1\/tables\/[^/]+(\/rows\/(upsert|find))?$/;
const IDEMPOTENT_METHODS = new Set(['get', 'head', 'options', 'put', 'delete']);

function pathOf(url: string | undefined) {
  try {
    return new URL(url ?? '', 'http://x').pathname;
  } catch {
    return '';
  }
}

function header(err: RetryError, name: string): string | undefined {
  const value = (err.response?.headers as Record<string, unknown> | undefined)?.[name];
  return typeof value === 'string' ? value : undefined;
}

/**
 * How long the server asked us to wait, in ms: `Retry-After` (seconds or an HTTP date) or the `RateLimit-Reset`
 * header Botpress documents for its limiter (seconds until the window resets; an epoch if implausibly large).
 */
export function serverWaitMs(err: RetryError, now = Date.now()): number {
  const retryAfter = header(err, 'retry-after');
  let wait = 0;
  if (retryAfter) {
    const seconds = Number(retryAfter);
    wait = Number.isFinite(seconds) ? seconds * 1000 : (new Date(retryAfter).valueOf() || now) - now;
  }
  const reset = Number(header(err, 'ratelimit-reset'));
  if (Number.isFinite(reset) && reset > 0) wait = Math.max(wait, reset > 1e9 ? reset * 1000 - now : reset * 1000);
  return Math.max(0, wait);
}

function isRetryable(err: RetryError): boolean {
  const status = err.response?.status;
  // A 429 was refused before any work was done, so it is safe to repeat whatever the verb.
  if (status === 429) return true;
  const transient = status === undefined ? axiosRetry.isNetworkError(err) : status >= 500 && status <= 599;
  if (!transient) return false;
  const method = (err.config?.method ?? 'get').toLowerCase();
  return IDEMPOTENT_METHODS.has(method) || (method === 'post' && IDEMPOTENT_POST.test(pathOf(err.config?.url)));
}

/** The `retry` option for `@botpress/client`: 429, 5xx and network errors, exponential backoff honouring the server's wait. */
export function botpressRetry(opts: RetryOptions = {}): RetryConfig {
  const base = opts.baseDelayMs ?? 500;
  const maxWait = opts.maxWaitMs ?? 30_000;
  return {
    retries: opts.retries ?? 4,
    retryCondition: (err) => isRetryable(err) && serverWaitMs(err) <= maxWait,
    retryDelay: (retryCount, err) => {
      const backoff = base * 2 ** (retryCount - 1);
      return Math.max(backoff + backoff * 0.2 * Math.random(), serverWaitMs(err));
    },
    onRetry: (retryCount, err) =>
      opts.onRetry?.(
        retryCount,
        `${err.config?.method?.toUpperCase()} ${pathOf(err.config?.url)} → ${err.response?.status ?? err.code}`,
      ),
  };
}
