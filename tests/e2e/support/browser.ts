import { chromium, type Browser, type BrowserContext } from 'playwright-core';

/** Debian's Chromium; CI installs it with apt-get (playwright's own browser download is not reachable here). */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    // Without the background-networking flags Chromium keeps dialling Google hosts this machine cannot reach.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A phone-sized context: 390×844, touch, Vietnamese locale. */
export function phoneContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'vi-VN',
  });
}

/**
 * An older resident's phone: 360×780, the app opened at `baseUrl` and the text size set in Cài đặt (or English first,
 * then "Extra large", when `lang` is en). Returns the context (close it) and its page.
 */
export async function largeTextPhone(browser: Browser, baseUrl: string, lang: 'vi' | 'en' = 'vi') {
  const context = await phoneContext(browser);
  const page = await context.newPage();
  await page.setViewportSize({ width: 360, height: 780 });
  await page.goto(`${baseUrl}/`);
  await page.getByRole('link', { name: /Cài đặt/ }).click();
  if (lang === 'en') await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('button', { name: lang === 'en' ? 'Extra large' : 'Rất lớn' }).click();
  return { context, page };
}

/** A phone with the app just opened at `baseUrl`, waiting on the program (the start screen). */
export async function phoneOnProgram(browser: Browser, baseUrl: string) {
  const context = await phoneContext(browser);
  const page = await context.newPage();
  await page.goto(`${baseUrl}/`);
  await page.getByText('Chương trình học').waitFor();
  return { context, page };
}
