import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Hono } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';
import { pagePolicy } from '../http/security-headers';
import { compressedAssets } from './compressed-assets';

const inlineScriptHashes = (html: string) =>
  [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) =>
    createHash('sha256').update(m[1]).digest('base64'),
  );

/** A Range the file server cannot satisfy (end before start) is answered 416 here instead of failing inside it. */
const invertedRange = (range: string | undefined) => {
  const m = range ? /^bytes=(\d+)-(\d+)$/.exec(range.trim()) : null;
  return m ? Number(m[1]) > Number(m[2]) : false;
};

/**
 * Serves the built mini app the way Zalo does, under /zapps/<appId>/, so ZMPRouter's production base path works
 * in a plain browser too. Short links (/, /lesson/<id>) redirect there, which keeps shared browser links readable.
 */
export function staticAppRoutes(opts: { wwwDir: string; appId: string }) {
  const base = `/zapps/${opts.appId}`;
  const app = new Hono();
  let indexHtml: { html: string; policy: string } | undefined;
  const index = async () => {
    if (!indexHtml) {
      const html = await readFile(path.join(opts.wwwDir, 'index.html'), 'utf8');
      // Mark the page as "browser, served by us" and give relative asset paths a base that survives deep paths.
      const boot = `<base href="${base}/"><script>window.APP_ID=${JSON.stringify(opts.appId)};window.HVS_WEB=true;</script>`;
      const page = html.replace('<head>', `<head>${boot}`);
      indexHtml = { html: page, policy: pagePolicy(inlineScriptHashes(page)) };
    }
    return indexHtml;
  };

  app.get('/', (c) => c.redirect(`${base}/`));
  // Pages without an icon link (join cards, error pages) make browsers ask for /favicon.ico: answer with ours.
  app.get('/favicon.ico', (c) => c.redirect(`${base}/favicon.svg`, 301));
  // Short links (/lesson/<id>, /practice, /household/join?code=…, /staff/accept?code=…) open the same path inside the app.
  for (const section of ['lesson', 'household', 'staff', 'my-data', 'settings', 'chat', 'practice']) {
    app.get(`/${section}/*`, (c) => {
      const url = new URL(c.req.url);
      return c.redirect(`${base}${url.pathname}${url.search}`);
    });
  }
  app.use(`${base}/*`, async (c, next) => (invertedRange(c.req.header('Range')) ? c.body(null, 416) : next()));
  app.use(`${base}/assets/*`, compressedAssets({ wwwDir: opts.wwwDir, stripPrefix: base }));
  app.use(
    `${base}/*`,
    serveStatic({
      root: path.relative(process.cwd(), opts.wwwDir),
      rewriteRequestPath: (p) => p.slice(base.length),
      index: '__no_index__',
    }),
  );
  // Any other path under the base is a client-side route: answer with the app.
  app.get(`${base}/*`, async (c) => {
    const page = await index();
    return c.html(page.html, 200, { 'Cache-Control': 'no-cache', 'Content-Security-Policy': page.policy });
  });
  app.get(base, (c) => c.redirect(`${base}/`));
  return app;
}
