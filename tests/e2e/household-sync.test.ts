import type { Page } from 'playwright-core';
import { optionByText, startQuiz } from './support/quiz';
import { describe, expect, it } from 'vitest';
import { aCompletion, householdHead, resident } from '../support/api-client';
import { phoneContext } from './support/browser';
import { e2eSuite } from './support/e2e-suite';
import { answerConsent } from './support/consent';
import { fullShot, overflowX, shot, xlargeShot } from './support/screens';
import { openJoinLink } from './support/sign-in';

const e2e = e2eSuite();

const { lessonById } = e2e;

/** Opens a lesson from the program and reads every card, so its chunk is on the phone before going offline. */
async function readLesson(page: Page, id: string) {
  const lesson = lessonById(id);
  await page.locator(`[data-lesson="${id}"]`).click();
  await page.getByText(lesson.cards[0].title).waitFor();
  for (let i = 1; i < lesson.cards.length; i++) {
    await page.getByRole('button', { name: 'Tiếp', exact: true }).click();
    await page.getByText(lesson.cards[i].title).waitFor();
  }
}

/** Takes the quiz answering every question right the first time. */
async function passQuiz(page: Page, id: string) {
  await startQuiz(page);
  for (const q of lessonById(id).quiz) {
    await page.getByText(q.question, { exact: true }).waitFor();
    await optionByText(page, q.options[q.correct].text).click();
    await page.locator('.hvs-actions .hvs-btn-primary').click();
  }
  await expect.poll(() => page.locator('.hvs-result').getAttribute('data-passed')).toBe('true');
}

const syncStatus = (page: Page) => page.getByTestId('sync-status').first().innerText();
const savedOutbox = (page: Page) =>
  page.evaluate(() => JSON.parse(localStorage.getItem('hvs-app') ?? '{}').state?.outbox?.items?.length ?? -1);

