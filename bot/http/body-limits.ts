import { bodyLimit } from 'hono/body-limit';
import type { MiddlewareHandler } from 'hono';
import { sendOutcome } from './api-error';

const KB = 1024;

/**
 * The largest body each route needs, with room to spare: a chat message is at most 2,000 characters (12 KB even if
 * every one is sent \u-escaped), an offline batch 100 results. Without a limit, eight 128 MB bodies to the chat took the
 * service from 451 MB to 1.8 GB.
 */
const LIMITS: [RegExp, number][] = [
  [/^\/api\/completions\/batch$/, 64 * KB],
  [/^\/api\/staff\/join-cards\/link$/, 32 * KB],
];
export const DEFAULT_BODY_LIMIT = 16 * KB;

const limiters = new Map<number, MiddlewareHandler>();
const limiter = (maxSize: number) => {
  let l = limiters.get(maxSize);
  if (!l) {
    l = bodyLimit({
      maxSize,
      onError: (c) => sendOutcome(c, 'payload_too_large', `The request body is larger than ${maxSize / KB} KB.`),
    });
    limiters.set(maxSize, l);
  }
  return l;
};

/**
 * One body limit per request, chosen by path, before any handler reads the body. A GET or HEAD has no body, and a
 * declared Content-Length is checked from the header; only a chunked body goes through Hono's counting reader.
 * Why not always Hono's: it reads `c.req.raw.body`, which makes the Node adapter build a full Request for every
 * call, reads included (household-progress reads: 5,376 → 4,021/s on PostgreSQL).
 */
export const bodyLimits: MiddlewareHandler = async (c, next) => {
  if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
  const max = LIMITS.find(([re]) => re.test(c.req.path))?.[1] ?? DEFAULT_BODY_LIMIT;
  const declared = c.req.header('content-length');
  if (declared !== undefined && c.req.header('transfer-encoding') === undefined) {
    return Number(declared) > max
      ? sendOutcome(c, 'payload_too_large', `The request body is larger than ${max / KB} KB.`)
      : next();
  }
  return limiter(max)(c, next);
};
