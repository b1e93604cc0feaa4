import { readFile } from 'node:fs/promises';
import { optionByText, startQuiz } from './support/quiz';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { aCompletion, resident } from '../support/api-client';
import { phoneContext } from './support/browser';
import { e2eSuite } from './support/e2e-suite';
import { answerConsent } from './support/consent';
import { auditScreen, PROFILES } from './support/audit';
import { fullShot, shot, xlargeShot } from './support/screens';
import { devSignIn } from './support/sign-in';

const e2e = e2eSuite();
// The staff screens get the same audit as the residents' (axe-core, targets, overflow, text size, landmarks).
const [XL, NORMAL] = PROFILES;

const { lessonById } = e2e;
const desktopContext = (b: Browser) =>
  b.newContext({ viewport: { width: 1280, height: 860 }, locale: 'vi-VN', acceptDownloads: true });

/** Opens an invite link, signs in and accepts it; returns the page on the staff start screen. */
async function acceptInvite(context: BrowserContext, code: string, name: string, role: string, shotName?: string) {
  const page = await context.newPage();
  await page.goto(`${e2e.server.url}/staff/accept?code=${encodeURIComponent(code)}`);
  await devSignIn(page, name);
  await expect
    .poll(() => page.getByLabel('Mã mời', { exact: true }).inputValue())
    .toBe(code.replace(/-/g, '').replace(/^(.{5})/, '$1-'));
  await page.getByRole('button', { name: 'Nhận vai trò' }).click();
  await expect.poll(() => page.getByTestId('staff-role').innerText()).toContain(role);
  if (shotName) await fullShot(page, shotName);
  await page.getByRole('button', { name: 'Mở trang cán bộ' }).click();
  await page.getByRole('heading', { name: 'Dành cho cán bộ' }).waitFor();
  return page;
}

async function invite(page: Page, role: 'team' | 'school', detail: string, shotName?: string) {
  await page.goto(`${e2e.server.url}/staff/invite`);
  await page.getByRole('heading', { name: 'Mời cán bộ' }).waitFor();
  if (role === 'team') await page.getByText(detail, { exact: true }).click();
  else {
    await page.getByText('Nhà trường', { exact: true }).click();
    await page.getByLabel('Tên trường').fill(detail);
  }
  await page.getByRole('button', { name: 'Tạo mã mời' }).click();
  const code = await page.getByTestId('invite-code').innerText();
  expect(await page.getByTestId('invite-link').innerText()).toMatch(
    /^https:\/\/zalo\.me\/s\/[^/]+\/staff\/accept\?code=[2-9A-HJ-NP-Z]{10}$/,
  );
  if (shotName) await fullShot(page, shotName);
  return code;
}

/**
 * A parent on a new phone opens the school's link, reads the lesson and passes its quiz answering all right. Only a
 * parent who agreed to the data notice is counted; one who declined leaves nothing on the phone and sends nothing.
 */
async function parentTakesLesson(path: string, lessonId: string, agree: boolean, noticeShot?: string) {
  const context = await phoneContext(e2e.browser);
  const page = await context.newPage();
  await page.goto(`${e2e.server.url}${path}`);
  if (noticeShot) {
    await page.getByRole('heading', { name: 'Ứng dụng lưu gì về bác?' }).waitFor();
    await page.getByText(/Bác mở bài học từ đường link của nhà trường/).waitFor();
    await fullShot(page, noticeShot);
  }
  await answerConsent(page, agree);
  const lesson = lessonById(lessonId);
  await page.getByText(lesson.cards[0].title).waitFor();
  for (let i = 1; i < lesson.cards.length; i++) {
    await page.getByRole('button', { name: 'Tiếp', exact: true }).click();
    await page.getByText(lesson.cards[i].title).waitFor();
  }
  await startQuiz(page);
  for (const q of lesson.quiz) {
    await page.getByText(q.question, { exact: true }).waitFor();
    await optionByText(page, q.options[q.correct].text).click();
    await page.locator('.hvs-actions .hvs-btn-primary').click();
  }
  await expect.poll(() => page.locator('.hvs-result').getAttribute('data-passed')).toBe('true');
  // The open and the completion have reached the service: nothing waits on the phone.
  await expect.poll(() => page.evaluate(() => localStorage.getItem('hvs-school-queue'))).toBeNull();
  const saved = await page.evaluate(() => localStorage.getItem('hvs-school'));
  if (agree) expect(Object.keys(JSON.parse(saved ?? '{}')).sort()).toEqual(['deviceId', 'links']);
  else expect(saved).toBeNull();
  await context.close();
}