describe('a household learns together, online and offline', () => {
  it('consent → sign in → join by code → lessons count for the household, also when finished offline', async () => {
    const head = await resident(e2e.server.url, 'Ông Hùng');
    const created = await head.api.post('/api/households', { areaId: 'le-chan/3', label: 'Số 12 ngõ 5' });
    expect(created.status).toBe(201);
    const code: string = created.body.household.code;

    const context = await phoneContext(e2e.browser);
    const page = await context.newPage();
    await page.goto(`${e2e.server.url}/`);
    // The notice is asked where data would be sent: on the way into the household, not before the lessons.
    await page.getByTestId('open-household').click();
    await page.getByRole('heading', { name: 'Ứng dụng lưu gì về bác?' }).waitFor();
    await fullShot(page, 'hh-01-consent');
    await answerConsent(page, true);
    await page.getByText('Đăng nhập thử — chỉ dùng khi phát triển').waitFor();
    await shot(page, 'hh-02-dev-sign-in');
    await page.getByLabel('Tên hiển thị').fill('Bà Lan');
    await page.getByRole('button', { name: 'Đăng nhập thử' }).click();

    await page.getByLabel('Mã hộ gia đình').fill('ABC-235');
    await page.getByRole('button', { name: 'Vào hộ', exact: true }).click();
    await page.getByText('Không tìm thấy hộ có mã này. Bác kiểm tra lại thẻ hoặc hỏi tổ công nghệ số.').waitFor();
    await shot(page, 'hh-03-join-not-found');
    await page.getByLabel('Mã hộ gia đình').fill(`${code.slice(0, 3).toLowerCase()}-${code.slice(3)}`);
    await page.getByRole('button', { name: 'Vào hộ', exact: true }).click();
    await expect
      .poll(() => page.getByTestId('household-code').innerText())
      .toBe(`${code.slice(0, 3)}-${code.slice(3)}`);
    await page.locator('[data-member="Ông Hùng"]').waitFor();
    await fullShot(page, 'hh-04-household-joined');

    await page.goto(`${e2e.server.url}/`);
    await readLesson(page, 'vneid-install');
    await passQuiz(page, 'vneid-install');
    await expect.poll(() => syncStatus(page)).toContain('Đã tính cho hộ gia đình');
    await shot(page, 'hh-05-result-synced');
    await page.getByRole('button', { name: 'Về trang chính' }).click();
    await page.getByTestId('open-household').click();
    const install = page.locator('[data-household-lesson="vneid-install"]');
    await expect.poll(() => install.getAttribute('data-done')).toBe('true');
    await expect.poll(() => install.innerText()).toContain('Đã học: Bà Lan (bác)');
    await fullShot(page, 'hh-06-household-one-done');

    // Offline: the second lesson waits on the phone, survives in storage, and goes as soon as the network is back.
    await page.goto(`${e2e.server.url}/`);
    await readLesson(page, 'vneid-levels');
    await context.setOffline(true);
    await passQuiz(page, 'vneid-levels');
    await expect.poll(() => syncStatus(page)).toContain('Kết quả 1 bài đang lưu trên máy này');
    await shot(page, 'hh-07-result-offline');
    await page.getByRole('button', { name: 'Về trang chính' }).click();
    await expect.poll(() => syncStatus(page)).toContain('Kết quả 1 bài đang lưu trên máy này');
    expect(await savedOutbox(page)).toBe(1);
    await shot(page, 'hh-08-program-unsynced');
    await context.setOffline(false);
    await expect.poll(() => syncStatus(page)).toContain('Đã tính cho hộ gia đình');
    expect(await savedOutbox(page)).toBe(0);
    await page.getByTestId('open-household').click();
    await expect
      .poll(() => page.locator('[data-household-lesson="vneid-levels"]').getAttribute('data-done'))
      .toBe('true');
    await fullShot(page, 'hh-09-household-synced');

    // The head finishes the rest through the API: the household is complete and shows its certificate.
    for (const lessonId of e2e.required.filter((id) => !['vneid-install', 'vneid-levels'].includes(id))) {
      expect((await head.api.post('/api/completions', aCompletion({ lessonId }))).status).toBe(201);
    }
    await page.reload();
    await page.getByTestId('certificate').waitFor();
    await page.getByText('🎉 Hộ gia đình đã hoàn thành').waitFor();
    await fullShot(page, 'hh-10-certificate');
    await page.setViewportSize({ width: 360, height: 780 });
    await xlargeShot(page, 'hh-11-certificate-xl-360');
    await context.close();
  });

  it('fills in a join link, creates a household, the head removes a member, and My data downloads, withdraws and deletes', async () => {
    const linked = (await householdHead(e2e.server.url, 'Chị Mai', 'le-chan/5')).household.code;
    const context = await phoneContext(e2e.browser);
    const page = await context.newPage();
    await page.setViewportSize({ width: 360, height: 780 });
    await openJoinLink(page, e2e.server.base, linked, 'Anh Tuấn');
    await expect
      .poll(() => page.getByLabel('Mã hộ gia đình').inputValue())
      .toBe(`${linked.slice(0, 3)}-${linked.slice(3)}`);

    // Instead of joining, he creates his own household: checked at extra large text on a 360 px phone.
    await page.evaluate(() => (document.documentElement.dataset.textSize = 'xlarge'));
    await page.getByRole('button', { name: /Tạo hộ mới/ }).click();
    await page.getByText('Tổ dân phố 12').waitFor();
    expect(await overflowX(page)).toBeLessThanOrEqual(0);
    await fullShot(page, 'hh-12-join-link-create-xl-360');
    await page.evaluate(() => (document.documentElement.dataset.textSize = 'normal'));
    await page.getByRole('button', { name: 'Tạo hộ gia đình' }).click();
    await page.getByText('Bác chọn tổ dân phố trước nhé.').waitFor();
    await page.getByText('Tổ dân phố 7', { exact: true }).click();
    await page.getByLabel('Số nhà hoặc tên gọi (không bắt buộc)').fill('Số 3 Trần Nguyên Hãn');
    await page.getByRole('button', { name: 'Tạo hộ gia đình' }).click();
    // A confirmation of its own: the code, and the way to send it to the family.
    await page.getByRole('heading', { name: /Đã tạo hộ gia đình/ }).waitFor();
    const code = (await page.getByTestId('household-code').innerText()).replace('-', '');
    await page.getByRole('button', { name: 'Xem hộ gia đình' }).click();

    const hoa = await resident(e2e.server.url, 'Cô Hoa');
    expect((await hoa.api.post('/api/households/join', { code })).status).toBe(200);
    await page.reload();
    await page.locator('[data-member="Cô Hoa"]').getByRole('button', { name: 'Bỏ khỏi hộ' }).click();
    await page.getByText('Bỏ Cô Hoa khỏi hộ gia đình?').waitFor();
    await shot(page, 'hh-13-remove-confirm');
    await page
      .getByRole('alertdialog', { name: 'Bỏ Cô Hoa khỏi hộ gia đình?' })
      .getByRole('button', { name: 'Bỏ khỏi hộ' })
      .click();
    await expect.poll(() => page.locator('[data-member="Cô Hoa"]').count()).toBe(0);
    expect((await hoa.api.get('/api/me')).body.household).toBeNull();

    await page.getByRole('button', { name: /Dữ liệu của tôi/ }).click();
    await expect.poll(() => page.getByTestId('server-summary').innerText()).toContain('Số 3 Trần Nguyên Hãn');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: /Tải dữ liệu về/ }).click();
    expect((await download).suggestedFilename()).toBe('hoc-vu-so-du-lieu-cua-toi.json');
    await page.getByRole('button', { name: 'Rút lại đồng ý' }).click();
    await expect.poll(() => page.getByTestId('server-summary').innerText()).toContain('Chưa đồng ý');
    await fullShot(page, 'hh-14-my-data');
    await page.getByRole('button', { name: 'Xoá dữ liệu của tôi' }).click();
    await page.getByText('Xoá hết dữ liệu của bác?').waitFor();
    await shot(page, 'hh-15-delete-confirm');
    await page.getByRole('button', { name: 'Xoá hết', exact: true }).click();
    await page.getByText('Ngoài điện thoại này, ứng dụng chưa lưu gì về bác.').waitFor();
    await fullShot(page, 'hh-16-deleted');
    // He was its only member left, so the household went with him.
    expect((await hoa.api.post('/api/households/join', { code })).status).toBe(404);
    await context.close();
  });
});
