import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export const SCREENSHOT_DIR = path.resolve(import.meta.dirname, '../screenshots');

/** Saves a screenshot under tests/e2e/screenshots/ (git-ignored) for a person to look at. */
export async function shot(page: Page, name: string, { fullPage = true } = {}) {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  // Let zmp-ui's page transition finish so the picture shows one screen, not two sliding.
  await page.waitForTimeout(450);
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage });
}

/** Width of content that spills past the viewport: 0 means nothing is clipped sideways. */
export const overflowX = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/** zmp-ui pages scroll inside themselves, so a full-page screenshot shows one screen: grow the viewport to show all. */
export async function fullShot(page: Page, name: string) {
  const size = page.viewportSize()!;
  await page.waitForTimeout(450);
  const height = await page.evaluate(() =>
    Math.max(...[...document.querySelectorAll('.zaui-page')].map((p) => p.scrollHeight)),
  );
  await page.setViewportSize({ width: size.width, height: Math.max(size.height, height) });
  await shot(page, name);
  await page.setViewportSize(size);
}

/** Switches the page to extra large text, checks nothing spills sideways and saves the whole screen as `name`. */
export async function xlargeShot(page: Page, name: string) {
  await page.evaluate(() => (document.documentElement.dataset.textSize = 'xlarge'));
  expect(await overflowX(page)).toBeLessThanOrEqual(0);
  await fullShot(page, name);
}
