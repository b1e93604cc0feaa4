// `npm run bench:load`: what a resident on a 4G phone waits for. Prints figures; asserts nothing.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { startAppServer } from '../e2e/support/app-server';
import { launchChromium } from '../e2e/support/browser';

const ROOT = path.resolve(import.meta.dirname, '../..');
const WWW = path.join(ROOT, 'www');
const RUNS = 5;

if (!process.argv.includes('--no-build')) {
  const b = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'ignore' });
  if (b.status !== 0) throw new Error('npm run build failed');
}

const cfg = JSON.parse(readFileSync(path.join(WWW, 'app-config.json'), 'utf8')) as {
  listSyncJS: string[];
  listCSS: string[];
  listAsyncJS: string[];
};
const initialFiles = [...cfg.listSyncJS, ...cfg.listAsyncJS, ...cfg.listCSS];
const size = (f: string) => {
  const buf = readFileSync(path.join(WWW, f));
  return { raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length, br: brotliCompressSync(buf).length };
};
const initial = initialFiles
  .map(size)
  .reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, br: a.br + b.br }), { raw: 0, gzip: 0, br: 0 });
const all = spawnSync('sh', ['-c', `find ${WWW} -type f -exec cat {} + | wc -c`], { encoding: 'utf8' }).stdout.trim();
const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;

const server = await startAppServer();
const browser = await launchChromium();
const fcp: number[] = [];
const ready: number[] = [];
const firstVisit: number[] = [];
// A returning resident (the data notice already answered) and a first visit both land on the program: no notice stands
// before the lessons, so both are timed to the first lesson card (the 'Học tiếp / Bắt đầu học' card) being clickable.
const RETURNING = JSON.stringify({
  state: { consent: { decision: 'declined', at: '2026-11-20T00:00:00.000Z', sent: true } },
  version: 0,
});
try {
  for (let i = 0; i < 2 * RUNS; i++) {
    const returning = i % 2 === 0;
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
      deviceScaleFactor: 2,
    });
    if (returning) await context.addInitScript((saved) => localStorage.setItem('hvs-app', saved), RETURNING);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 150,
      downloadThroughput: (1.6 * 1024 * 1024) / 8,
      uploadThroughput: (750 * 1024) / 8,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto(`${server.base}/`, { waitUntil: 'commit' });
    // Clickable: visible, enabled, and the topmost element at its centre (no page transition covering it).
    const t = await page.waitForFunction(
      (selector) => {
        const el = document.querySelector<HTMLButtonElement>(selector);
        if (!el || el.disabled) return false;
        const r = el.getBoundingClientRect();
        if (r.width === 0 || r.bottom < 0 || r.top > window.innerHeight) return false;
        const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        return hit && el.contains(hit) ? performance.now() : false;
      },
      '[data-testid="continue-lesson"]',
      { polling: 'raf', timeout: 30_000 },
    );
    (returning ? ready : firstVisit).push((await t.jsonValue()) as number);
    if (returning)
      fcp.push(
        await page.evaluate(
          () =>
            new Promise<number>((resolve) => {
              new PerformanceObserver((list) => {
                const e = list.getEntriesByName('first-contentful-paint')[0];
                if (e) resolve(e.startTime);
              }).observe({ type: 'paint', buffered: true });
            }),
        ),
      );
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(
  'bench:load — served as Zalo serves it (/zapps/<appId>/), 390×844, 150 ms RTT, 1.6 Mbps down, 4× CPU slowdown',
);
console.log(
  `initial JS+CSS (listSyncJS + listAsyncJS + listCSS, ${initialFiles.length} files): ${kib(initial.raw)} raw, ${kib(initial.gzip)} gzip, ${kib(initial.br)} brotli (what our service sends)`,
);
console.log(`all files in www/: ${kib(Number(all))} raw`);
console.log(
  `first contentful paint: median ${median(fcp).toFixed(0)} ms (runs: ${fcp.map((x) => x.toFixed(0)).join(', ')})`,
);
console.log(
  `first lesson card clickable (returning resident): median ${median(ready).toFixed(0)} ms (runs: ${ready.map((x) => x.toFixed(0)).join(', ')})`,
);
console.log(
  `first lesson card clickable (first-time resident): median ${median(firstVisit).toFixed(0)} ms (runs: ${firstVisit.map((x) => x.toFixed(0)).join(', ')})`,
);
