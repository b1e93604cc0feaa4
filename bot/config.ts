import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');

/** Everything the service reads from its environment, read once in one place. */
export type Config = {
  port: number;
  /** Interface to listen on (HOST): loopback in development, every interface in production. */
  host: string;
  production: boolean;
  /**
   * The development sign-in (a device id, no Zalo): only with DEV_SIGN_IN=1, never in production and never when a Zalo
   * app secret is set, so a real deployment cannot be left with it on by forgetting NODE_ENV.
   */
  devSignIn: boolean;
  /** Zalo mini app id: the app is served under /zapps/<appId>/ as Zalo serves it. */
  appId: string;
  wwwDir: string;
  dataDir: string;
  /** Wards and tổ dân phố (AREAS_FILE, default bot/config/areas.yaml); tests point it at their sample ward. */
  areasFile?: string;
  databaseUrl?: string;
  /**
   * PostgreSQL connections per process (DATABASE_POOL_MAX, default 4). Few is faster when the database shares the
   * service's cores: on the 2-core test machine 10 connections gave 1,300 progress reads/s and 4 gave 3,100, because
   * busy backends preempt one another. Raise it when PostgreSQL has cores of its own.
   */
  databasePoolMax: number;
  /** Signs our session tokens; every instance behind a load balancer must share it. */
  sessionSecret?: string;
  zaloApiBase: string;
  zaloAppSecret?: string;
  /** Origins allowed to call the API from a browser: Zalo's mini app host, plus local development. */
  corsOrigins: string[];
  /** Behind a reverse proxy (TRUST_PROXY=1): a client's address is the last X-Forwarded-For hop, not the proxy's. */
  trustProxy: boolean;
  /** Zalo Official Account chat channel; absent unless both the OA secret key and an OA access token are set. */
  zaloOa?: ZaloOaConfig;
  /** Botpress Cloud bridge (progress table, FAQ knowledge base); absent unless both token and bot id are set. */
  botpress?: BotpressConfig;
};

export type BotpressConfig = {
  /** Bot access key or PAT: server side only. */
  token: string;
  botId: string;
  apiUrl?: string;
  /** The Table that mirrors household progress. */
  table: string;
  /** Lowest knowledge-base search score the bot accepts as an answer. */
  minScore?: number;
};

export type ZaloOaConfig = {
  /** The Zalo app linked to the OA: it is part of every webhook signature. */
  appId: string;
  /** The OA secret key (not the app secret): signs webhook events. */
  secretKey: string;
  /** OA access token for the customer-service message API: the first one; refreshed ones live in the database. */
  accessToken: string;
  apiBase: string;
  /** Refreshing needs both the OA refresh token and the linked Zalo app's secret key; without them the token is fixed. */
  refresh?: { refreshToken: string; appSecret: string; oauthBase: string };
};

/** Shorter secrets can be guessed offline from one token; 32 characters of a random string is plenty. */
export const MIN_SESSION_SECRET = 32;

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 3000);
  const production = env.NODE_ENV === 'production';
  return {
    port: Number.isInteger(port) && port >= 0 ? port : 3000,
    host: env.HOST || (production ? '0.0.0.0' : '127.0.0.1'),
    production,
    devSignIn: env.DEV_SIGN_IN === '1' && !production && !env.ZALO_APP_SECRET,
    appId: env.ZALO_APP_ID || 'hocvuso-dev',
    wwwDir: path.resolve(ROOT, env.WWW_DIR ?? 'www'),
    dataDir: path.resolve(ROOT, env.DATA_DIR ?? 'data'),
    ...(env.AREAS_FILE ? { areasFile: path.resolve(ROOT, env.AREAS_FILE) } : {}),
    databaseUrl: env.DATABASE_URL || undefined,
    databasePoolMax: Math.max(1, Number(env.DATABASE_POOL_MAX) || 4),
    sessionSecret: env.SESSION_SECRET || undefined,
    zaloApiBase: env.ZALO_API_BASE || 'https://graph.zalo.me',
    zaloAppSecret: env.ZALO_APP_SECRET || undefined,
    corsOrigins: (env.CORS_ORIGINS ?? (production ? 'https://h5.zdn.vn' : 'https://h5.zdn.vn,http://localhost:3001'))
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    trustProxy: env.TRUST_PROXY === '1',
    zaloOa: readZaloOa(env),
    botpress: readBotpress(env),
  };
}

// Half a configuration would accept webhooks it cannot answer (or answer ones it cannot verify): all or nothing.
function readZaloOa(env: NodeJS.ProcessEnv): ZaloOaConfig | undefined {
  const secretKey = env.ZALO_OA_SECRET_KEY;
  const accessToken = env.ZALO_OA_ACCESS_TOKEN;
  if (!secretKey || !accessToken) return undefined;
  // The app secret signs refresh requests; the mini app's secret serves only when the OA is linked to that same app.
  const appSecret = env.ZALO_OA_APP_SECRET || (env.ZALO_OA_APP_ID ? undefined : env.ZALO_APP_SECRET);
  const refreshToken = env.ZALO_OA_REFRESH_TOKEN;
  return {
    appId: env.ZALO_OA_APP_ID || env.ZALO_APP_ID || 'hocvuso-dev',
    secretKey,
    accessToken,
    apiBase: env.ZALO_OA_API_BASE || 'https://openapi.zalo.me',
    ...(refreshToken && appSecret
      ? { refresh: { refreshToken, appSecret, oauthBase: env.ZALO_OA_OAUTH_BASE || 'https://oauth.zaloapp.com' } }
      : {}),
  };
}

function readBotpress(env: NodeJS.ProcessEnv): BotpressConfig | undefined {
  if (!env.BOTPRESS_TOKEN || !env.BOTPRESS_BOT_ID) return undefined;
  const minScore = Number(env.BOTPRESS_KB_MIN_SCORE);
  return {
    token: env.BOTPRESS_TOKEN,
    botId: env.BOTPRESS_BOT_ID,
    apiUrl: env.BOTPRESS_API_URL || undefined,
    table: env.BOTPRESS_TABLE || 'HvsHouseholdProgress',
    minScore: env.BOTPRESS_KB_MIN_SCORE && Number.isFinite(minScore) ? minScore : undefined,
  };
}
