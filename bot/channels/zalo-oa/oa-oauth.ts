/*
 * Zalo OA access-token refresh (developers.zalo.me/docs/official-account/bat-dau/xac-thuc-va-uy-quyen-cho-ung-dung-new,
 * as used by integrations found by searching for "oauth.zaloapp.com/v4/oa/access_token"):
 * POST {oauthBase}/v4/oa/access_token, form body app_id, grant_type=refresh_token, refresh_token, header `secret_key`
 * (the Zalo app's secret). Answer: {access_token, refresh_token, expires_in: "90000"} (seconds, sent as a string).
 * The refresh token is single-use: the new one must be stored before anything else happens. Failures come as a JSON
 * body with a non-zero `error` and an `error_description`/`message`; we key on the missing tokens, not on the number.
 */

export type OaTokenPair = { accessToken: string; refreshToken: string; expiresAt: Date };
export type RefreshResult = { ok: true; tokens: OaTokenPair } | { ok: false; code: string; message: string };

export type OaOAuthOptions = {
  oauthBase: string;
  appId: string;
  appSecret: string;
  fetch?: typeof fetch;
  timeoutMs?: number;
};

/** Exchanges a refresh token for a new pair. Never throws: an unreachable or refusing Zalo is a value. */
export async function refreshOaToken(opts: OaOAuthOptions, refreshToken: string, now: Date): Promise<RefreshResult> {
  const body = new URLSearchParams({ app_id: opts.appId, grant_type: 'refresh_token', refresh_token: refreshToken });
  let res: Response;
  try {
    res = await (opts.fetch ?? fetch)(`${opts.oauthBase.replace(/\/$/, '')}/v4/oa/access_token`, {
      method: 'POST',
      headers: { secret_key: opts.appSecret, 'Content-Type': 'application/x-www-form-urlencoded' },
      body,
      signal: AbortSignal.timeout(opts.timeoutMs ?? 10_000),
    });
  } catch (err) {
    return { ok: false, code: 'network', message: (err as Error).message };
  }
  const json = (await res.json().catch(() => undefined)) as Record<string, unknown> | undefined;
  const access = json?.access_token;
  const refresh = json?.refresh_token;
  if (res.ok && typeof access === 'string' && access && typeof refresh === 'string' && refresh) {
    const seconds = Number(json?.expires_in);
    const expiresIn = Number.isFinite(seconds) && seconds > 0 ? seconds : 90_000;
    return {
      ok: true,
      tokens: { accessToken: access, refreshToken: refresh, expiresAt: new Date(now.getTime() + expiresIn * 1000) },
    };
  }
  const message =
    [json?.error_description, json?.error_reason, json?.message].find(
      (m): m is string => typeof m === 'string' && m.length > 0,
    ) ?? res.statusText;
  return { ok: false, code: typeof json?.error === 'number' ? `zalo_${json.error}` : `http_${res.status}`, message };
}
