import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { largeTextPhone } from './support/browser';
import { e2eSuite } from './support/e2e-suite';
import { fullShot, overflowX, shot } from './support/screens';
import { invited, wardAdmin } from '../support/staff';

const e2e = e2eSuite();

const teamQueue = (page: Page) =>
  page.evaluate(() => JSON.parse(localStorage.getItem('hvs-app') ?? '{}').state?.outbox?.team?.length ?? -1);
const back = (page: Page) => page.getByRole('button', { name: 'Quay lại' }).filter({ visible: true }).first().click();

/** Opens a household from the list and, on its page, the survey: answers "Có" everywhere, VNeID level 1, and saves. */
async function surveyOffline(page: Page, code: string, label: string, shotName?: string) {
  await page.locator(`[data-household="${code}"]`).click();
  await page.getByRole('heading', { name: new RegExp(label) }).waitFor();
  await page.getByRole('button', { name: /Làm khảo sát/ }).click();
  await page.getByRole('heading', { name: new RegExp(`Khảo sát: ${label}`) }).waitFor();
  for (const group of await page.locator('.hvs-yes-no').all())
    await group.getByRole('button', { name: 'Có', exact: true }).click();
  await page.getByRole('button', { name: /Mức 1/ }).click();
  await page.getByRole('button', { name: 'Lưu khảo sát' }).click();
  await page.getByText('Đã lưu trên máy, sẽ gửi khi có mạng').first().waitFor();
  // Back on the household: its survey is the one on the phone, marked as not sent.
  await page.getByTestId('queued-survey').waitFor();
  expect(await page.getByTestId('queued-survey').innerText()).toContain('chưa gửi');
  if (shotName) await fullShot(page, shotName);
  await back(page);
}

describe('a community tech team surveys households without signal (issue 16)', () => {
  it('queues two surveys offline, shows them waiting, and sends them when the network is back', async () => {
    const admin = await wardAdmin(e2e.server);
    const created = async (label: string) =>
      (await admin.api.post('/api/staff/households', { areaId: 'le-chan/1', label })).body[0] as {
        id: string;
        code: string;
      };
    const [a, b] = [await created('Số 3 ngõ 7'), await created('Số 9 ngõ 7')];
    const invite = await admin.api.post('/api/staff/invites', { role: 'team', areaIds: ['le-chan/1'] });
    const filled = async () => (await admin.api.get('/api/staff/coverage')).body.survey.filled as number;
    const before = await filled();
    // The reports as a second member of the same team reads them (a team sees exact counts; the admin's 1 and 2 hide).
    const reader = await invited(e2e.server, admin, { role: 'team', areaIds: ['le-chan/1'] });
    const reports = async () => {
      const ward = (await reader.api.get('/api/staff/reports/ward')).body;
      const plan = (await reader.api.get('/api/staff/reports/training-plan')).body;
      const items = plan.areas[0].items as { kind: string; fact?: string; households: number }[];
      return {
        reach: ward.indicators.find((i: { id: string }) => i.id === 'reach').count as number,
        notSurveyed: items.find((i) => i.kind === 'survey')?.households ?? 0,
        vneid: items.find((i) => i.kind === 'lacks' && i.fact === 'vneid2')?.households ?? 0,
      };
    };
    const reportsBefore = await reports();

    // An older team member's phone: 360 px, the largest text.
    const { context, page } = await largeTextPhone(e2e.browser, e2e.server.url);
    await page.goto(`${e2e.server.url}/staff/accept?code=${invite.body.code}`);
    await page.getByLabel('Tên hiển thị').fill('Chú Bảy (tổ CNS)');
    await page.getByRole('button', { name: 'Đăng nhập thử' }).click();
    await page.getByRole('button', { name: 'Nhận vai trò' }).click();
    await page.getByRole('button', { name: 'Mở trang cán bộ' }).click();

    // At the ward office, with signal: the day's households, each opened once, and the survey screen once.
    await page.goto(`${e2e.server.url}/staff/households`);
    for (const h of [a, b]) {
      await page.locator(`[data-household="${h.code}"]`).click();
      await page.getByRole('button', { name: /Làm khảo sát/ }).click();
      await page.locator('.hvs-yes-no').first().waitFor();
      await back(page);
      await page.getByRole('button', { name: /Làm khảo sát/ }).waitFor();
      await back(page);
    }

    // In the alley, no signal.
    await context.setOffline(true);
    await surveyOffline(page, a.code, 'Số 3 ngõ 7');
    await expect.poll(() => page.getByTestId('team-waiting').innerText()).toContain('Còn 1 khảo sát chưa gửi');
    await surveyOffline(page, b.code, 'Số 9 ngõ 7', 'team-offline-detail-xl-360');
    const waiting = page.getByTestId('team-waiting');
    await expect.poll(() => waiting.innerText()).toContain('Còn 2 khảo sát chưa gửi — sẽ tự gửi khi có mạng.');
    expect(await waiting.innerText()).toContain('Máy đang không có mạng.');
    expect(await teamQueue(page)).toBe(2);
    expect(await overflowX(page)).toBeLessThanOrEqual(0);
    // The saved notice has been read: the picture is of the list as the team member then sees it.
    for (const close of await page.getByRole('button', { name: 'Đóng', exact: true }).filter({ visible: true }).all())
      await close.click();
    await shot(page, 'team-offline-waiting-xl-360', { fullPage: false });
    // "Gửi ngay" without signal changes nothing and loses nothing.
    await page.getByRole('button', { name: 'Gửi ngay' }).click();
    expect(await teamQueue(page)).toBe(2);
    expect(await filled()).toBe(before);

    // Signal again: both go by themselves, once each.
    await context.setOffline(false);
    await expect.poll(() => teamQueue(page), { timeout: 15_000 }).toBe(0);
    await expect.poll(() => waiting.count()).toBe(0);
    expect(await filled()).toBe(before + 2);
    // The ward report and the training plan moved with them: two more surveyed, both to help to VNeID level 2.
    expect(await reports()).toEqual({
      reach: reportsBefore.reach + 2,
      notSurveyed: reportsBefore.notSurveyed - 2,
      vneid: reportsBefore.vneid + 2,
    });
    const rows = await e2e.server.services.db
      .selectFrom('surveys')
      .select(['household_id', 'filled_by', 'answers'])
      .where('household_id', 'in', [a.id, b.id])
      .execute();
    expect(rows).toHaveLength(2);
    for (const r of rows) expect(r).toMatchObject({ filled_by: 'team', answers: { uses: { vneidLevel: 1 } } });
    await context.close();
  });
});
