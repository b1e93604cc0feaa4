import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPracticeItems } from '../../bot/content/load-practice';
import type { PracticeItem } from '../../src/core/practice/practice-schema';
import { wardAdmin } from '../support/staff';
import { auditScreen, PROFILES } from './support/audit';
import { largeTextPhone, phoneContext } from './support/browser';
import { answerConsent } from './support/consent';
import { e2eSuite } from './support/e2e-suite';
import { fullShot, overflowX, shot } from './support/screens';

const e2e = e2eSuite();
const [XL] = PROFILES;
let items: PracticeItem[];
beforeAll(async () => {
  items = await loadPracticeItems();
});

/** Plays the round on screen to the end, answering every item right, and waits for the score. */
async function playRound(page: Page) {
  for (let n = 1; n <= 5; n++) {
    await page.getByText(`Tin ${n}/5`).waitFor();
    const id = await page.locator('.pr-item').getAttribute('data-item');
    const verdict = items.find((i) => i.id === id)!.verdict;
    await page.getByRole('button', { name: verdict === 'scam' ? 'Lừa đảo' : 'An toàn', exact: true }).click();
    await page
      .locator('.pr-turn')
      .getByRole('button', { name: n === 5 ? 'Xem kết quả' : 'Tiếp', exact: true })
      .click();
  }
  await page.getByRole('heading', { name: 'Bác đúng 5/5' }).waitFor();
}

describe('a school link to "Thật hay lừa?"', () => {
  it('a school makes a practice link; parents land in a round, and the open and the finished round count once per phone', async () => {
    // The school signs in on a phone at extra large text, as the school tests do.
    const admin = await wardAdmin(e2e.server);
    const { code } = (
      await admin.api.post('/api/staff/invites', { role: 'school', schoolName: 'Trường Tiểu học Trần Phú' })
    ).body as { code: string };
    const schoolPhone = await phoneContext(e2e.browser);
    const school = await schoolPhone.newPage();
    await school.setViewportSize({ width: 360, height: 780 });
    await school.goto(`${e2e.server.url}/staff/accept?code=${encodeURIComponent(code)}`);
    await school.getByLabel('Tên hiển thị').fill('Cô Hạnh');
    await school.getByRole('button', { name: 'Đăng nhập thử' }).click();
    await expect.poll(() => school.getByLabel('Mã mời', { exact: true }).inputValue()).not.toBe('');
    await school.getByRole('button', { name: 'Nhận vai trò' }).click();
    await school.getByRole('button', { name: 'Mở trang cán bộ' }).click();
    await school.locator('[data-staff-entry="school"]').click();
    await school.evaluate(() => (document.documentElement.dataset.textSize = 'xlarge'));

    await school.getByRole('button', { name: 'Luyện tập', exact: true }).click();
    await school.getByTestId('practice-target').getByText('Luyện tập: Thật hay lừa?').waitFor();
    expect(await school.getByLabel('Bài học').count()).toBe(0);
    await school.getByLabel('Lớp').fill('4C');
    await school.getByRole('button', { name: 'Tạo đường link' }).click();
    const link = await school.getByTestId('made-link-url').innerText();
    expect(link).toMatch(/^https:\/\/zalo\.me\/s\/[^/]+\/practice\?src=[A-Za-z0-9_-]{16,64}$/);
    expect(await school.getByTestId('made-link').innerText()).toContain('Luyện tập: Thật hay lừa?');
    const path = new URL(link).pathname.replace(/^\/s\/[^/]+/, '') + new URL(link).search;
    const linkId = (
      await e2e.server.services.db
        .selectFrom('school_links')
        .select('id')
        .where('practice', '=', true)
        .executeTakeFirstOrThrow()
    ).id;
    const events = async (kind: 'open' | 'complete') =>
      await e2e.server.services.db
        .selectFrom('school_link_events')
        .select(['device_hash', 'lesson_id'])
        .where('link_id', '=', linkId)
        .where('kind', '=', kind)
        .execute();

    /** A parent's phone opens the link cold, answers the notice, lands in a round and plays it to the end. */
    async function parent(agree: boolean, shots?: string) {
      const { context, page } = shots
        ? await largeTextPhone(e2e.browser, e2e.server.url)
        : { context: await phoneContext(e2e.browser), page: undefined };
      const p = page ?? (await context.newPage());
      const opensBefore = (await events('open')).length;
      await p.goto(`${e2e.server.url}${path}`);
      await p.getByText(/Bác mở bài luyện tập “Thật hay lừa\?” từ đường link của nhà trường/).waitFor();
      if (shots) await fullShot(p, `${shots}-consent`);
      await answerConsent(p, agree);
      // Straight into a round: the first item, no other step.
      await p.getByRole('heading', { name: 'Thật hay lừa?', level: 1 }).waitFor();
      await p.getByText('Tin 1/5').waitFor();
      await p.locator('.pr-item').waitFor();
      if (shots) {
        expect(await overflowX(p)).toBeLessThanOrEqual(0);
        await shot(p, `${shots}-round`, { fullPage: false });
      }
      // The open counts before any answer, and nothing is complete yet.
      if (agree) await expect.poll(async () => (await events('open')).length).toBe(opensBefore + 1);
      const completesBefore = (await events('complete')).length;
      await playRound(p);
      await expect.poll(() => p.evaluate(() => localStorage.getItem('hvs-school-queue'))).toBeNull();
      if (agree) {
        await expect.poll(async () => (await events('complete')).length).toBe(completesBefore + 1);
        // A second round on the same phone is not a second family.
        await p.getByRole('button', { name: 'Chơi vòng mới' }).click();
        await playRound(p);
        await expect.poll(() => p.evaluate(() => localStorage.getItem('hvs-school-queue'))).toBeNull();
        expect((await events('complete')).length).toBe(completesBefore + 1);
      } else {
        expect(await p.evaluate(() => localStorage.getItem('hvs-school'))).toBeNull();
        expect((await events('complete')).length).toBe(completesBefore);
        expect((await events('open')).length).toBe(opensBefore);
      }
      await context.close();
    }

    const counts = async () => {
      await school.getByRole('button', { name: /Cập nhật số liệu/ }).click();
      await school.waitForTimeout(300);
      return [
        await school.locator(`[data-link="${linkId}"] [data-count="opened"]`).innerText(),
        await school.locator(`[data-link="${linkId}"] [data-count="completed"]`).innerText(),
      ];
    };
    await parent(true, 'school-practice-xl-360');
    expect(await counts()).toEqual(['dưới 3', 'dưới 3']);
    await parent(false);
    await parent(true);
    await parent(true);
    await expect.poll(counts).toEqual(['3', '3']);
    const stored = await e2e.server.services.db
      .selectFrom('school_link_events')
      .selectAll()
      .where('link_id', '=', linkId)
      .execute();
    expect(stored.every((e) => e.lesson_id === 'practice' && /^[0-9a-f]{64}$/.test(e.device_hash))).toBe(true);

    const row = school.locator(`[data-link="${linkId}"]`);
    expect(await row.locator('.hvs-badge').innerText()).toBe('Luyện tập');
    expect(await row.innerText()).toContain('Thật hay lừa?');
    expect(await row.innerText()).toContain('Học xong = làm hết một lượt 5 tin');
    expect(await overflowX(school)).toBeLessThanOrEqual(0);
    await row.scrollIntoViewIfNeeded();
    await shot(school, 'school-practice-xl-360-table', { fullPage: false });
    await fullShot(school, 'school-practice-xl-360-page');
    await auditScreen(school, XL, 'staff-school-practice');
    await schoolPhone.close();
  }, 240_000);
});
