import type { Page } from 'playwright-core';

/** Answers the data notice every fresh phone sees first; `exact` keeps "Đồng ý" from matching "Không đồng ý". */
export async function answerConsent(page: Page, agree: boolean) {
  await page.getByRole('heading', { name: 'Ứng dụng lưu gì về bác?' }).waitFor();
  if (agree) {
    await page.getByRole('checkbox', { name: 'Tôi đã đọc và đồng ý' }).check();
    await page.getByRole('button', { name: 'Đồng ý', exact: true }).click();
  } else {
    await page.getByRole('button', { name: 'Không đồng ý', exact: true }).click();
  }
}
