import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');

/** Everything the service reads from its environment, read once in one place. */
export type Config = {
  port: number;
  production: boolean;
  /** Zalo mini app id: the app is served under /zapps/<appId>/ as Zalo serves it. */
  appId: string;
  wwwDir: string;
  dataDir: string;
  databaseUrl?: string;
  /** Signs our session tokens; every instance behind a load balancer must share it. */
  sessionSecret?: string;
  zaloApiBase: string;
  zaloAppSecret?: string;
  /** Origins allowed to call the API from a browser: Zalo's mini app host, plus local development. */
  corsOrigins: string[];
};

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 3000);
  return {
    port: Number.isInteger(port) && port >= 0 ? port : 3000,
    production: env.NODE_ENV === 'production',
    appId: env.ZALO_APP_ID || 'hocvuso-dev',
    wwwDir: path.resolve(ROOT, env.WWW_DIR ?? 'www'),
    dataDir: path.resolve(ROOT, env.DATA_DIR ?? 'data'),
    databaseUrl: env.DATABASE_URL || undefined,
    sessionSecret: env.SESSION_SECRET || undefined,
    zaloApiBase: env.ZALO_API_BASE || 'https://graph.zalo.me',
    zaloAppSecret: env.ZALO_APP_SECRET || undefined,
    corsOrigins: (env.CORS_ORIGINS ?? 'https://h5.zdn.vn,http://localhost:3001').split(',').map((s) => s.trim()).filter(Boolean),
  };
}
