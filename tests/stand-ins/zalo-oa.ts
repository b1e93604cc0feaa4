import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { z } from 'zod';

/*
 * A loopback stand-in for Zalo's OA customer-service message API, POST /v3.0/oa/message/cs, honouring its contract:
 * the OA token in an `access_token` header; body `{recipient: {user_id}, message: {text, attachment?}}` where a button
 * attachment is `{type: "template", payload: {buttons: [≤ 5 × {title, type, payload}]}}`; failures come back as
 * HTTP 200 with a non-zero `error` and a `message` (-216 bad token, -220 expired token, -201 invalid parameter,
 * -32 rate limit).
 * It also serves Zalo's OAuth refresh, POST /v4/oa/access_token: form body app_id, grant_type=refresh_token,
 * refresh_token, the app secret in a `secret_key` header; a new access token AND a new refresh token come back with
 * expires_in "90000" (a string). A refresh token works once: reusing one is refused, as is a wrong secret or app id.
 * (The error number for a refused refresh is not in the material we found; the client does not depend on it.)
 */

const button = z.discriminatedUnion('type', [
  z.object({ title: z.string().min(1).max(100), type: z.literal('oa.open.url'), payload: z.object({ url: z.url() }) }),
  z.object({
    title: z.string().min(1).max(100),
    type: z.enum(['oa.query.show', 'oa.query.hide']),
    payload: z.string().min(1).max(1000),
  }),
  z.object({
    title: z.string().min(1).max(100),
    type: z.literal('oa.open.phone'),
    payload: z.object({ phone_code: z.string() }),
  }),
  z.object({
    title: z.string().min(1).max(100),
    type: z.literal('oa.open.sms'),
    payload: z.object({ content: z.string(), phone_code: z.string() }),
  }),
]);

const csMessage = z.object({
  recipient: z.object({ user_id: z.string().min(1) }),
  message: z.object({
    text: z.string().min(1).max(2000),
    attachment: z
      .object({ type: z.literal('template'), payload: z.object({ buttons: z.array(button).min(1).max(5) }) })
      .optional(),
  }),
});

export type ReceivedCsMessage = z.infer<typeof csMessage> & { messageId: string };
export type Failure = 'http_429' | 'http_503' | 'rate_limit';

export type OAuthOptions = { appId: string; appSecret: string; refreshToken: string; delayMs?: number };

export async function startZaloOa(accessToken: string, oauth?: OAuthOptions) {
  const valid = new Set([accessToken]);
  const expired = new Set<string>();
  let refreshToken = oauth?.refreshToken;
  const spent = new Set<string>();
  const refreshes: { refreshToken: string; ok: boolean }[] = [];
  const received: ReceivedCsMessage[] = [];
  const rejected: { error: number; message: string }[] = [];
  const failures: Failure[] = [];
  let requests = 0;

  const app = new Hono().post('/v3.0/oa/message/cs', async (c) => {
    requests++;
    const failure = failures.shift();
    if (failure === 'http_429')
      return c.json({ error: 429, message: 'Too Many Requests' }, 429, { 'Retry-After': '0' });
    if (failure === 'http_503') return c.text('Service Unavailable', 503);
    if (failure === 'rate_limit') return c.json({ error: -32, message: 'Your application reached limit call api' });
    const reject = (error: number, message: string) => {
      rejected.push({ error, message });
      return c.json({ error, message });
    };
    const token = c.req.header('access_token') ?? '';
    if (expired.has(token)) return reject(-220, 'access_token is expired or removed');
    if (!valid.has(token)) return reject(-216, 'Access token is invalid');
    const parsed = csMessage.safeParse(await c.req.json().catch(() => undefined));
    if (!parsed.success) return reject(-201, `${parsed.error.issues[0].path.join('.') || 'body'} is invalid!`);
    const messageId = randomUUID().replaceAll('-', '');
    received.push({ ...parsed.data, messageId });
    return c.json({
      error: 0,
      message: 'Success',
      data: { message_id: messageId, user_id: parsed.data.recipient.user_id },
    });
  });

  app.post('/v4/oa/access_token', async (c) => {
    const form = await c.req.parseBody().catch(() => ({}) as Record<string, unknown>);
    const given = typeof form.refresh_token === 'string' ? form.refresh_token : '';
    const refuse = (error: number, description: string) => {
      refreshes.push({ refreshToken: given, ok: false });
      return c.json({ error, error_name: 'Invalid parameter', error_description: description });
    };
    if (!oauth) return refuse(-14001, 'OAuth is not configured in this stand-in');
    if (oauth.delayMs) await new Promise((r) => setTimeout(r, oauth.delayMs));
    if (c.req.header('secret_key') !== oauth.appSecret) return refuse(-14002, 'Invalid secret key');
    if (form.app_id !== oauth.appId || form.grant_type !== 'refresh_token') return refuse(-14003, 'Invalid parameter');
    if (spent.has(given)) return refuse(-14014, 'Refresh token has been used');
    if (given !== refreshToken) return refuse(-14014, 'Invalid refresh token');
    spent.add(given);
    const access = `at-${randomUUID()}`;
    refreshToken = `rt-${randomUUID()}`;
    valid.add(access);
    refreshes.push({ refreshToken: given, ok: true });
    return c.json({ access_token: access, refresh_token: refreshToken, expires_in: '90000' });
  });

  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((r) => server.once('listening', () => r()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    rejected,
    /** Every call to the OAuth refresh endpoint, refused ones included. */
    refreshes,
    /** The refresh token the stand-in will accept next. */
    currentRefreshToken: () => refreshToken,
    /** Zalo stops honouring this access token: sends with it get -220 from now on. */
    expire: (token: string) => {
      valid.delete(token);
      expired.add(token);
    },
    /** Every request, failed ones included: retries show up here. */
    requests: () => requests,
    /** The next requests fail this way, one failure each, in order. */
    failNext: (...f: Failure[]) => void failures.push(...f),
    reset() {
      received.length = 0;
      rejected.length = 0;
      failures.length = 0;
      refreshes.length = 0;
      requests = 0;
    },
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

export type ZaloOaStandIn = Awaited<ReturnType<typeof startZaloOa>>;
