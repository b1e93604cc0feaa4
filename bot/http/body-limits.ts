import { bodyLimit } from 'hono/body-limit';
import type { MiddlewareHandler } from 'hono';
import { errorBody } from './api-error';

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
    l = bodyLimit({ maxSize, onError: (c) => c.json(errorBody('payload_too_large', `The request body is larger than ${maxSize / KB} KB.`), 413) });
    limiters.set(maxSize, l);
  }
  return l;
};

/** One body limit per request, chosen by path, before any handler reads the body. */
export const bodyLimits: MiddlewareHandler = (c, next) => {
  const max = LIMITS.find(([re]) => re.test(c.req.path))?.[1] ?? DEFAULT_BODY_LIMIT;
  return limiter(max)(c, next);
};