describe('staff: ward admin, community tech team and school', () => {
  it('a team member signs in on a computer, finds a household, records an assisted completion and downloads the report', async () => {
    // A household of tổ dân phố 3 where Bà Lan already learned one lesson in the app.
    const lan = await resident(e2e.server.url, 'Bà Lan');
    const hh = (await lan.api.post('/api/households', { areaId: 'le-chan/3', label: 'Số 12 ngõ 5' })).body.household;
    const shown = `${hh.code.slice(0, 3)}-${hh.code.slice(3)}`;
    expect((await lan.api.post('/api/completions', aCompletion())).status).toBe(201);

    // The first ward admin, bootstrapped as `npm run staff -- create-admin --ward le-chan` does it.
    const first = await e2e.server.services.staff.invites.createAdmin('le-chan');
    const adminContext = await desktopContext(e2e.browser);
    const admin = await acceptInvite(
      adminContext,
      first.code,
      'Chị Hoa (phường)',
      'Cán bộ phường',
      'staff-01-accept-admin-1280',
    );
    await fullShot(admin, 'staff-02-home-admin-1280');
    const teamCode = await invite(admin, 'team', 'Tổ dân phố 3', 'staff-03-invite-team-1280');

    // On the phone: the team member accepts the invite, then asks for a code to sign in on the ward's computer.
    const phone = await phoneContext(e2e.browser);
    const minh = await acceptInvite(
      phone,
      teamCode,
      'Anh Minh (tổ CNS)',
      'Tổ công nghệ số cộng đồng',
      'staff-04-accept-team-390',
    );
    // The ward admin's list: Minh has his role; an invite nobody will use is cancelled.
    await invite(admin, 'team', 'Tổ dân phố 5');
    await admin.goto(`${e2e.server.url}/staff/roster`);
    await admin.locator('[data-staff="Anh Minh (tổ CNS)"]').waitFor();
    expect(await admin.locator('[data-staff="Chị Hoa (phường)"]').innerText()).toContain('(tài khoản này)');
    await admin.getByRole('button', { name: 'Huỷ lời mời: Tổ công nghệ số cộng đồng · Tổ dân phố 5' }).click();
    await admin.setViewportSize({ width: 390, height: 844 });
    await fullShot(admin, 'staff-03b-roster-confirm-390');
    await admin.getByRole('button', { name: 'Đồng ý thu hồi' }).click();
    await admin.getByText('Không có lời mời nào đang chờ.').waitFor();
    await admin.setViewportSize({ width: 1280, height: 860 });
    expect(
      await e2e.server.services.db.selectFrom('staff_invites').select('id').where('used_at', 'is', null).execute(),
    ).toHaveLength(0);

    await minh.getByRole('button', { name: 'Lấy mã đăng nhập' }).click();
    const loginCode = await minh.getByTestId('login-code').innerText();
    expect(loginCode).toMatch(/^[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/);
    await fullShot(minh, 'staff-05-home-team-login-code-390');

    // On the computer.
    const desk = await desktopContext(e2e.browser);
    const page = await desk.newPage();
    await page.goto(`${e2e.server.url}/staff/sign-in`);
    await page.getByLabel('Mã đăng nhập').fill(loginCode.toLowerCase());
    await shot(page, 'staff-06-sign-in-1280');
    await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
    await expect.poll(() => page.getByTestId('staff-role').innerText()).toContain('Tổ dân phố 3');
    const used = await page.evaluate(() => JSON.parse(localStorage.getItem('hvs-app') ?? '{}').state.account);
    expect(used.session.name).toBe('Anh Minh (tổ CNS)');

    // New households for a round of visits.
    await page.locator('[data-staff-entry="households"]').click();
    await page.getByTestId('households-total').waitFor();
    await page.getByRole('button', { name: /Tạo hộ mới/ }).click();
    await page.getByLabel('Số hộ').fill('3');
    await page.getByRole('button', { name: 'Tạo hộ', exact: true }).click();
    await expect.poll(() => page.getByTestId('created-households').innerText()).toContain('Đã tạo 3 hộ');
    await expect.poll(() => page.getByTestId('households-total').innerText()).toContain('4/4');
    const [cards] = await Promise.all([
      desk.waitForEvent('page'),
      page.getByRole('button', { name: /In thẻ cho các hộ này/ }).click(),
    ]);
    await cards.waitForLoadState();
    await expect.poll(() => cards.locator('.card').count()).toBe(3);
    await shot(cards, 'staff-07b-join-cards-1280');
    await cards.close();
    await fullShot(page, 'staff-07-households-1280');

    // Find Bà Lan's household by its code, typed the way people do.
    await page.getByRole('searchbox', { name: 'Tìm hộ' }).fill(hh.code.slice(0, 4).toLowerCase());
    await expect.poll(() => page.locator('[data-household]').count()).toBe(1);
    await page.locator(`[data-household="${hh.code}"]`).click();
    await expect.poll(() => page.getByTestId('detail-code').innerText()).toBe(shown);
    await page.getByRole('heading', { name: /Số 12 ngõ 5/ }).waitFor();
    expect(await page.locator('[data-member-consent="given"]').innerText()).toContain('Đã đồng ý lưu dữ liệu');
    // Back to the list and in again: the search is still there (and in the address, for a reload).
    await page.getByRole('button', { name: 'Quay lại' }).filter({ visible: true }).first().click();
    await expect
      .poll(() => page.getByRole('searchbox', { name: 'Tìm hộ' }).inputValue())
      .toBe(hh.code.slice(0, 4).toLowerCase());
    expect(new URL(page.url()).searchParams.get('q')).toBe(hh.code.slice(0, 4).toLowerCase());
    await expect.poll(() => page.locator('[data-household]').count()).toBe(1);
    await page.locator(`[data-household="${hh.code}"]`).click();
    await expect.poll(() => page.getByTestId('detail-code').innerText()).toBe(shown);

    // A double tap records the visit once (the id is made on the device; assisted-form.test.tsx covers a retry).
    await page.getByLabel('Bài học').selectOption({ label: lessonById('vneid-levels').title });
    await page.getByLabel('Người học').selectOption({ label: 'Bà Lan' });
    // Nothing is preselected: the result and the score are said out loud, never assumed.
    await page.getByRole('button', { name: '✓ Đạt' }).click();
    await page.getByLabel('Điểm (%)').fill('100');
    await page.getByRole('button', { name: 'Ghi nhận', exact: true }).dblclick();
    await page.getByText(`Đã ghi nhận: ${lessonById('vneid-levels').title}`).waitFor();
    await expect.poll(() => page.locator('[data-detail-lesson="vneid-levels"]').getAttribute('data-done')).toBe('true');
    await expect.poll(() => page.locator('[data-history-source="assisted"]').count()).toBe(1);
    expect(await page.locator('[data-history-source="assisted"]').innerText()).toContain('Bà Lan');
    expect(await page.locator('[data-history-source="assisted"]').innerText()).toContain('ghi bởi Anh Minh (tổ CNS)');
    const results = await e2e.server.services.db
      .selectFrom('completions')
      .selectAll()
      .where('household_id', '=', hh.id)
      .execute();
    expect(results.filter((r) => r.source === 'assisted')).toHaveLength(1);
    await fullShot(page, 'staff-08-detail-assisted-1280');

    // The survey on the visit.
    await page.getByRole('button', { name: /Làm khảo sát/ }).click();
    await page.getByRole('heading', { name: /Khảo sát: Số 12 ngõ 5/ }).waitFor();
    for (const group of await page.locator('.hvs-yes-no').all())
      await group.getByRole('button', { name: 'Có', exact: true }).click();
    await page.getByRole('button', { name: /Mức 1/ }).click();
    await page.getByRole('button', { name: 'Phòng lừa đảo trên mạng' }).click();
    await fullShot(page, 'staff-09-survey-team-1280');
    await page.getByRole('button', { name: 'Lưu khảo sát' }).click();
    await expect.poll(() => page.getByTestId('survey-summary').innerText()).toContain('Mức 1');
    expect(await page.getByTestId('survey-summary').innerText()).toContain('Tổ công nghệ số ghi khi đến thăm');

    // Coverage and the ward report.
    await page.goto(`${e2e.server.url}/staff/coverage`);
    await page.getByTestId('coverage').waitFor();
    await expect.poll(() => page.locator('[data-bar="vneid-levels"]').innerText()).toContain('25%');
    await fullShot(page, 'staff-10-coverage-1280');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Tải Excel' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^hoc-vu-so-.*\.xlsx$/);
    const bytes = await readFile((await file.path())!);
    expect(bytes.length).toBeGreaterThan(1000);
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    await page.getByText(/^Đã tải hoc-vu-so-/).waitFor();

    // The same screens on the team member's phone, also at the largest text on a 360 px screen.
    await minh.goto(`${e2e.server.url}/staff/households`);
    await minh.getByTestId('households-total').waitFor();
    await fullShot(minh, 'staff-11-households-390');
    await auditScreen(minh, NORMAL, 'staff-households');
    await minh.locator(`[data-household="${hh.code}"]`).click();
    await minh.getByTestId('detail-code').waitFor();
    await fullShot(minh, 'staff-12-detail-390');
    await auditScreen(minh, NORMAL, 'staff-detail');
    await minh.setViewportSize({ width: 360, height: 780 });
    await xlargeShot(minh, 'staff-13-detail-xl-360');
    await shot(minh, 'staff-13b-detail-top-xl-360');
    await auditScreen(minh, XL, 'staff-detail');
    await minh.goto(`${e2e.server.url}/staff/households`);
    await minh.getByTestId('households-total').waitFor();
    await xlargeShot(minh, 'staff-14-households-xl-360');
    await auditScreen(minh, XL, 'staff-households');
    await minh.goto(`${e2e.server.url}/staff/coverage`);
    await minh.getByTestId('coverage').waitFor();
    await xlargeShot(minh, 'staff-15-coverage-xl-360');
    await auditScreen(minh, XL, 'staff-coverage');

    await adminContext.close();
    await phone.close();
    await desk.close();
  });

  it('a resident answers the household survey from the household screen', async () => {
    const context = await phoneContext(e2e.browser);
    const page = await context.newPage();
    await page.goto(`${e2e.server.url}/household`);
    await answerConsent(page, true);
    await devSignIn(page, 'Ông Tư');
    await page.getByRole('button', { name: /Tạo hộ mới/ }).click();
    await page.getByText('Tổ dân phố 4', { exact: true }).click();
    await page.getByRole('button', { name: 'Tạo hộ gia đình' }).click();
    await page.getByRole('button', { name: 'Xem hộ gia đình' }).click();
    await page.getByTestId('open-survey').click();
    await page.getByRole('heading', { name: 'Khảo sát kỹ năng số của hộ' }).waitFor();
    await page.getByRole('button', { name: 'Gửi khảo sát' }).click();
    await page.getByText('Còn 8 câu chưa trả lời.').waitFor();
    await page.setViewportSize({ width: 360, height: 780 });
    await xlargeShot(page, 'staff-16-survey-resident-xl-360');
    await auditScreen(page, XL, 'survey-resident');
    await page.evaluate(() => (document.documentElement.dataset.textSize = 'normal'));
    await page.setViewportSize({ width: 390, height: 844 });
    for (const group of await page.locator('.hvs-yes-no').all())
      await group.getByRole('button', { name: 'Không', exact: true }).click();
    await page.getByRole('button', { name: /Chưa có/ }).click();
    await page.getByRole('button', { name: 'VNeID', exact: true }).click();
    await page.getByRole('button', { name: 'Gửi khảo sát' }).click();
    await page.getByText('Cảm ơn cả nhà đã trả lời khảo sát!').waitFor();
    await page.getByRole('heading', { name: 'Hộ gia đình của bác' }).waitFor();
    await expect.poll(() => page.getByTestId('open-survey').getAttribute('data-answered')).toBe('true');
    expect(await page.getByTestId('open-survey').innerText()).toContain('Sửa');
    const me = await page.evaluate(
      () => JSON.parse(localStorage.getItem('hvs-app') ?? '{}').state.account.household.id,
    );
    const survey = await e2e.server.services.db
      .selectFrom('surveys')
      .selectAll()
      .where('household_id', '=', me)
      .executeTakeFirstOrThrow();
    expect(survey).toMatchObject({
      filled_by: 'resident',
      answers: { uses: { vneidLevel: 0 }, wantsToLearn: { topics: ['vneid'] } },
    });
    await fullShot(page, 'staff-17-household-survey-card-390');

    // Settings has the way in for staff; a resident who is not staff is told so and offered the invite code.
    await page.goto(`${e2e.server.url}/settings`);
    await page.getByTestId('open-staff').click();
    await page.getByTestId('not-staff').waitFor();
    await fullShot(page, 'staff-18-not-staff-390');
    await context.close();
  });

  it('a school makes a lesson link, parents open it and finish the lesson, and the count moves (hidden below 3)', async () => {
    const adminContext = await desktopContext(e2e.browser);
    const admin = await acceptInvite(
      adminContext,
      (await e2e.server.services.staff.invites.createAdmin('le-chan')).code,
      'Anh Sơn (phường)',
      'Cán bộ phường',
    );
    const schoolCode = await invite(admin, 'school', 'Trường Tiểu học Lê Chân');
    await adminContext.close();

    const phone = await phoneContext(e2e.browser);
    const school = await acceptInvite(phone, schoolCode, 'Cô Thảo', 'Trường Tiểu học Lê Chân');
    await school.locator('[data-staff-entry="school"]').click();
    await school.getByLabel('Lớp').fill('5A');
    await school.getByLabel('Bài học').selectOption({ label: lessonById('vneid-install').title });
    await school.getByRole('button', { name: 'Tạo đường link' }).click();
    const link = await school.getByTestId('made-link-url').innerText();
    expect(link).toMatch(/^https:\/\/zalo\.me\/s\/[^/]+\/lesson\/vneid-install\?src=[A-Za-z0-9_-]{16,64}$/);
    await school.locator('[data-link] [data-count="opened"]').waitFor();
    await fullShot(school, 'staff-19-school-link-390');
    const path = new URL(link).pathname.replace(/^\/s\/[^/]+/, '') + new URL(link).search;

    const counts = async () => {
      await school.getByRole('button', { name: /Cập nhật số liệu/ }).click();
      await school.waitForTimeout(300);
      return [
        await school.locator('[data-count="opened"]').innerText(),
        await school.locator('[data-count="completed"]').innerText(),
      ];
    };
    const devices = async () =>
      new Set(
        (await e2e.server.services.db.selectFrom('school_link_events').select('device_hash').execute()).map(
          (e) => e.device_hash,
        ),
      ).size;
    await parentTakesLesson(path, 'vneid-install', true, 'staff-19c-consent-notice-school-390');
    await parentTakesLesson(path, 'vneid-install', false);
    expect(await devices()).toBe(1);
    await parentTakesLesson(path, 'vneid-install', true);
    await expect.poll(counts).toEqual(['dưới 3', 'dưới 3']);
    await parentTakesLesson(path, 'vneid-install', true);
    await expect.poll(counts).toEqual(['3', '3']);
    expect(await devices()).toBe(3);
    // Weeks later the school prints the class's QR once more, from the list.
    await school.locator('[data-qr-again]').first().click();
    await school.getByRole('heading', { name: 'Mã QR của lớp 5A' }).waitFor();
    expect(await school.getByTestId('made-link-url').innerText()).toBe(link);
    await fullShot(school, 'staff-19b-school-qr-again-390');
    await fullShot(school, 'staff-20-school-counts-390');
    await auditScreen(school, NORMAL, 'staff-school');
    await school.setViewportSize({ width: 1280, height: 860 });
    await fullShot(school, 'staff-21-school-counts-1280');
    await school.setViewportSize({ width: 360, height: 780 });
    await xlargeShot(school, 'staff-22-school-xl-360');
    await auditScreen(school, XL, 'staff-school');
    await phone.close();
  });
});
