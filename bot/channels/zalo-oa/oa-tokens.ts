import { createHash } from 'node:crypto';
import { sql, type ColumnType } from 'kysely';
import type { ZaloOaConfig } from '../../config';
import type { Db } from '../../db/open-database';
import { refreshOaToken, type OaOAuthOptions } from './oa-oauth';

/** Where the send client gets its OA access token, and a new one after Zalo calls it invalid or expired. */
export type OaTokenSource = {
  get(): Promise<string>;
  /** After Zalo rejected `rejected`: a fresh token, or undefined when none can be had now. */
  renew(rejected: string): Promise<string | undefined>;
  /** Starts checking every `everyMs` that the tokens stay usable while no message is sent; returns the stop. */
  /** Checks every `everyMs`; `onChecked` hears each finished check (tests count them instead of sleeping). */
  keepFresh?(everyMs?: number, onChecked?: () => void): () => void;
};

/** A fixed token from the environment: no refresh token configured, so nothing to renew with. */
export const fixedOaToken = (token: string): OaTokenSource => ({
  get: async () => token,
  renew: async () => undefined,
});

type Ts = ColumnType<Date, Date | string, Date | string>;
type OaTokenTable = {
  app_id: string;
  access_token: string;
  refresh_token: string;
  expires_at: Ts | null;
  seed: string;
  lease_until: Ts | null;
  updated_at: ColumnType<Date, never, Date | string>;
};

export type OaTokenStoreOptions = {
  db: Db;
  oauth: OaOAuthOptions;
  /** The pair from the environment: used until the database holds a newer one. */
  initial: { accessToken: string; refreshToken: string };
  now?: () => Date;
  /** Refresh this long before expiry (Zalo's tokens last 25 h). */
  refreshAheadMs?: number;
  /** How long one instance may hold the refresh before another may take over. */
  leaseMs?: number;
  pollMs?: number;
  log?: (msg: string) => void;
};

/**
 * OA tokens kept in the database and refreshed ahead of expiry or after a rejection. One refresh at a time: concurrent
 * sends in a process share one promise, and instances take a short lease on the row (a refresh token works once, so
 * two instances refreshing together would leave one holding a spent token). Never logs a token.
 */
