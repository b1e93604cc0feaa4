import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import Beasties from 'beasties';
import { createServer, type Plugin, type ResolvedConfig } from 'vite';
import { applySavedDisplay } from '../../src/app/prerender/saved-display';
import { lessonsPlugin } from './vite-lessons-plugin';

const ROOT = path.resolve(import.meta.dirname, '../..');
const APP_OPEN = '<div id="app">';

/** Shown instead of the prerender when it would not fit this phone (see saved-display.ts), and hidden otherwise. */
const BOOT_CSS =
  'html:not(.hvs-boot-stale) .hvs-boot-shell{display:none}.hvs-boot-stale [data-hvs-prerender]{display:none}';

/** Renders the program page in Node with the app's own components (Vite's SSR loader, so the lesson catalog resolves). */
async function renderProgram(): Promise<string> {
  const vite = await createServer({
    root: ROOT,
    configFile: false,
    logLevel: 'error',
    appType: 'custom',
    plugins: [lessonsPlugin()],
    server: { middlewareMode: true, hmr: false, watch: null },
    // zmp-ui ships ES modules without "type": "module": Node cannot load it as it is, Vite's loader can.
    ssr: { noExternal: ['zmp-ui'] },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    const mod = (await vite.ssrLoadModule('/src/app/prerender/program-markup.tsx')) as {
      programMarkup: () => Promise<string>;
    };
    return await mod.programMarkup();
  } finally {
    await vite.close();
  }
}

/**
 * A stylesheet link holds back the first paint even at the end of <body> (measured: the prerender painted only once the
 * full CSS had arrived), so the full CSS is preloaded instead and main.tsx applies it before React draws (apply-css.ts).
 * The app's script and CSS are asked for at the end of the page: asked for from <head>, their 120 KB shared the slow
 * line with the rest of the page, whose last part then came in hundreds of milliseconds later (measured).
 */
function loadAppAfterPage(html: string): string {
  const tags: string[] = [];
  const page = html
    .replace(/<script type="module"[^>]*><\/script>/g, (tag) => {
      tags.push(tag);
      return '';
    })
    .replace(/<link rel="stylesheet"([^>]*) href="([^"]+)">/g, (_m, attrs: string, href: string) => {
      tags.push(`<link rel="preload" as="style"${attrs} href="${href}" data-hvs-css>`);
      return '';
    });
  if (!tags.some((t) => t.startsWith('<link')))
    throw new Error('index.html links no stylesheet: nothing would style the app');
  return page.replace('</body>', `${tags.join('')}</body>`);
}

/**
 * Prerenders the program into www/index.html, so a phone on a slow line sees the lessons and can open one as soon as
 * the page arrives, a second or so before the app's script has run: the cards are links, and React replaces the same
 * markup when it starts. The CSS this page uses is inlined; the app's script and full stylesheet are asked for after
 * the page (see loadAppAfterPage), and main.tsx applies the stylesheet before React's first render.
 * Zalo itself loads app-config.json's lists, not this file: the prerender serves browsers (shared links, the web copy).
 */
export function prerenderPlugin(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'hvs-prerender',
    apply: 'build',
    configResolved(c) {
      config = c;
    },
    async closeBundle() {
      const outDir = path.resolve(config.root, config.build.outDir);
      const file = path.join(outDir, 'index.html');
      const html = await readFile(file, 'utf8');
      if (!html.includes(APP_OPEN)) throw new Error(`index.html has no ${APP_OPEN} to prerender into`);
      // Marked so that only the prerender hides when it does not fit, never the app React draws in its place.
      const program = (await renderProgram()).replace(/^<([a-z]+)/, '<$1 data-hvs-prerender');
      const boot = `<style>${BOOT_CSS}</style><script>(${applySavedDisplay.toString()})(window);</script>`;
      const page = html
        .replace('</head>', `${boot}</head>`)
        .replace(
          /<div id="app">([\s\S]*?)<\/div>\s*<\/body>/,
          (_m, shell: string) => `${APP_OPEN}${program}<div class="hvs-boot-shell">${shell}</div></div></body>`,
        )
        .replace('<body>', '<body zaui-theme="light">');
      const beasties = new Beasties({
        path: outDir,
        publicPath: './',
        preload: 'body',
        pruneSource: false,
        compress: true,
        logLevel: 'warn',
        // Rules for a saved text size or contrast, or for a prerender that does not fit, match nothing in the prerender
        // until the boot script sets them.
        allowRules: [/data-text-size/, /data-contrast/, /hvs-boot-stale/],
      });
      await writeFile(file, loadAppAfterPage((await beasties.process(page)).replace(' data-beasties-container', '')));
    },
  };
}
