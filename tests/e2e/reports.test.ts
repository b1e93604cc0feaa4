import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { aSurvey, anAssisted, daysAgo, invited, wardAdmin, type StaffUser } from '../support/staff';
import { auditScreen, PROFILES, profileContext } from './support/audit';
import { e2eSuite } from './support/e2e-suite';
import { fullShot, overflowX } from './support/screens';

// The report screens of issue 16 over a small ward: tổ 1 with eight households (six surveyed, three finished), tổ 2
// with three (one surveyed). Ward admin, team and city each open their screens on a phone and on a computer.
const e2e = e2eSuite();
const [XL, NORMAL] = PROFILES;

async function seed() {
  const admin = await wardAdmin(e2e.server, 'le-chan', 'Chị Hoa (dữ liệu)');
  const team = await invited(e2e.server, admin, { role: 'team', areaIds: ['le-chan/1', 'le-chan/2'] });
  const one = (await team.api.post('/api/staff/households', { areaId: 'le-chan/1', count: 8 })).body;
  const two = (await team.api.post('/api/staff/households', { areaId: 'le-chan/2', count: 3 })).body;
  const surveys = [
    aSurvey({ vneidLevel: 1 }),
    aSurvey({ vneidLevel: 1, smartphone: false }),
    aSurvey({ vneidLevel: 2 }),
    aSurvey({ vneidLevel: 0 }),
    aSurvey({ vneidLevel: 1 }),
    aSurvey({ vneidLevel: 2, other: 'Xem thời tiết' }),
  ];
  for (const [i, s] of surveys.entries()) await team.api.post(`/api/staff/households/${one[i].id}/survey`, s);
  await team.api.post(`/api/staff/households/${two[0].id}/survey`, aSurvey());
  for (const h of one.slice(0, 3))
    for (const lessonId of e2e.server.services.lessons.required)
      await team.api.post(`/api/staff/households/${h.id}/assisted`, anAssisted({ lessonId, completedAt: daysAgo(2) }));
  return admin;
}

/** Opens an invite link in `context`, signs in as `name` and takes the role; returns the page on the staff start screen. */
async function takeRole(context: BrowserContext, code: string, name: string) {
  const page = await context.newPage();
  await page.goto(`${e2e.server.url}/staff/accept?code=${encodeURIComponent(code)}`);
  await page.getByText('Đăng nhập thử — chỉ dùng khi phát triển').waitFor();
  await page.getByLabel('Tên hiển thị').fill(name);
  await page.getByRole('button', { name: 'Đăng nhập thử' }).click();
  await page.getByRole('button', { name: 'Nhận vai trò' }).click();
  await page.getByRole('button', { name: 'Mở trang cán bộ' }).click();
  await page.getByRole('heading', { name: 'Dành cho cán bộ' }).waitFor();
  return page;
}

async function open(page: Page, path: string, testId: string, shotName: string) {
  await page.goto(`${e2e.server.url}${path}`);
  await page.getByTestId(testId).waitFor();
  expect(await overflowX(page)).toBeLessThanOrEqual(0);
  await fullShot(page, shotName);
}

const desktopContext = () => e2e.browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'vi-VN' });

/** Each flow opens several screens in three screen sizes, with an axe-core audit on each. */
const LONG = 240_000;

