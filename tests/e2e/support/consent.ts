import type { Page } from 'playwright-core';

/**
 * Answers the data notice where it is asked (the household screen, a school's link); `exact` keeps "Đồng ý" from
 * matching "Không đồng ý".
 */
export async function answerConsent(page: Page, agree: boolean) {
  await page.getByRole('heading', { name: 'Ứng dụng lưu gì về bác?' }).waitFor();
  await page.getByRole('button', { name: agree ? 'Đồng ý' : 'Không đồng ý', exact: true }).click();
}
