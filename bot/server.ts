import { Hono } from 'hono';
import { compress } from 'hono/compress';
import type { Config } from './config';
import { staticAppRoutes } from './routes/static-app';

/** Composition root: builds the services and mounts every route. Tests call it with their own config. */
export function createApp(config: Config) {
  const app = new Hono();
  // Phones on 4G pay for every byte: gzip everything text-like (the app bundle shrinks about 3.6×).
  app.use('*', compress());
  app.get('/api/health', (c) => c.json({ ok: true }));
  app.all('/api/*', (c) => c.json({ error: { code: 'not_found', message: `no API route ${c.req.method} ${c.req.path}` } }, 404));
  app.route('/', staticAppRoutes({ wwwDir: config.wwwDir, appId: config.appId }));
  app.notFound((c) => c.json({ error: { code: 'not_found', message: 'not found' } }, 404));
  app.onError((err, c) => {
    console.error(err);
    return c.json({ error: { code: 'internal', message: 'Something went wrong on our side. Please try again.' } }, 500);
  });
  return app;
}
