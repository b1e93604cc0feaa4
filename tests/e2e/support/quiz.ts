import type { Page } from 'playwright-core';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** An option found by its TEXT: options are shuffled per attempt, so positions mean nothing. */
export const optionByText = (page: Page, text: string) =>
  page
    .locator('.hvs-option')
    .filter({ has: page.locator('.hvs-option-text', { hasText: new RegExp(`^${escape(text)}$`) }) });

/** From the last card: opens the quiz intro (which states the pass rule) and starts the quiz. */
export async function startQuiz(page: Page) {
  await page.getByRole('button', { name: 'Làm bài kiểm tra' }).click();
  await page.getByRole('button', { name: 'Bắt đầu làm bài' }).click();
}
