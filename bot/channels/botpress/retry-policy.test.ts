import { describe, expect, it } from 'vitest';
import { botpressRetry, serverWaitMs } from './retry-policy';

type Err = Parameters<typeof serverWaitMs>[0];
const err = (
  status: number | undefined,
  headers: Record<string, string> = {},
  method = 'post',
  url = '/v1/tables/T/rows/upsert',
) =>
  ({
    response: status ? { status, headers } : undefined,
    config: { method, url },
    code: status ? undefined : 'ECONNRESET',
    isAxiosError: true,
  }) as unknown as Err;

describe('the Botpress retry policy', () => {
  it('honours Retry-After and the RateLimit-Reset header Botpress documents', () => {
    expect(serverWaitMs(err(429, { 'retry-after': '2' }))).toBe(2000);
    expect(serverWaitMs(err(429, { 'ratelimit-reset': '6' }))).toBe(6000);
    expect(serverWaitMs(err(429, { 'retry-after': new Date(10_000).toUTCString() }), 4000)).toBe(6000);
    expect(serverWaitMs(err(429))).toBe(0);
  });

  it('retries 429 on anything, 5xx and network errors only where repeating is safe', () => {
    const retry = botpressRetry().retryCondition!;
    expect(retry(err(429, {}, 'post', '/v1/tables/T/rows'))).toBe(true);
    expect(retry(err(503))).toBe(true);
    expect(retry(err(503, {}, 'post', '/v1/tables/T/rows'))).toBe(false);
    expect(retry(err(502, {}, 'get', '/v1/files/search?query=x'))).toBe(true);
    expect(retry(err(400))).toBe(false);
    expect(retry(err(429, { 'retry-after': '120' }))).toBe(false);
  });

  it('backs off exponentially, never sooner than the server asked', () => {
    const delay = botpressRetry({ baseDelayMs: 100 }).retryDelay!;
    expect(delay(1, err(503))).toBeGreaterThanOrEqual(100);
    expect(delay(3, err(503))).toBeGreaterThanOrEqual(400);
    expect(delay(1, err(429, { 'retry-after': '3' }))).toBe(3000);
  });
});
