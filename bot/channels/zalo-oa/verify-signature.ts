import { createHash, timingSafeEqual } from 'node:crypto';

/*
 * Zalo OA webhook contract, from Zalo's webhook guide (developers.zalo.me/docs/official-account/webhook/tong-quan, as
 * summarised at hainh.me/zalo-api-php-webhook-callback-official-account.html) and matching several independent
 * integrations (Python, TypeScript, PHP) found by searching for "X-ZEvent-Signature":
 * - header `X-ZEvent-Signature: mac=<hex>`, mac = sha256(appId + rawBody + timestamp + OA secret key), lower-case hex;
 * - `timestamp` is the body's own `timestamp` field (milliseconds, sent as a string), not a header;
 * - the key is the OA secret key, not the app secret.
 * Plain SHA-256 over a concatenation (not an HMAC) is Zalo's choice; we match it byte for byte.
 */

export const SIGNATURE_HEADER = 'X-ZEvent-Signature';

/** Replays older than this are refused; Zalo's first retries (30 s, then 5 min) mostly fall inside it. */
export const MAX_EVENT_AGE_MS = 5 * 60_000;
/** Clocks drift; an event from further ahead than this is not one Zalo sent just now. */
export const MAX_CLOCK_SKEW_MS = 60_000;

export type SignatureCheck =
  | { ok: true; body: Record<string, unknown> }
  | { ok: false; reason: 'missing_signature' | 'unreadable_body' | 'bad_signature' | 'stale' };

export type VerifyInput = { appId: string; secretKey: string; rawBody: string; header: string | undefined; now: Date };

/** The lower-case hex mac Zalo sends for `rawBody`: sha256(appId + rawBody + timestamp + secretKey). */
export function zaloOaMac(appId: string, rawBody: string, timestamp: string, secretKey: string): string {
  return createHash('sha256')
    .update(appId + rawBody + timestamp + secretKey, 'utf8')
    .digest('hex');
}

/** Checks a webhook delivery's signature and freshness; returns the parsed body only when both hold. */
export function verifyZaloOaSignature(input: VerifyInput): SignatureCheck {
  if (!input.header?.trim()) return { ok: false, reason: 'missing_signature' };
  const given = parseHeader(input.header);
  if (!given) return { ok: false, reason: 'bad_signature' };
  const body = parseObject(input.rawBody);
  const timestamp =
    body && (typeof body.timestamp === 'string' || typeof body.timestamp === 'number')
      ? String(body.timestamp)
      : undefined;
  if (!body || !timestamp) return { ok: false, reason: 'unreadable_body' };
  const expected = Buffer.from(zaloOaMac(input.appId, input.rawBody, timestamp, input.secretKey), 'hex');
  const actual = Buffer.from(given, 'hex');
  // Length is public (always 32 bytes); only the content comparison must not leak timing.
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected))
    return { ok: false, reason: 'bad_signature' };
  const age = input.now.getTime() - Number(timestamp);
  if (!Number.isFinite(age) || age > MAX_EVENT_AGE_MS || age < -MAX_CLOCK_SKEW_MS)
    return { ok: false, reason: 'stale' };
  return { ok: true, body };
}

// Zalo sends "mac=<hex>"; integrations disagree on whether the prefix is always there, and accepting both costs nothing.
function parseHeader(header: string): string | undefined {
  const value = header.trim().replace(/^mac=/i, '').toLowerCase();
  return value && /^[0-9a-f]{64}$/.test(value) ? value : undefined;
}

function parseObject(raw: string): Record<string, unknown> | undefined {
  try {
    const v: unknown = JSON.parse(raw);
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
