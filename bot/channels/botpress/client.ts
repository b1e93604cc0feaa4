import { Client } from '@botpress/client';
import { botpressRetry, type RetryOptions } from './retry-policy';

/** Where and as whom to reach Botpress Cloud. Server side only: the token never reaches the mini app. */
export type BotpressConnection = { token: string; botId: string; apiUrl?: string };

export type BotpressClientOptions = RetryOptions & {
  /** Per request, retries included (axios-retry does not reset it between attempts). */
  timeoutMs?: number;
};

/**
 * A `@botpress/client` Client that always retries: the package retries nothing unless given a `retry` option, and
 * Botpress answers 429 when its sliding-window limiter trips.
 */
export function createBotpressClient(conn: BotpressConnection, opts: BotpressClientOptions = {}): Client {
  return new Client({
    token: conn.token,
    botId: conn.botId,
    // Explicit, so a stray BP_API_URL in the environment cannot redirect our token elsewhere.
    apiUrl: conn.apiUrl || 'https://api.botpress.cloud',
    timeout: opts.timeoutMs ?? 60_000,
    retry: botpressRetry(opts),
  });
}
