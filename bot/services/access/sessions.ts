import { SignJWT, jwtVerify } from 'jose';
import { ServiceError } from '../../../src/core/api/outcomes';

const TTL_SECONDS = 12 * 60 * 60;
const CACHE_SIZE = 50_000; // ~15 MB at most

/** Our own short-lived session tokens (HS256). Any instance with the same secret accepts them: no server state. */
export function createSessions(secret: Uint8Array, now: () => Date = () => new Date()) {
  // A resident's app sends the same token with every request for hours; checking its HMAC through WebCrypto each time
  // took ~10 % of a request's CPU. Tokens that verified once are remembered (the whole token is the key, signature
  // included, so only that exact token matches) until they expire; the oldest are forgotten first.
  const verified = new Map<string, { sub: string; exp: number }>();
  // Imported once: given raw bytes, jose imports a WebCrypto key on every call (121 → 55 µs a verification here).
  const key = crypto.subtle.importKey('raw', secret, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify']);
  const remember = (token: string, sub: string, exp: number) => {
    verified.set(token, { sub, exp });
    if (verified.size > CACHE_SIZE) verified.delete(verified.keys().next().value!);
  };
  return {
    async issue(memberId: string) {
      const iat = Math.floor(now().getTime() / 1000);
      const token = await new SignJWT({})
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject(memberId)
        .setIssuedAt(iat)
        .setExpirationTime(iat + TTL_SECONDS)
        .sign(await key);
      return { token, expiresAt: new Date((iat + TTL_SECONDS) * 1000).toISOString() };
    },
    async verify(header: string | undefined): Promise<string> {
      const token = header?.match(/^Bearer (.+)$/)?.[1];
      if (!token) throw new ServiceError('unauthenticated', 'Sign in first (Authorization: Bearer <token>).');
      const known = verified.get(token);
      if (known && known.exp > now().getTime()) return known.sub;
      try {
        const { payload } = await jwtVerify(token, await key, { algorithms: ['HS256'], currentDate: now() });
        if (!payload.sub || !payload.exp) throw new Error('no subject or expiry');
        remember(token, payload.sub, payload.exp * 1000);
        return payload.sub;
      } catch {
        throw new ServiceError('session_expired', 'The session has expired or is invalid. Please sign in again.');
      }
    },
  };
}

export type Sessions = ReturnType<typeof createSessions>;
