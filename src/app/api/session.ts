import type { MeView, SessionView } from '../../core/api/schemas';
import type { Platform } from '../../platform';
import { CONSENT_VERSION, type Session } from '../store/account';
import type { AppStore } from '../store/app-store';
import { randomId } from '../store/random-id';
import type { ApiResult, Http } from './http';

type Method = 'GET' | 'POST' | 'DELETE';

export const failed = (
  code: string,
  message = code,
): { ok: false; error: { code: string; message: string; status: number } } => ({
  ok: false,
  error: { code, message, status: 0 },
});

/** Renew a little before the token's end, so a call never starts with a session about to die mid-flight. */
const MARGIN_MS = 60_000;

/**
 * Sessions with our service. Inside Zalo the resident never types anything: Zalo's access token is exchanged for
 * ours. In a browser the development sign-in is used, with a device id kept on the phone so renewal is silent too.
 */
export function createSession(http: Http, store: AppStore, platform: Platform) {
  const state = () => store.getState();

  function remember(v: SessionView): Session {
    const session = { token: v.token, expiresAt: v.expiresAt, memberId: v.me.member.id, name: v.me.member.displayName };
    state().signedIn(session, v.me.household);
    return session;
  }

  async function signInDev(name: string): Promise<ApiResult<Session>> {
    const deviceId = state().account.deviceId ?? `web-${randomId()}`;
    const r = await http<SessionView>('POST', '/api/auth/dev', { body: { name, deviceId } });
    if (!r.ok) return r;
    state().setDevIdentity(deviceId, name);
    return { ok: true, value: remember(r.value) };
  }

  /** Signs in without asking anything: Zalo's token in Zalo, the saved development identity in a browser. */
  async function silentSignIn(): Promise<ApiResult<Session>> {
    if (platform.kind === 'zalo') {
      const accessToken = await platform.getAccessToken();
      if (!accessToken) return failed('zalo_token');
      const r = await http<SessionView>('POST', '/api/auth/zalo', { body: { accessToken } });
      return r.ok ? { ok: true, value: remember(r.value) } : r;
    }
    const { deviceId, devName } = state().account;
    return deviceId && devName ? signInDev(devName) : failed('signed_out');
  }

  async function ensureSession(): Promise<ApiResult<Session>> {
    const s = state().account.session;
    if (s && Date.parse(s.expiresAt) - Date.now() > MARGIN_MS) return { ok: true, value: s };
    return silentSignIn();
  }

  /** A request with the session's token. A 401 (expired token, or an account gone) renews the session once and repeats it. */
  async function authed<T>(send: (token: string) => Promise<ApiResult<T>>): Promise<ApiResult<T>> {
    const s = await ensureSession();
    if (!s.ok) return s;
    const r = await send(s.value.token);
    if (r.ok || r.error.status !== 401) return r;
    state().sessionLost();
    const again = await silentSignIn();
    return again.ok ? send(again.value.token) : again;
  }

  /** An authenticated JSON call. */
  const call = <T>(method: Method, path: string, body?: unknown) =>
    authed((token) => http<T>(method, path, { body, token }));

  /** A file from the service (a report, a workbook, printable cards), signed in and failing like any other call. */
  const download = (path: string) => authed((token) => http('GET', path, { token, file: true }));

  /**
   * Tells the service about consent given on the phone, once. A refusal is never sent on its own: declining must not
   * create an account. `force` re-sends after the service said it has no consent on record.
   */
  async function syncConsent(force = false): Promise<ApiResult<unknown>> {
    const c = state().consent;
    if (c.decision !== 'given' || (c.sent && !force)) return { ok: true, value: undefined };
    const r = await call<MeView>('POST', '/api/me/consent', { version: CONSENT_VERSION, given: true });
    if (r.ok && state().consent.decision === 'given') state().consentSent();
    return r;
  }

  /** A call that needs consent on record: on `consent_required` the consent is re-sent and the call tried once more. */
  async function withConsent<T>(method: Method, path: string, body?: unknown): Promise<ApiResult<T>> {
    const c = await syncConsent();
    if (!c.ok) return c;
    const r = await call<T>(method, path, body);
    if (r.ok || r.error.code !== 'consent_required') return r;
    const again = await syncConsent(true);
    return again.ok ? call<T>(method, path, body) : again;
  }

  return { signInDev, ensureSession, call, download, syncConsent, withConsent };
}

export type SessionApi = ReturnType<typeof createSession>;
