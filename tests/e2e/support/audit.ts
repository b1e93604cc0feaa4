import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { shot } from './screens';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The two ways the app is checked: the largest text on a small phone, and the usual text on a common one. */
export type Profile = { name: string; width: number; height: number; textSize: 'normal' | 'xlarge' };
export const PROFILES: Profile[] = [
  { name: 'xl-360', width: 360, height: 780, textSize: 'xlarge' },
  { name: 'normal-390', width: 390, height: 844, textSize: 'normal' },
];

/** A phone with the profile's screen and text size, saved as the app saves it (only on a phone that has no save yet). */
export async function profileContext(browser: Browser, p: Profile): Promise<BrowserContext> {
  const context = await browser.newContext({
    viewport: { width: p.width, height: p.height },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'vi-VN',
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  const saved = JSON.stringify({
    state: { settings: { lang: 'vi', textSize: p.textSize, highContrast: false, langChosen: true } },
    version: 0,
  });
  await context.addInitScript((s) => {
    if (!localStorage.getItem('hvs-app')) localStorage.setItem('hvs-app', s);
  }, saved);
  return context;
}

type Options = {
  /** The screen's next step: must be inside the viewport, uncovered, without the resident scrolling. */
  primary?: Locator;
  /** The page may stand scrolled: moved by the app (feedback after an answer) or by the resident before a dialog. */
  scrolledByApp?: boolean;
};

const MIN_TARGET = 44;
const MIN_FONT_PX = 16;

/**
 * Checks the screen as it stands and saves a screenshot of what the resident sees (`<profile>-<name>.png`). Fails with
 * every problem found: axe-core critical/serious violations, visible controls under 44×44 px, sideways overflow,
 * text under 16 px at the normal size, not exactly one <main> or no h1, and a primary action out of view.
 */
export async function auditScreen(page: Page, profile: Profile, name: string, opts: Options = {}) {
  // zmp-ui slides pages in; check the screen that stays, not two sliding.
  await page.waitForTimeout(500);
  const problems: string[] = [];

  // Evaluated by the test driver, not added as a <script>: the pages' Content-Security-Policy (rightly) refuses inline
  // scripts it has no hash for, and the audit must see the page exactly as it is served.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            ctx: Document,
            o: object,
          ): Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations
      .filter((v) => v.impact === 'critical' || v.impact === 'serious')
      .map(
        (v) =>
          `${v.impact} ${v.id}: ${v.help} — ${v.nodes
            .slice(0, 3)
            .map((n) => n.target.join(' '))
            .join(' | ')}`,
      );
  });
  problems.push(...violations.map((v) => `axe ${v}`));

  const facts = await page.evaluate(
    ({ minTarget, minFont, checkFont }) => {
      const visible = (el: Element) => {
        const r = el.getBoundingClientRect();
        if (r.width === 0 || r.height === 0) return false;
        const s = getComputedStyle(el);
        return s.visibility !== 'hidden' && s.display !== 'none' && !el.closest('[hidden], [aria-hidden="true"]');
      };
      const label = (el: Element) =>
        `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : ''} "${(el.textContent ?? '').trim().slice(0, 30)}"`;
      const targets = [
        ...document.querySelectorAll(
          'button, a[href], select, textarea, input:not([type=hidden]):not([type=radio]):not([type=checkbox]), [role=button], [role=switch], label:has(input[type=radio]), label:has(input[type=checkbox])',
        ),
      ]
        .filter(visible)
        .map((el) => ({ el, r: el.getBoundingClientRect() }))
        .filter(({ r }) => r.width + 0.5 < minTarget || r.height + 0.5 < minTarget)
        .map(({ el, r }) => `${label(el)} ${Math.round(r.width)}×${Math.round(r.height)}`);
      const small: string[] = [];
      if (checkFont) {
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const el = n.parentElement;
          if (!el || !n.textContent?.trim() || !visible(el) || el.closest('.hvs-sr-only, script, style')) continue;
          const size = parseFloat(getComputedStyle(el).fontSize);
          if (size + 0.01 < minFont) small.push(`${label(el)} ${size}px`);
        }
      }
      const pages = [...document.querySelectorAll('.zaui-page')];
      const sideways = Math.max(
        document.documentElement.scrollWidth - window.innerWidth,
        ...pages.map((p) => p.scrollWidth - p.clientWidth),
      );
      return {
        targets,
        small: [...new Set(small)],
        sideways,
        mains: document.querySelectorAll('main').length,
        h1s: [...document.querySelectorAll('main h1')].filter(visible).length,
        scrollTop: Math.max(0, ...pages.map((p) => p.scrollTop)),
      };
    },
    { minTarget: MIN_TARGET, minFont: MIN_FONT_PX, checkFont: profile.textSize === 'normal' },
  );
  problems.push(...facts.targets.map((t) => `target under ${MIN_TARGET}×${MIN_TARGET}: ${t}`));
  problems.push(...facts.small.map((t) => `text under ${MIN_FONT_PX}px: ${t}`));
  if (facts.sideways > 0) problems.push(`content spills ${facts.sideways}px sideways`);
  if (facts.mains !== 1) problems.push(`${facts.mains} <main> elements`);
  if (facts.h1s < 1) problems.push('no visible h1 in <main>');

  if (opts.primary) {
    if (!opts.scrolledByApp && facts.scrollTop > 0)
      problems.push(`screen did not open at its top (scrollTop ${facts.scrollTop})`);
    const box = await opts.primary.boundingBox();
    const vp = page.viewportSize()!;
    if (!box) problems.push('primary action not found');
    else {
      const inside =
        box.x >= 0 && box.y >= 0 && box.x + box.width <= vp.width + 0.5 && box.y + box.height <= vp.height + 0.5;
      if (!inside)
        problems.push(
          `primary action out of view at ${Math.round(box.x)},${Math.round(box.y)} ${Math.round(box.width)}×${Math.round(box.height)} (viewport ${vp.width}×${vp.height})`,
        );
      const covered = await opts.primary.evaluate((el) => {
        const r = el.getBoundingClientRect();
        const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        return !(hit && (el === hit || el.contains(hit)));
      });
      if (inside && covered) problems.push('primary action is covered by something else');
    }
  }

  await shot(page, `${profile.name}-${name}`, { fullPage: false });
  if (problems.length) throw new Error(`${profile.name} ${name}:\n  ${problems.join('\n  ')}`);
}
