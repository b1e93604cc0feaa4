import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { startAppServer, type RunningApp } from '../e2e/support/app-server';
import { backends } from '../support/backends';
import { aSurvey, adminAndTeam, anAssisted, cityUser, daysAgo, download, type StaffUser } from '../support/staff';
import { vnCalendarDay } from '../../src/core/calendar/vietnam-time';

// The ward plans' reports over a small known ward: five households in tổ 1 (four surveyed, two finished), two in
// tổ 2 (nothing yet). The fixture's targets: every household finished by 31/12/2026, VNeID level 2 for 80 % by
// 30/06/2027.

type Indicator = { id: string; count: number | null; of: number | null; pct: number | null };
const find = (xs: Indicator[], id: string) => xs.find((x) => x.id === id);
const DAY = 86_400_000;

describe.each(backends)('ward reports on %s', (backend) => {
  let app: RunningApp;
  let admin: StaffUser;
  let team: StaffUser;
  let city: StaffUser;
  beforeAll(async () => {
    app = await startAppServer({ backend });
    ({ admin, team } = await adminAndTeam(app, ['le-chan/1', 'le-chan/2']));
    city = await cityUser(app);
    const one = (await team.api.post('/api/staff/households', { areaId: 'le-chan/1', count: 5 })).body;
    await team.api.post('/api/staff/households', { areaId: 'le-chan/2', count: 2 });
    const surveys = [
      aSurvey({ vneidLevel: 1 }),
      aSurvey({ vneidLevel: 1 }),
      aSurvey({ vneidLevel: 1, smartphone: false }),
      aSurvey({ vneidLevel: 2 }),
    ];
    for (const [i, s] of surveys.entries())
      expect((await team.api.post(`/api/staff/households/${one[i].id}/survey`, s)).status).toBe(200);
    for (const h of one.slice(0, 2)) {
      for (const lessonId of app.services.lessons.required)
        await team.api.post(
          `/api/staff/households/${h.id}/assisted`,
          anAssisted({ lessonId, completedAt: daysAgo(3) }),
        );
    }
  });
  afterAll(() => app?.close());

  it("gives the team its tổ's indicators, the pace against each target and the date it is reached", async () => {
    const r = (await team.api.get('/api/staff/reports/ward')).body;
    expect(r).toMatchObject({ wardId: 'le-chan', wardName: 'Phường Lê Chân', suppressed: false });
    expect(find(r.indicators, 'reach')).toEqual({ id: 'reach', count: 4, of: 7, pct: 57.1 });
    expect(find(r.indicators, 'completed')).toEqual({ id: 'completed', count: 2, of: 7, pct: 28.6 });
    expect(find(r.indicators, 'vneid2')).toEqual({ id: 'vneid2', count: 1, of: 4, pct: 25 });
    expect(find(r.indicators, 'smartphone')).toEqual({ id: 'smartphone', count: 3, of: 4, pct: 75 });
    expect(r.byArea.map((a: { areaId: string }) => a.areaId)).toEqual(['le-chan/1', 'le-chan/2']);
    // Two households finished in the last four weeks: half a household a week, five to go, so 70 days from today.
    const today = vnCalendarDay(new Date()).toISOString().slice(0, 10);
    const reachedBy = new Date(Date.parse(`${today}T00:00:00Z`) + 70 * DAY).toISOString().slice(0, 10);
    expect(r.targets[0]).toMatchObject({
      indicator: 'completed',
      share: 100,
      by: '2026-12-31',
      count: 2,
      of: 7,
      remaining: 5,
      perWeek: 0.5,
      reachedBy,
    });
    expect(r.targets[0].status).toBe(reachedBy <= '2026-12-31' ? 'on_track' : 'late');
    // 80 % of 4 surveyed is 3.2: four households must say level 2. One does, since this week: a quarter a week
    // (shown as 0.3), so three more take 84 days.
    const vneidBy = new Date(Date.parse(`${today}T00:00:00Z`) + 84 * DAY).toISOString().slice(0, 10);
    expect(r.targets[1]).toMatchObject({
      indicator: 'vneid2',
      count: 1,
      of: 4,
      remaining: 3,
      perWeek: 0.3,
      reachedBy: vneidBy,
    });
    expect(r.needs.find((n: { need: string }) => n.need === 'online-safety').households).toBe(4);
    const month = today.slice(0, 7);
    expect(r.monthly.at(-1)).toEqual({ month, households: 7, surveyed: 4, complete: 2 });
    expect(r.monthly).toHaveLength(12);
  });

  it('hides counts of 1 or 2 from the ward admin, who sees counts and never names', async () => {
    const r = (await admin.api.get('/api/staff/reports/ward')).body;
    expect(r.suppressed).toBe(true);
    expect(r.byArea).toHaveLength(12);
    const two = r.byArea.find((a: { areaId: string }) => a.areaId === 'le-chan/2');
    expect(find(two.indicators, 'reach')).toEqual({ id: 'reach', count: 0, of: null, pct: null });
    expect(find(r.indicators, 'completed')).toEqual({ id: 'completed', count: null, of: 7, pct: null });
    expect(JSON.stringify(r)).not.toMatch(/label|display_name|name":"(Chị|Anh|Bà|Ông)/);
  });

  it('ranks what to organise in each tổ, and the team can open the visit list behind an item', async () => {
    const plan = (await team.api.get('/api/staff/reports/training-plan')).body;
    expect(plan.visitLists).toBe(true);
    const one = plan.areas.find((a: { areaId: string }) => a.areaId === 'le-chan/1');
    const items = one.items.map((i: { kind: string; fact?: string; need?: string; households: number }) => [
      i.fact ?? i.need ?? i.kind,
      i.households,
    ]);
    expect(items.slice(0, 5)).toEqual([
      ['online_services', 4],
      ['smart_hai_phong', 4],
      ['public-services', 4],
      ['online-safety', 4],
      ['vneid2', 3],
    ]);
    expect(items).toContainEqual(['survey', 1]);
    expect(items).toContainEqual(['smartphone', 1]);
    const list = async (q: string) => (await team.api.get(`/api/staff/households?areaId=le-chan/1&${q}`)).body.total;
    expect(await list('lacks=vneid2')).toBe(3);
    expect(await list('lacks=smartphone')).toBe(1);
    expect(await list('filter=no_survey')).toBe(1);
    expect(await list('wants=online-safety')).toBe(4);
    expect((await team.api.get('/api/staff/households?lacks=wifi')).status).toBe(400);
    const adminPlan = (await admin.api.get('/api/staff/reports/training-plan')).body;
    expect(adminPlan.visitLists).toBe(false);
    const adminOne = adminPlan.areas.find((a: { areaId: string }) => a.areaId === 'le-chan/1');
    expect(adminOne.items.find((i: { kind: string }) => i.kind === 'survey')).toMatchObject({
      households: 1,
      shown: null,
    });
  });

  it('gives the city every ward, counts only, and marks a ward behind its plan', async () => {
    const r = (await city.api.get('/api/staff/reports/city')).body;
    const ward = r.wards.find((w: { wardId: string }) => w.wardId === 'le-chan');
    expect(find(ward.indicators, 'reach')).toEqual({ id: 'reach', count: 4, of: 7, pct: 57.1 });
    expect(ward.completedPerWeek).toBe(0.5);
    expect(ward.lagging).toBe(
      ward.targets.some((t: { status: string }) => t.status === 'late' || t.status === 'stalled'),
    );
    expect(find(r.city.indicators, 'completed')).toEqual({ id: 'completed', count: null, of: 7, pct: null });
    expect((await city.api.get('/api/staff/households')).status).toBe(403);
    expect((await city.api.get('/api/staff/me')).body).toMatchObject({ role: 'city', areaIds: [] });
  });

  it('writes the annual workbook, whose totals match the database', async () => {
    const file = await download(app, '/api/staff/reports/annual.xlsx', admin.token);
    expect(file.status).toBe(200);
    expect(file.disposition).toMatch(/bao-cao-nam-le-chan-\d{4}-\d{2}-\d{2}\.xlsx/);
    const { default: ExcelJS } = await import('exceljs');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file.bytes as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Tổng hợp', 'Theo tổ', 'Nhu cầu', 'Xu hướng theo tháng']);
    const byArea = wb.getWorksheet('Theo tổ')!;
    const totalRow = byArea.getRow(byArea.rowCount);
    expect(totalRow.getCell(1).value).toBe('Cả phường');
    const households = Number(
      (
        await sql<{ n: number }>`select count(*)::int as n from households where area_id like 'le-chan/%'`.execute(
          app.services.db,
        )
      ).rows[0].n,
    );
    expect(totalRow.getCell(2).value).toBe(households);
    const surveyed = Number(
      (
        await sql<{
          n: number;
        }>`select count(*)::int as n from surveys s join households h on h.id = s.household_id where h.area_id like 'le-chan/%'`.execute(
          app.services.db,
        )
      ).rows[0].n,
    );
    expect(totalRow.getCell(3).value).toBe(surveyed);
    const summary = wb.getWorksheet('Tổng hợp')!;
    expect(String(summary.getRow(1).getCell(1).value)).toBe('Báo cáo kết quả Bình dân học vụ số — Phường Lê Chân');
    const sentences: string[] = [];
    summary.eachRow((row) => sentences.push(String(row.getCell(1).value ?? '')));
    expect(
      sentences.some((s) =>
        /^Hộ đã học xong các bài bắt buộc: 2\/7 hộ \(28,6\u00a0%\); mục tiêu 100\u00a0% trước 31\/12\/2026\. 4 tuần qua: trung bình 0,5 hộ\/tuần/.test(
          s,
        ),
      ),
    ).toBe(true);
  });
});
