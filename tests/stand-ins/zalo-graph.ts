import { createHmac } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';

/**
 * A loopback stand-in for Zalo's Graph API GET /v2.0/me, honouring its contract: the token travels in the
 * `access_token` header, `appsecret_proof` is HMAC-SHA256(token, app secret), and errors come back as HTTP 200
 * with a non-zero `error` and a `message`.
 */
export async function startZaloGraph(users: Record<string, { id: string; name: string }>, appSecret?: string) {
  const seen: { token?: string; proof?: string; fields?: string }[] = [];
  const app = new Hono().get('/v2.0/me', (c) => {
    const token = c.req.header('access_token');
    const proof = c.req.header('appsecret_proof');
    seen.push({ token, proof, fields: c.req.query('fields') });
    const user = token ? users[token] : undefined;
    if (!user) return c.json({ error: 452, message: 'Access token is invalid or expired' });
    if (appSecret && proof !== createHmac('sha256', appSecret).update(token!).digest('hex')) {
      return c.json({ error: 124, message: 'Invalid appsecret_proof' });
    }
    return c.json({ id: user.id, name: user.name, error: 0, message: 'Success' });
  });
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((r) => server.once('listening', () => r()));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, seen, close: () => new Promise<void>((r) => server.close(() => r())) };
}
