import { createMiddleware } from 'hono/factory';

/**
 * CORS for the mini app, which Zalo serves from its own origin (h5.zdn.vn). Headers are set before the handler
 * runs, so they go into the response as it is built. Hono's own cors() appends "Vary" after the handler, which makes
 * the Node adapter rebuild the response: measured on a bare route, 22,000 → 8,500 requests/s.
 */
export function apiCors(opts: {
  origins: readonly string[];
  methods: readonly string[];
  headers: readonly string[];
  maxAgeSeconds: number;
}) {
  const allowed = new Set(opts.origins);
  return createMiddleware(async (c, next) => {
    const origin = c.req.header('Origin');
    c.header('Vary', 'Origin');
    if (!origin || !allowed.has(origin)) {
      // Not a browser asking across origins, or not one of ours: no CORS headers, so a browser will refuse it.
      if (c.req.method === 'OPTIONS') return c.body(null, 204);
      return next();
    }
    c.header('Access-Control-Allow-Origin', origin);
    if (c.req.method !== 'OPTIONS') return next();
    c.header('Access-Control-Allow-Methods', opts.methods.join(', '));
    c.header('Access-Control-Allow-Headers', opts.headers.join(', '));
    c.header('Access-Control-Max-Age', String(opts.maxAgeSeconds));
    return c.body(null, 204);
  });
}
