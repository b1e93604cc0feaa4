import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { readConfig } from '../../../bot/config';
import { createApp } from '../../../bot/server';
import { buildServices, type Services } from '../../../bot/services/build-services';
import { freshStore, type Backend } from '../../support/backends';

export type RunningApp = { url: string; base: string; services: Services; close(): Promise<void> };

/** Starts the real service on a free loopback port with a fresh database, serving the built app from www/. */
export async function startAppServer(
  opts: { backend?: Backend; env?: Record<string, string> } = {},
): Promise<RunningApp> {
  const store = await freshStore(opts.backend ?? 'pglite');
  const config = {
    ...readConfig({ ...process.env, DATABASE_URL: '', DEV_SIGN_IN: '1', ...store.env, ...opts.env }),
    port: 0,
  };
  const services = await buildServices(config, { schema: store.schema });
  const app = createApp(services);
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    base: `${url}/zapps/${config.appId}`,
    services,
    async close() {
      await new Promise((resolve) => server.close(() => resolve(undefined)));
      await services.close();
      await store.cleanup();
    },
  };
}
