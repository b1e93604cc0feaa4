import type { Context } from 'hono';

/**
 * What an unexpected failure logs: a request id the answer also carries, the route and the error's class and code.
 * Never the message or the parameters: a failing SQL statement's message can quote what a resident typed (once, a
 * password written into the chat).
 */
export function logFailure(c: Context, err: unknown, requestId: string) {
  const e = err as { name?: string; code?: unknown; constructor?: { name?: string } };
  const kind = e?.constructor?.name ?? typeof err;
  const code = typeof e?.code === 'string' || typeof e?.code === 'number' ? ` code=${e.code}` : '';
  console.error(`[${requestId}] ${c.req.method} ${c.req.routePath || c.req.path} failed: ${kind}${code}`);
}
