import { SignJWT, jwtVerify } from 'jose';
import { ApiError } from '../http/api-error';

const TTL_SECONDS = 12 * 60 * 60;

/** Our own short-lived session tokens (HS256). Any instance with the same secret accepts them: no server state. */
export function createSessions(secret: Uint8Array, now: () => Date = () => new Date()) {
  return {
    async issue(memberId: string) {
      const iat = Math.floor(now().getTime() / 1000);
      const token = await new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setSubject(memberId).setIssuedAt(iat).setExpirationTime(iat + TTL_SECONDS).sign(secret);
      return { token, expiresAt: new Date((iat + TTL_SECONDS) * 1000).toISOString() };
    },
    async verify(header: string | undefined): Promise<string> {
      const token = header?.match(/^Bearer (.+)$/)?.[1];
      if (!token) throw new ApiError(401, 'unauthenticated', 'Sign in first (Authorization: Bearer <token>).');
      try {
        const { payload } = await jwtVerify(token, secret, { algorithms: ['HS256'], currentDate: now() });
        if (!payload.sub) throw new Error('no subject');
        return payload.sub;
      } catch {
        throw new ApiError(401, 'session_expired', 'The session has expired or is invalid. Please sign in again.');
      }
    },
  };
}

export type Sessions = ReturnType<typeof createSessions>;
