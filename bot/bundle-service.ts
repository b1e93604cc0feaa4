// npm start's prestart (`tsx bot/bundle-service.ts`): bundles the service's own code into dist/service so it runs on
// plain `node`. Under tsx it cost ~40 MB more resident memory, mostly tsx's loader, which Node 20 runs on a thread
// with a V8 heap of its own (bench:dashboard, issue 5). Packages stay imports from node_modules.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { build, type Plugin } from 'esbuild';

const ROOT = path.resolve(import.meta.dirname, '..');
const SERVICE_DIR = path.join(ROOT, 'dist/service');
const SERVICE_ENTRY = path.join(SERVICE_DIR, 'start.js');

/**
 * Modules find lessons/, bot/config and the app relative to their own folder. In one bundle they would all share
 * dist/service's, so each keeps its source folder, written relative to the bundle so a moved checkout still works.
 */
const keepDirname: Plugin = {
  name: 'keep-dirname',
  setup(b) {
    b.onLoad({ filter: /\.ts$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const rel = path.relative(SERVICE_DIR, path.dirname(args.path)).split(path.sep).join('/');
      return {
        contents: source.replaceAll('import.meta.dirname', `(import.meta.dirname + ${JSON.stringify('/' + rel)})`),
        loader: 'ts',
      };
    });
  },
};

/** Bundles bot/start.ts into dist/service; only files whose content changed are (atomically) rewritten. */
export async function bundleService(): Promise<string> {
  const result = await build({
    entryPoints: { start: path.join(ROOT, 'bot/start.ts') },
    bundle: true,
    // Lazily imported modules (the Botpress bridge) stay lazy, in chunks of their own, as their packages do.
    splitting: true,
    packages: 'external',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outdir: SERVICE_DIR,
    write: false,
    plugins: [keepDirname],
    logLevel: 'warning',
  });
  // Tests and a running `npm start` may bundle at the same moment: unchanged files are left alone, changed ones are
  // renamed into place whole, and the entry goes last so it never imports a chunk not written yet.
  mkdirSync(SERVICE_DIR, { recursive: true });
  const files = [...result.outputFiles].sort(
    (a, b) => Number(a.path === SERVICE_ENTRY) - Number(b.path === SERVICE_ENTRY),
  );
  for (const f of files) {
    if (readOr(f.path) === f.text) continue;
    const tmp = `${f.path}.${process.pid}.tmp`;
    writeFileSync(tmp, f.contents);
    renameSync(tmp, f.path);
  }
  const wanted = new Set(files.map((f) => path.basename(f.path)));
  for (const name of readdirSync(SERVICE_DIR))
    if (!wanted.has(name) && !name.endsWith('.tmp')) rmSync(path.join(SERVICE_DIR, name), { force: true });
  return SERVICE_ENTRY;
}

function readOr(file: string) {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) await bundleService();
