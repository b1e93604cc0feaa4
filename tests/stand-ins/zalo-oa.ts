import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { z } from 'zod';

/*
 * A loopback stand-in for Zalo's OA customer-service message API, POST /v3.0/oa/message/cs, honouring its contract:
 * the OA token in an `access_token` header; body `{recipient: {user_id}, message: {text, attachment?}}` where a button
 * attachment is `{type: "template", payload: {buttons: [≤ 5 × {title, type, payload}]}}`; failures come back as
 * HTTP 200 with a non-zero `error` and a `message` (-216 bad token, -201 invalid parameter, -32 rate limit).
 */

const button = z.discriminatedUnion('type', [
  z.object({ title: z.string().min(1).max(100), type: z.literal('oa.open.url'), payload: z.object({ url: z.url() }) }),
  z.object({ title: z.string().min(1).max(100), type: z.enum(['oa.query.show', 'oa.query.hide']), payload: z.string().min(1).max(1000) }),
  z.object({ title: z.string().min(1).max(100), type: z.literal('oa.open.phone'), payload: z.object({ phone_code: z.string() }) }),
  z.object({ title: z.string().min(1).max(100), type: z.literal('oa.open.sms'), payload: z.object({ content: z.string(), phone_code: z.string() }) }),
]);

const csMessage = z.object({
  recipient: z.object({ user_id: z.string().min(1) }),
  message: z.object({
    text: z.string().min(1).max(2000),
    attachment: z.object({ type: z.literal('template'), payload: z.object({ buttons: z.array(button).min(1).max(5) }) }).optional(),
  }),
});

export type ReceivedCsMessage = z.infer<typeof csMessage> & { messageId: string };
export type Failure = 'http_429' | 'http_503' | 'rate_limit';

export async function startZaloOa(accessToken: string) {
  const received: ReceivedCsMessage[] = [];
  const rejected: { error: number; message: string }[] = [];
  const failures: Failure[] = [];
  let requests = 0;

  const app = new Hono().post('/v3.0/oa/message/cs', async (c) => {
    requests++;
    const failure = failures.shift();
    if (failure === 'http_429') return c.json({ error: 429, message: 'Too Many Requests' }, 429, { 'Retry-After': '0' });
    if (failure === 'http_503') return c.text('Service Unavailable', 503);
    if (failure === 'rate_limit') return c.json({ error: -32, message: 'Your application reached limit call api' });
    const reject = (error: number, message: string) => {
      rejected.push({ error, message });
      return c.json({ error, message });
    };
    if (c.req.header('access_token') !== accessToken) return reject(-216, 'Access token is invalid');
    const parsed = csMessage.safeParse(await c.req.json().catch(() => undefined));
    if (!parsed.success) return reject(-201, `${parsed.error.issues[0].path.join('.') || 'body'} is invalid!`);
    const messageId = randomUUID().replaceAll('-', '');
    received.push({ ...parsed.data, messageId });
    return c.json({ error: 0, message: 'Success', data: { message_id: messageId, user_id: parsed.data.recipient.user_id } });
  });

  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((r) => server.once('listening', () => r()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    rejected,
    /** Every request, failed ones included: retries show up here. */
    requests: () => requests,
    /** The next requests fail this way, one failure each, in order. */
    failNext: (...f: Failure[]) => void failures.push(...f),
    reset() {
      received.length = 0;
      rejected.length = 0;
      failures.length = 0;
      requests = 0;
    },
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

export type ZaloOaStandIn = Awaited<ReturnType<typeof startZaloOa>>;
