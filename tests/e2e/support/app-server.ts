import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { readConfig, type Config } from '../../../bot/config';
import { createApp } from '../../../bot/server';

export type RunningApp = { url: string; base: string; config: Config; close(): Promise<void> };

/** Starts the real service on a free loopback port, serving the built app from www/. */
export async function startAppServer(env: Record<string, string> = {}): Promise<RunningApp> {
  const config = { ...readConfig({ ...process.env, ...env }), port: 0 };
  const app = createApp(config);
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    base: `${url}/zapps/${config.appId}`,
    config,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
