import type { BotReply } from '../../chatbot/types';
import { toZaloOaMessage } from './oa-message';
import { fixedOaToken, type OaTokenSource } from './oa-tokens';

/*
 * Zalo OA customer-service message API: POST {apiBase}/v3.0/oa/message/cs, the OA access token in an `access_token`
 * header, JSON `{recipient: {user_id}, message}`. Zalo answers HTTP 200 even for failures, with `{error: <non-zero>,
 * message}`; -32 is its rate limit ("Your application reached limit call api"), -216 "Access token is invalid" and
 * -220 "access_token is expired or removed": after those the token is renewed once and the message sent again.
 */

export const ZALO_RATE_LIMITED = -32;
const TOKEN_REJECTED = new Set(['zalo_-216', 'zalo_-220']);

export type SendResult =
  { ok: true; messageId?: string; attempts: number } | { ok: false; code: string; message: string; attempts: number };

export type ZaloOaSendClient = { send(userId: string, reply: Pick<BotReply, 'text' | 'buttons'>): Promise<SendResult> };

export type SendClientOptions = {
  apiBase: string;
  /** A fixed token, or a source that refreshes it (see oa-tokens.ts). */
  accessToken: string | OaTokenSource;
  /** Mini app id for lesson deep links (https://zalo.me/s/<id>/lesson/<lesson>). */
  miniAppId: string;
  fetch?: typeof fetch;
  maxTries?: number;
  baseDelayMs?: number;
  timeoutMs?: number;
  sleep?: (ms: number) => Promise<void>;
  log?: (msg: string) => void;
};

type Attempt =
  { done: true; result: SendResult } | { done: false; code: string; message: string; retryAfterMs?: number };

/** Sends bot replies to OA followers. Never throws: a reply that cannot be delivered is logged and reported as a value. */
export function createZaloOaSendClient(opts: SendClientOptions): ZaloOaSendClient {
  const doFetch = opts.fetch ?? fetch;
  const maxTries = opts.maxTries ?? 3;
  const baseDelay = opts.baseDelayMs ?? 300;
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const log = opts.log ?? ((msg: string) => console.warn(msg));
  const url = `${opts.apiBase.replace(/\/$/, '')}/v3.0/oa/message/cs`;

  const tokens = typeof opts.accessToken === 'string' ? fixedOaToken(opts.accessToken) : opts.accessToken;

  async function attempt(body: string, attempts: number, token: string): Promise<Attempt> {
    let res: Response;
    try {
      res = await doFetch(url, {
        method: 'POST',
        headers: { access_token: token, 'Content-Type': 'application/json' },
        body,
        signal: AbortSignal.timeout(opts.timeoutMs ?? 5000),
      });
    } catch (err) {
      return { done: false, code: 'network', message: (err as Error).message };
    }
    if (res.status === 429 || res.status >= 500) {
      await res.body?.cancel();
      return { done: false, code: `http_${res.status}`, message: res.statusText, retryAfterMs: retryAfter(res) };
    }
    const json = (await res.json().catch(() => undefined)) as
      { error?: unknown; message?: unknown; data?: { message_id?: unknown } } | undefined;
    const zaloError = typeof json?.error === 'number' ? json.error : json ? 0 : undefined;
    const message = typeof json?.message === 'string' ? json.message : res.statusText;
    if (zaloError === ZALO_RATE_LIMITED) return { done: false, code: `zalo_${zaloError}`, message };
    if (!res.ok || zaloError === undefined)
      return { done: true, result: { ok: false, code: `http_${res.status}`, message, attempts } };
    if (zaloError !== 0) return { done: true, result: { ok: false, code: `zalo_${zaloError}`, message, attempts } };
    const id = json?.data?.message_id;
    return { done: true, result: { ok: true, messageId: typeof id === 'string' ? id : undefined, attempts } };
  }

  return {
    async send(userId, reply) {
      const body = JSON.stringify({ recipient: { user_id: userId }, message: toZaloOaMessage(reply, opts.miniAppId) });
      let token: string;
      try {
        token = await tokens.get();
      } catch (err) {
        log(`zalo-oa: reply to ${userId} not sent (no access token: ${(err as Error).message})`);
        return { ok: false, code: 'token_unavailable', message: (err as Error).message, attempts: 0 };
      }
      let renewed = false;
      for (let n = 1; ; n++) {
        const a = await attempt(body, n, token);
        if (a.done && !a.result.ok && TOKEN_REJECTED.has(a.result.code) && !renewed) {
          renewed = true;
          const fresh = await tokens.renew(token).catch(() => undefined);
          if (fresh && fresh !== token) {
            token = fresh;
            continue;
          }
        }
        if (a.done) {
          // The token never reaches the log; the user id is Zalo's OA-scoped id, not a phone number.
          if (!a.result.ok) log(`zalo-oa: reply to ${userId} not sent (${a.result.code}: ${a.result.message})`);
          return a.result;
        }
        if (n >= maxTries) {
          log(`zalo-oa: reply to ${userId} not sent after ${n} tries (${a.code}: ${a.message})`);
          return { ok: false, code: a.code, message: a.message, attempts: n };
        }
        // Exponential backoff with jitter, so retries from many conversations do not arrive in step.
        const backoff = baseDelay * 2 ** (n - 1) * (0.5 + Math.random() / 2);
        await sleep(Math.min(Math.max(backoff, a.retryAfterMs ?? 0), 10_000));
      }
    },
  };
}

function retryAfter(res: Response): number | undefined {
  const seconds = Number(res.headers.get('retry-after'));
  return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : undefined;
}