export function createOaTokenStore(opts: OaTokenStoreOptions): OaTokenSource {
  const db = opts.db.withTables<{ oa_tokens: OaTokenTable }>();
  const appId = opts.oauth.appId;
  const now = opts.now ?? (() => new Date());
  const ahead = opts.refreshAheadMs ?? 60 * 60_000;
  const leaseMs = opts.leaseMs ?? 30_000;
  const log = opts.log ?? ((msg: string) => console.warn(msg));
  const seed = createHash('sha256').update(`${opts.initial.accessToken}\n${opts.initial.refreshToken}`).digest('hex');
  const read = () => db.selectFrom('oa_tokens').selectAll().where('app_id', '=', appId).executeTakeFirst();
  const due = (expiresAt: Date | null) => !!expiresAt && new Date(expiresAt).getTime() - now().getTime() < ahead;

  let seeded: Promise<void> | undefined;
  const ensureSeeded = () =>
    (seeded ??= (async () => {
      const { accessToken: access_token, refreshToken: refresh_token } = opts.initial;
      const fresh = { access_token, refresh_token, expires_at: null, seed, lease_until: null };
      // A pair that differs from the one the row started from was put in the env on purpose (re-authorisation).
      await db
        .insertInto('oa_tokens')
        .values({ app_id: appId, ...fresh })
        .onConflict((oc) =>
          oc
            .column('app_id')
            .doUpdateSet({ ...fresh, updated_at: sql`now()` })
            .where('oa_tokens.seed', '<>', seed),
        )
        .execute();
    })().catch((err: unknown) => {
      seeded = undefined;
      throw err;
    }));

  async function refresh(seen: string): Promise<string | undefined> {
    const giveUpAt = Date.now() + leaseMs + 5000;
    for (;;) {
      const row = await read();
      if (!row) return undefined;
      if (row.access_token !== seen && !due(row.expires_at)) return row.access_token;
      const at = now();
      const leased = await db
        .updateTable('oa_tokens')
        .set({ lease_until: new Date(at.getTime() + leaseMs) })
        .where('app_id', '=', appId)
        .where('refresh_token', '=', row.refresh_token)
        .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', at)]))
        .returning('app_id')
        .executeTakeFirst();
      if (leased) {
        const res = await refreshOaToken(opts.oauth, row.refresh_token, at);
        if (!res.ok) {
          await db.updateTable('oa_tokens').set({ lease_until: null }).where('app_id', '=', appId).execute();
          log(
            `zalo-oa: access token refresh failed (${res.code}: ${res.message}); if the refresh token is spent or expired, re-authorise the OA and set new ZALO_OA_ACCESS_TOKEN/ZALO_OA_REFRESH_TOKEN`,
          );
          return undefined;
        }
        const t = res.tokens;
        await db
          .updateTable('oa_tokens')
          .set({
            access_token: t.accessToken,
            refresh_token: t.refreshToken,
            expires_at: t.expiresAt,
            lease_until: null,
            updated_at: sql`now()`,
          })
          .where('app_id', '=', appId)
          .where('refresh_token', '=', row.refresh_token)
          .execute();
        return t.accessToken;
      }
      // Another instance holds the lease: wait for its new pair rather than spend the same refresh token twice.
      if (Date.now() > giveUpAt) return undefined;
      await new Promise((r) => setTimeout(r, opts.pollMs ?? 200));
    }
  }

  let inflight: Promise<string | undefined> | undefined;
  let failedAt = -Infinity;
  function refreshOnce(seen: string): Promise<string | undefined> {
    // After a failed refresh, sends go on with what we have for a minute instead of hammering Zalo's OAuth server.
    if (Date.now() - failedAt < 60_000) return Promise.resolve(undefined);
    inflight ??= refresh(seen)
      .then((token) => {
        if (!token) failedAt = Date.now();
        return token;
      })
      .finally(() => (inflight = undefined));
    return inflight;
  }

  return {
    async get() {
      await ensureSeeded();
      const row = await read();
      if (!row) return opts.initial.accessToken;
      if (due(row.expires_at)) return (await refreshOnce(row.access_token)) ?? row.access_token;
      return row.access_token;
    },
    async renew(rejected) {
      await ensureSeeded();
      return refreshOnce(rejected);
    },
    // A refresh token lasts three months and is replaced only by a refresh, and sends are what trigger refreshes: an
    // OA that sent nothing for that long would have to be re-authorised by hand. A pair of unknown age (from the
    // environment) is refreshed at the first check, which also tells when it expires.
    keepFresh(everyMs = 6 * 60 * 60_000, onChecked) {
      const check = async () => {
        await ensureSeeded();
        const row = await read();
        if (row && (row.expires_at === null || due(row.expires_at))) await refreshOnce(row.access_token);
      };
      const timer = setInterval(
        () =>
          void check()
            .catch((err: Error) => log(`zalo-oa: token check failed: ${err.message}`))
            .finally(() => onChecked?.()),
        everyMs,
      );
      timer.unref();
      return () => clearInterval(timer);
    },
  };
}

/** The composition root's choice: a refreshing store when a refresh token and app secret are configured. */
export function oaTokenSourceFor(db: Db, oa: ZaloOaConfig): OaTokenSource {
  if (!oa.refresh) return fixedOaToken(oa.accessToken);
  return createOaTokenStore({
    db,
    oauth: { oauthBase: oa.refresh.oauthBase, appId: oa.appId, appSecret: oa.refresh.appSecret },
    initial: { accessToken: oa.accessToken, refreshToken: oa.refresh.refreshToken },
  });
}
