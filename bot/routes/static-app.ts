import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Hono } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';
import { compressedAssets } from './compressed-assets';

/**
 * Serves the built mini app the way Zalo does, under /zapps/<appId>/, so ZMPRouter's production base path works
 * in a plain browser too. Short links (/, /lesson/<id>) redirect there, which keeps shared browser links readable.
 */
export function staticAppRoutes(opts: { wwwDir: string; appId: string }) {
  const base = `/zapps/${opts.appId}`;
  const app = new Hono();
  let indexHtml: string | undefined;
  const index = async () => {
    if (!indexHtml) {
      const html = await readFile(path.join(opts.wwwDir, 'index.html'), 'utf8');
      // Mark the page as "browser, served by us" and give relative asset paths a base that survives deep paths.
      const boot = `<base href="${base}/"><script>window.APP_ID=${JSON.stringify(opts.appId)};window.HVS_WEB=true;</script>`;
      indexHtml = html.replace('<head>', `<head>${boot}`);
    }
    return indexHtml;
  };

  app.get('/', (c) => c.redirect(`${base}/`));
  // Short links (/lesson/<id>, /household/join?code=…, /staff/accept?code=…) open the same path inside the app.
  for (const section of ['lesson', 'household', 'staff', 'my-data', 'settings', 'chat']) {
    app.get(`/${section}/*`, (c) => {
      const url = new URL(c.req.url);
      return c.redirect(`${base}${url.pathname}${url.search}`);
    });
  }
  app.use(`${base}/assets/*`, compressedAssets({ wwwDir: opts.wwwDir, stripPrefix: base }));
  app.use(`${base}/*`, serveStatic({ root: path.relative(process.cwd(), opts.wwwDir), rewriteRequestPath: (p) => p.slice(base.length), index: '__no_index__' }));
  // Any other path under the base is a client-side route: answer with the app.
  app.get(`${base}/*`, async (c) => c.html(await index(), 200, { 'Cache-Control': 'no-cache' }));
  app.get(base, (c) => c.redirect(`${base}/`));
  return app;
}
