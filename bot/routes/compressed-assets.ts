import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { MiddlewareHandler } from 'hono';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};

type Entry = { br: Buffer; gz: Buffer; type: string };

async function compress(file: string): Promise<Entry | undefined> {
  const type = TYPES[path.extname(file)];
  const raw = type ? await readFile(file).catch(() => undefined) : undefined;
  if (!type || !raw) return undefined;
  return {
    br: brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
    gz: gzipSync(raw, { level: 9 }),
    type,
  };
}

/**
 * Serves hashed build assets compressed once and kept in memory: Brotli when the browser takes it, else gzip.
 * Files never change under a hash, so each is compressed at most once per process.
 */
export function compressedAssets(opts: { wwwDir: string; stripPrefix: string }): MiddlewareHandler {
  const cache = new Map<string, Promise<Entry | undefined>>();
  const root = path.resolve(opts.wwwDir);
  const load = (file: string) => {
    let entry = cache.get(file);
    if (!entry) {
      entry = compress(file);
      cache.set(file, entry);
    }
    return entry;
  };
  // Compress the start-up bundle ahead of the first visitor, who would otherwise wait for Brotli's top level.
  void readdir(path.join(root, 'assets'))
    .then((names) => names.forEach((n) => void load(path.join(root, 'assets', n))))
    .catch(() => undefined);
  return async (c, next) => {
    let rel: string;
    try {
      rel = decodeURIComponent(c.req.path.slice(opts.stripPrefix.length));
    } catch {
      return c.body(null, 404); // a malformed escape (%E0) names no file
    }
    const file = path.resolve(root, `.${rel}`);
    if (!file.startsWith(root + path.sep)) return next();
    const entry = await load(file);
    if (!entry) return next();
    const br = /\bbr\b/.test(c.req.header('Accept-Encoding') ?? '');
    return c.body(new Uint8Array(br ? entry.br : entry.gz), 200, {
      'Content-Type': entry.type,
      'Content-Encoding': br ? 'br' : 'gzip',
      'Cache-Control': 'public, max-age=31536000, immutable',
      Vary: 'Accept-Encoding',
    });
  };
}
