import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { phoneContext } from './support/browser';
import { e2eSuite } from './support/e2e-suite';
import { overflowX, shot } from './support/screens';

const e2e = e2eSuite();
const lesson = () => e2e.lessonById('vneid-install');

async function answerAll(page: Page, wrongFirstOn: number | undefined) {
  for (const [i, q] of lesson().quiz.entries()) {
    await page.getByText(q.question, { exact: true }).waitFor();
    const options = page.locator('.hvs-option');
    if (i === wrongFirstOn) {
      await options.nth((q.correct + 1) % q.options.length).click();
      await expect.poll(() => page.locator('.hvs-feedback.is-wrong').innerText()).toContain('Chưa đúng');
      await expect.poll(() => page.locator('.hvs-feedback').innerText()).toContain(q.options[(q.correct + 1) % q.options.length].explain);
      await shot(page, '03-quiz-wrong');
    }
    await options.nth(q.correct).click();
    await expect.poll(() => page.locator('.hvs-feedback.is-right').innerText()).toContain(q.options[q.correct].explain);
    // Once answered, every other option shows why it was right or wrong.
    await expect.poll(() => page.locator('.hvs-explain').count()).toBe(q.options.length - 1);
    if (i === wrongFirstOn) await shot(page, '04-quiz-right');
    await page.locator('.hvs-actions .hvs-btn-primary').click();
  }
}

describe('a resident learns a lesson in the browser', () => {
  // No data notice stands before a lesson: reading needs no personal data (the notice comes with the household).
  it('reads the cards, fails once, retakes, passes, and it stays done after a reload', async () => {
    const context = await phoneContext(e2e.browser);
    const page = await context.newPage();
    await page.goto(`${e2e.server.url}/`);
    await page.getByText('Chương trình học').waitFor();
    await expect.poll(() => page.locator('.hvs-track').count()).toBe(3);
    await shot(page, '01-program');

    await page.locator('[data-lesson="vneid-install"]').click();
    await page.getByText(lesson().cards[0].title).waitFor();
    await shot(page, '02-card');
    for (let i = 1; i < lesson().cards.length; i++) {
      await page.getByRole('button', { name: 'Tiếp' }).click();
      await page.getByText(lesson().cards[i].title).waitFor();
    }
    await page.getByRole('button', { name: 'Làm bài kiểm tra' }).click();
    await answerAll(page, 0);
    const failed = lesson().quiz.length - 1 < 0.8 * lesson().quiz.length;
    if (failed) {
      await expect.poll(() => page.locator('.hvs-result').getAttribute('data-passed')).toBe('false');
      await expect.poll(() => page.locator('.hvs-review').innerText()).toContain(lesson().quiz[0].question);
      await shot(page, '05-result-failed');
      await page.getByRole('button', { name: 'Làm lại bài kiểm tra' }).click();
      await answerAll(page, undefined);
    }
    await expect.poll(() => page.locator('.hvs-result').getAttribute('data-passed')).toBe('true');
    await page.getByText(/Bài tiếp theo/).waitFor();
    await shot(page, '06-result-passed');

    await page.getByRole('button', { name: 'Về trang chính' }).click();
    await expect.poll(() => page.locator('[data-lesson="vneid-install"]').innerText()).toContain('Đã xong');
    await page.reload();
    await expect.poll(() => page.locator('[data-lesson="vneid-install"]').innerText()).toContain('Đã xong');
    await expect.poll(() => page.getByTestId('overall-progress').innerText()).toContain('1/15');
    await shot(page, '07-program-done');
    await context.close();
  });

  it('resumes a half-read lesson at the same card', async () => {
    const context = await phoneContext(e2e.browser);
    const page = await context.newPage();
    await page.goto(`${e2e.server.url}/lesson/vneid-levels`);
    await page.getByRole('button', { name: 'Tiếp' }).click();
    await page.getByRole('button', { name: 'Tiếp' }).click();
    await page.getByText('Thẻ 3/').waitFor();
    await page.reload();
    await page.getByText('Thẻ 3/').waitFor();
    await context.close();
  });

  it('opens a shared deep link cold, and a broken one shows the way back', async () => {
    const context = await phoneContext(e2e.browser);
    const page = await context.newPage();
    await page.goto(`${e2e.server.url}/lesson/fraud-bank-sms`);
    await page.locator('.hvs-card').waitFor();
    await page.getByText('Thẻ 1/').waitFor();
    await shot(page, '08-deep-link');
    await page.goto(`${e2e.server.url}/lesson/khong-co-bai-nay`);
    await page.getByText('Không tìm thấy bài học').waitFor();
    await page.getByRole('button', { name: 'Về trang chính' }).click();
    await page.getByText('Chương trình học').waitFor();
    await context.close();
  });

  it('switches to English and extra large text without clipping on a 360 px phone', async () => {
    const context = await phoneContext(e2e.browser);
    const page = await context.newPage();
    await page.setViewportSize({ width: 360, height: 780 });
    await page.goto(`${e2e.server.url}/`);
    await page.getByRole('button', { name: /Cài đặt/ }).click();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: 'Extra large' }).click();
    await page.getByRole('heading', { name: 'Text size' }).waitFor();
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('24px');
    await shot(page, '09-settings-en-xl');
    expect(await overflowX(page)).toBeLessThanOrEqual(0);
    for (const path of ['/', '/lesson/fraud-after-scam']) {
      await page.goto(`${e2e.server.url}${path}`);
      await page.locator('.hvs-page').first().waitFor();
      expect(await overflowX(page), path).toBeLessThanOrEqual(0);
    }
    await page.getByText('Card 1 of').waitFor();
    await page.getByRole('button', { name: 'Next' }).click();
    await shot(page, '10-card-en-xl');
    await context.close();
  });

  it('starts fresh when saved progress is corrupt', async () => {
    const context = await phoneContext(e2e.browser);
    const page = await context.newPage();
    await page.goto(`${e2e.server.url}/`);
    await page.evaluate(() => localStorage.setItem('hvs-app', '{"state":{"progress":"garbage","settings":[1,2]'));
    await page.reload();
    // An unreadable save never counts as agreement, and learning needs none: the program opens at once.
    await page.getByText('Chương trình học').waitFor();
    await expect.poll(() => page.getByTestId('overall-progress').innerText()).toContain('0/15');
    await context.close();
  });
});
