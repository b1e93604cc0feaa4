import { createHmac } from 'node:crypto';
import { ServiceError } from '../../../src/core/api/outcomes';

export type ZaloProfile = { id: string; name: string };

/**
 * Verifies a mini app access token with the Zalo Open API (GET /v2.0/me) and returns the app-scoped user id.
 * The base URL is configurable so tests point it at a loopback stand-in with Zalo's response shape.
 */
export function createZaloIdentity(opts: { apiBase: string; appSecret?: string; fetch?: typeof fetch }) {
  const doFetch = opts.fetch ?? fetch;
  return async function verify(accessToken: string): Promise<ZaloProfile> {
    const headers: Record<string, string> = { access_token: accessToken };
    // appsecret_proof binds the token to our app, so a token stolen from another app is useless here.
    if (opts.appSecret)
      headers.appsecret_proof = createHmac('sha256', opts.appSecret).update(accessToken).digest('hex');
    let res: Response;
    try {
      res = await doFetch(`${opts.apiBase.replace(/\/$/, '')}/v2.0/me?fields=id,name`, {
        headers,
        signal: AbortSignal.timeout(5000),
      });
    } catch {
      throw new ServiceError('zalo_unreachable', 'Zalo could not be reached to confirm the sign-in. Please try again.');
    }
    const body = (await res.json().catch(() => ({}))) as {
      id?: unknown;
      name?: unknown;
      error?: unknown;
      message?: unknown;
    };
    // Zalo answers 200 with {error: <non-zero>, message} for a bad token, and {id, name, error: 0 | absent} for a good one.
    if (!res.ok || (typeof body.error === 'number' && body.error !== 0) || typeof body.id !== 'string') {
      throw new ServiceError('zalo_token_invalid', 'Zalo did not accept the sign-in. Please close and reopen the app.');
    }
    return { id: body.id, name: typeof body.name === 'string' && body.name ? body.name : 'Thành viên' };
  };
}

export type ZaloVerify = ReturnType<typeof createZaloIdentity>;
