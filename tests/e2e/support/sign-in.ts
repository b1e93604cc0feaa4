import type { Page } from 'playwright-core';
import { answerConsent } from './consent';

/** The browser's development sign-in (in Zalo the app signs in by itself). */
export async function devSignIn(page: Page, name: string) {
  await page.getByText('Đăng nhập thử — chỉ dùng khi phát triển').waitFor();
  await page.getByLabel('Tên hiển thị').fill(name);
  await page.getByRole('button', { name: 'Đăng nhập thử' }).click();
}

/** Opens a household's join link (`base` is the app's root), agrees to the data notice and signs in as `name`. */
export async function openJoinLink(page: Page, base: string, code: string, name: string) {
  await page.goto(`${base}/household/join?code=${code}`);
  await answerConsent(page, true);
  await devSignIn(page, name);
}
