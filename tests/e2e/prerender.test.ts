import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { auditScreen, PROFILES, profileContext } from './support/audit';
import { phoneContext } from './support/browser';
import { e2eSuite } from './support/e2e-suite';

const e2e = e2eSuite();

/** The page as it stands before the app's script has run: the script is refused, the inline boot script still runs. */
async function withoutApp(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.route('**/*.module.js', (route) => route.abort());
  return page;
}

const saved = (state: object) => JSON.stringify({ state, version: 0 });

describe("the program prerendered into index.html (before the app's script runs)", () => {
  it.each(PROFILES)(
    'at $name: the first lesson is a working link, drawn at the saved text size, and passes the audit',
    async (profile) => {
      const context = await profileContext(e2e.browser, profile);
      const page = await withoutApp(context);
      await page.goto(`${e2e.server.base}/`);
      const next = page.getByTestId('continue-lesson');
      const first = e2e.lessonById(e2e.required[0]);
      expect(await next.innerText()).toContain(`Bắt đầu học: ${first.title}`);
      expect(await next.evaluate((a: HTMLAnchorElement) => a.href)).toBe(`${e2e.server.base}/lesson/${first.id}`);
      expect(await page.evaluate(() => document.documentElement.dataset.textSize ?? 'normal')).toBe(profile.textSize);
      await auditScreen(page, profile, '00-prerendered-program', { primary: next });

      // Following the link before the app has started opens the lesson, once the app may run.
      await page.unroute('**/*.module.js');
      await next.click();
      await page.getByRole('heading', { name: first.cards[0].title }).waitFor();
      await context.close();
    },
  );

  it.each([
    [
      'has started a lesson',
      saved({ progress: { version: 1, lessons: { 'vneid-install': { card: 1, attempts: 0 } } } }),
    ],
    ['reads English', saved({ settings: { lang: 'en', textSize: 'normal', highContrast: false, langChosen: true } })],
  ])(
    'is not shown to a resident who %s: the plain loading bar is, until the app draws their own program',
    async (_who, state) => {
      const context = await phoneContext(e2e.browser);
      await context.addInitScript((s) => localStorage.setItem('hvs-app', s), state);
      const page = await withoutApp(context);
      await page.goto(`${e2e.server.base}/`);
      expect(await page.getByTestId('continue-lesson').isVisible()).toBe(false);
      expect(await page.locator('.boot-msg').isVisible()).toBe(true);
      // The app, once it runs, draws their program in its place (the prerender's hiding must not hide the app).
      await page.unroute('**/*.module.js');
      await page.reload();
      await page.getByTestId('continue-lesson').waitFor();
      expect(await page.locator('.boot-msg').count()).toBe(0);
      await context.close();
    },
  );

  it("is not shown on another screen's address (a shared lesson link)", async () => {
    const context = await phoneContext(e2e.browser);
    const page = await withoutApp(context);
    await page.goto(`${e2e.server.base}/lesson/${e2e.required[0]}`);
    expect(await page.getByTestId('continue-lesson').isVisible()).toBe(false);
    expect(await page.locator('.boot-msg').isVisible()).toBe(true);
    await page.unroute('**/*.module.js');
    await page.reload();
    await page.getByRole('heading', { name: e2e.lessonById(e2e.required[0]).cards[0].title }).waitFor();
    await context.close();
  });

  it('is replaced by the app without a second download of the stylesheet', async () => {
    const context = await phoneContext(e2e.browser);
    const page = await context.newPage();
    const css: string[] = [];
    page.on('request', (r) => void (r.url().endsWith('.css') && css.push(r.url())));
    await page.goto(`${e2e.server.base}/`);
    await page.locator('.hvs-toast-region').waitFor({ state: 'attached' });
    expect(await page.locator('#app main').count()).toBe(1);
    expect(await page.locator('.hvs-boot-shell').count()).toBe(0);
    expect(new Set(css).size).toBe(css.length);
    await context.close();
  });
});
