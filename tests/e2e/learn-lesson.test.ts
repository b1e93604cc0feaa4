import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { largeTextPhone, phoneContext, phoneOnProgram } from './support/browser';
import { e2eSuite } from './support/e2e-suite';
import { optionByText } from './support/quiz';
import { fullShot, overflowX, shot } from './support/screens';

const e2e = e2eSuite();
const lesson = () => e2e.lessonById('vneid-install');

/** Answers every question; on the questions listed in `wrongFirst` it first taps a wrong option. */
async function answerAll(page: Page, wrongFirst: number[], shots?: string) {
  for (const [i, q] of lesson().quiz.entries()) {
    await page.getByText(q.question, { exact: true }).waitFor();
    if (wrongFirst.includes(i)) {
      const wrong = q.options[(q.correct + 1) % q.options.length];
      await optionByText(page, wrong.text).click();
      await expect.poll(() => page.locator('.hvs-feedback.is-wrong').innerText()).toContain('Chưa đúng');
      await expect.poll(() => page.locator('.hvs-feedback').innerText()).toContain(wrong.explain);
      if (shots && i === wrongFirst[0]) await shot(page, `${shots}-quiz-wrong`);
    }
    await optionByText(page, q.options[q.correct].text).click();
    await expect.poll(() => page.locator('.hvs-feedback.is-right').innerText()).toContain(q.options[q.correct].explain);
    // Once answered, every other option shows why it was right or wrong.
    await expect.poll(() => page.locator('.hvs-explain').count()).toBe(q.options.length - 1);
    await page.locator('.hvs-actions .hvs-btn-primary').click();
  }
}

const cardTitle = (questionIndex: number) =>
  lesson().cards.find((c) => c.id === lesson().quiz[questionIndex].card)!.title;

async function startQuizFromCards(page: Page, shots?: string) {
  while (!(await page.getByRole('button', { name: 'Làm bài kiểm tra' }).isVisible()))
    await page.getByRole('button', { name: 'Tiếp' }).click();
  await page.getByRole('button', { name: 'Làm bài kiểm tra' }).click();
  // The pass rule is stated before the first question.
  const n = lesson().quiz.length;
  await expect.poll(() => page.getByTestId('quiz-rule').innerText()).toContain(`${n - 1}/${n} câu`);
  if (shots) await shot(page, `${shots}-quiz-intro`);
  await page.getByRole('button', { name: 'Bắt đầu làm bài' }).click();
}

describe('a resident learns a lesson in the browser', () => {
  // No data notice stands before a lesson: reading needs no personal data (the notice comes with the household).
  it('reads the cards, fails with two slips, re-reads the named card, passes with one slip, and it stays done', async () => {
    const { context, page } = await phoneOnProgram(e2e.browser, e2e.server.url);
    await expect.poll(() => page.locator('.hvs-track').count()).toBe(e2e.server.services.lessons.program.tracks.length);
    await shot(page, '01-program');

    await page.locator('[data-lesson="vneid-install"]').click();
    await page.getByText(lesson().cards[0].title).waitFor();
    await shot(page, '02-card');
    await startQuizFromCards(page, '03');

    // Two questions wrong on the first try: not passed, and the result names the cards those questions point to.
    await answerAll(page, [0, 1], '04');
    await expect.poll(() => page.locator('.hvs-result').getAttribute('data-passed')).toBe('false');
    for (const q of [0, 1]) await expect.poll(() => page.getByTestId('reread').innerText()).toContain(cardTitle(q));
    await fullShot(page, '05-result-failed');
    await page
      .getByTestId('reread')
      .getByRole('button', { name: cardTitle(1) })
      .click();
    await page.locator('.hvs-card h2', { hasText: cardTitle(1) }).waitFor();

    // One slip is allowed: the retake passes, and still says which card to read again.
    await startQuizFromCards(page);
    await answerAll(page, [2]);
    await expect.poll(() => page.locator('.hvs-result').getAttribute('data-passed')).toBe('true');
    await expect.poll(() => page.getByTestId('reread').innerText()).toContain(cardTitle(2));
    await page.getByText(/Bài tiếp theo/).waitFor();
    await fullShot(page, '06-result-passed-one-slip');

    await page.getByRole('button', { name: 'Về trang chính' }).click();
    await expect.poll(() => page.locator('[data-lesson="vneid-install"]').innerText()).toContain('Đã xong');
    await page.reload();
    await expect.poll(() => page.locator('[data-lesson="vneid-install"]').innerText()).toContain('Đã xong');
    await expect.poll(() => page.getByTestId('overall-progress').innerText()).toMatch(/\b1\/\d+/);
    await shot(page, '07-program-done');
    await context.close();
  });

  it('shows the quiz screens at extra large text on 360 px without clipping', async () => {
    const { context, page } = await largeTextPhone(e2e.browser, e2e.server.url);
    await page.goto(`${e2e.server.url}/lesson/vneid-install`);
    await page.locator('.hvs-card').waitFor();
    await startQuizFromCards(page, 'xl-03');
    expect(await overflowX(page)).toBeLessThanOrEqual(0);
    await answerAll(page, [0, 1], 'xl-04');
    await page.getByTestId('reread').waitFor();
    expect(await overflowX(page)).toBeLessThanOrEqual(0);
    await shot(page, 'xl-05-result-failed');
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
    const { context, page } = await largeTextPhone(e2e.browser, e2e.server.url, 'en');
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
    await expect.poll(() => page.getByTestId('overall-progress').innerText()).toMatch(/\b0\/\d+/);
    await context.close();
  });
});
