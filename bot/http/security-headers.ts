import { createMiddleware } from 'hono/factory';

/** The strictest policy, for everything that is not a page: JSON, files, redirects. Pages set their own (static-app). */
export const NO_CONTENT_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/**
 * The policy of an HTML page we serve: scripts only from us (inline ones by hash), styles from us (zmp-ui and React
 * set style attributes), nothing may frame it. Zalo serves the mini app from its own host, so this applies to the
 * browser and staff-desktop copies.
 */
export function pagePolicy(scriptHashes: readonly string[] = []) {
  const scripts = ["'self'", ...scriptHashes.map((h) => `'sha256-${h}'`)].join(' ');
  return [
    "default-src 'self'",
    `script-src ${scripts}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * Security headers on every answer, set before the handler runs. Hono's secureHeaders() sets them after the handler,
 * which makes the Node adapter rebuild each response (the same cost measured for CORS in cors.ts: 22,000 → 8,500/s).
 * HSTS only in production, where the service sits behind TLS; on http://localhost it would pin browsers to https.
 */
export function securityHeaders(opts: { production: boolean }) {
  return createMiddleware(async (c, next) => {
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'strict-origin-when-cross-origin');
    c.header('X-Frame-Options', 'DENY');
    c.header('Cross-Origin-Opener-Policy', 'same-origin');
    c.header('Permissions-Policy', 'camera=(self), microphone=(), geolocation=()');
    c.header('Content-Security-Policy', NO_CONTENT_POLICY);
    if (opts.production) c.header('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
    await next();
  });
}