describe('report screens', () => {
  let admin: StaffUser;
  beforeAll(async () => {
    admin = await seed();
  });

  it(
    'a ward admin reads the report, prints the summary and sees the training plan, on a phone and a computer',
    async () => {
      // The ward admin, on a phone (usual and largest text) and on a computer.
      for (const profile of [NORMAL, XL]) {
        const context = await profileContext(e2e.browser, profile);
        const page = await takeRole(
          context,
          (await e2e.server.services.staff.invites.createAdmin('le-chan')).code,
          `Chị Hoa ${profile.name}`,
        );
        await page.getByRole('button', { name: /Báo cáo của phường/ }).click();
        await page.getByTestId('ward-report').waitFor();
        await page.getByText(/^Hộ đã học xong các bài bắt buộc: 3\/11 hộ/).waitFor();
        expect(await overflowX(page)).toBeLessThanOrEqual(0);
        await fullShot(page, `report-01-ward-${profile.name}`);
        await auditScreen(page, profile, 'report-ward', {
          primary: page.getByRole('button', { name: /Tải báo cáo năm \(Excel\)/ }),
        });
        await page.getByRole('button', { name: /In bản tóm tắt/ }).click();
        await page.getByTestId('print-sheet').waitFor();
        await fullShot(page, `report-02-print-${profile.name}`);
        await auditScreen(page, profile, 'report-print');
        await open(page, '/staff/training-plan', 'training-plan', `report-03-plan-${profile.name}`);
        expect(await page.getByRole('link', { name: /Xem danh sách hộ/ }).count()).toBe(0);
        await auditScreen(page, profile, 'report-plan');
        await context.close();
      }
      const context = await desktopContext();
      const page = await takeRole(
        context,
        (await e2e.server.services.staff.invites.createAdmin('le-chan')).code,
        'Chị Hoa (máy tính)',
      );
      await open(page, '/staff/report', 'ward-report', 'report-01-ward-1280');
      await open(page, '/staff/report/print', 'print-sheet', 'report-02-print-1280');
      await expect
        .poll(() => page.getByRole('heading', { level: 1 }).innerText())
        .toBe('Báo cáo kết quả Bình dân học vụ số — Phường Lê Chân');
      // On paper: the app's header and buttons go, and the summary fits one A4 page.
      await page.emulateMedia({ media: 'print' });
      await page.setViewportSize({ width: 703, height: 1032 });
      expect(await page.getByRole('button', { name: /In \/ Lưu PDF/ }).isVisible()).toBe(false);
      expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(1032);
      await fullShot(page, 'report-02b-print-paper');
      await page.emulateMedia({ media: 'screen' });
      await page.setViewportSize({ width: 1280, height: 800 });
      await open(page, '/staff/training-plan', 'training-plan', 'report-03-plan-1280');
      await context.close();
    },
    LONG,
  );

  // Each plan item links to its households, and the list says what it is filtered by.
  it(
    'a team opens the households behind a training-plan item',
    async () => {
      const code = (await admin.api.post('/api/staff/invites', { role: 'team', areaIds: ['le-chan/1'] })).body.code;
      const teamContext = await profileContext(e2e.browser, NORMAL);
      const team = await takeRole(teamContext, code, 'Anh Tuấn (tổ 1)');
      await open(team, '/staff/training-plan', 'training-plan', 'report-04-plan-team-normal-390');
      await team.getByRole('link', { name: /Xem danh sách hộ/, description: /hộ cần hướng dẫn VNeID mức 2/ }).click();
      await team.getByTestId('plan-filter').waitFor();
      expect(team.url()).toContain('lacks=vneid2');
      await expect.poll(() => team.getByTestId('households-total').innerText()).toMatch(/\/4 hộ/);
      await fullShot(team, 'report-05-visit-list-normal-390');
      await teamContext.close();
    },
    LONG,
  );

  it(
    'the city sees only its overview: totals, then the wards side by side',
    async () => {
      for (const [name, make] of [
        ['normal-390', () => profileContext(e2e.browser, NORMAL)],
        ['xl-360', () => profileContext(e2e.browser, XL)],
        ['1280', desktopContext],
      ] as const) {
        const cityContext = await make();
        const city = await takeRole(
          cityContext,
          (await e2e.server.services.staff.invites.createCity()).code,
          `Anh Minh ${name}`,
        );
        expect(
          await city
            .locator('[data-staff-entry]')
            .evaluateAll((xs) => xs.map((x) => (x as HTMLElement).dataset.staffEntry)),
        ).toEqual(['city']);
        await fullShot(city, `report-06-city-home-${name}`);
        await city.getByRole('button', { name: /Toàn thành phố/ }).click();
        await city.getByTestId('city-overview').waitFor();
        expect(await overflowX(city)).toBeLessThanOrEqual(0);
        await fullShot(city, `report-07-city-${name}`);
        if (name !== '1280') await auditScreen(city, name === 'xl-360' ? XL : NORMAL, 'report-city');
        await cityContext.close();
      }
    },
    LONG,
  );
});
