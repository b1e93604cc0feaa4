import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppServer, type RunningApp } from '../e2e/support/app-server';
import { backends } from '../support/backends';
import { parseCsv } from '../support/csv';
import { aSurvey, anAssisted, download, invited, wardAdmin, type StaffUser } from '../support/staff';
import { seedWard } from '../bench/seed-ward';

const FIXED = ['Mã hộ', 'Tổ dân phố', 'Nhãn', 'Số thành viên'];
const AFTER = [
  'Hoàn thành',
  'Ngày hoàn thành',
  'Nguồn',
  'Đã khảo sát',
  'Điện thoại thông minh',
  'Máy tính',
  'Internet',
  'Dùng Zalo',
  'Mức VNeID',
  'Dịch vụ công trực tuyến',
  'Thanh toán không tiền mặt',
  'Smart Hải Phòng',
  'Muốn học',
  'Người điền khảo sát',
];

describe.each(backends)('ward exports on %s', (backend) => {
  let app: RunningApp;
  let admin: StaffUser;
  let team: StaffUser;
  let headers: string[];
  beforeAll(async () => {
    app = await startAppServer({ backend });
    const { lessons } = app.services;
    headers = [...FIXED, ...lessons.required.map((id) => lessons.lessons.get(id)!.vi.title), ...AFTER];
    // More than two pages (1,000 rows each) in one tổ dân phố, so the keyset paging is exercised.
    await seedWard(app.services.db, {
      households: 2100,
      areaIds: ['le-chan/1'],
      lessonIds: [...lessons.lessons.keys()],
      required: lessons.required,
    });
    admin = await wardAdmin(app);
    team = await invited(app, admin, { role: 'team', areaIds: ['le-chan/2'] });
    const made = (
      await team.api.post('/api/staff/households', { areaId: 'le-chan/2', count: 3, label: 'Số 7, "ngõ" 3' })
    ).body;
    for (const lessonId of lessons.required)
      await team.api.post(
        `/api/staff/households/${made[0].id}/assisted`,
        anAssisted({ lessonId, completedAt: '2026-11-20T20:00:00Z' }),
      );
    await team.api.post(`/api/staff/households/${made[0].id}/survey`, aSurvey({ vneidLevel: 1 }));
  });
  afterAll(() => app?.close());

  /** Households whose passed results before `before` cover every required lesson, counted in SQL. */
  async function completedInDb(before = new Date('2100-01-01')) {
    const req = app.services.lessons.required;
    const r = await sql<{
      n: number;
    }>`select count(*)::int as n from (select household_id from completions where passed and completed_at < ${before}
      and lesson_id in (${sql.join(req)}) group by household_id having count(distinct lesson_id) = ${req.length}) t`.execute(
      app.services.db,
    );
    return r.rows[0].n;
  }
  const households = async () =>
    Number(
      (
        await app.services.db
          .selectFrom('households')
          .select(({ fn }) => fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  async function xlsx(path: string, token = admin.token) {
    const res = await download(app, path, token);
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.bytes as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Hộ gia đình')!;
    const rows: unknown[][] = [];
    ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    return { res, rows };
  }
  const col = (rows: unknown[][], name: string) => rows.slice(1).map((r) => r[headers.indexOf(name)]);

  it('streams an XLSX with Vietnamese headers whose totals match the database', async () => {
    const { res, rows } = await xlsx('/api/staff/export.xlsx');
    expect(res.type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.disposition).toMatch(/^attachment; filename="hoc-vu-so-le-chan-\d{4}-\d{2}-\d{2}\.xlsx"$/);
    expect(rows[0]).toEqual(headers);
    expect(rows.length - 1).toBe(await households());
    expect(col(rows, 'Hoàn thành').filter((v) => v === 'Có')).toHaveLength(await completedInDb());
    const members = await app.services.db
      .selectFrom('members')
      .select(({ fn }) => fn.countAll().as('n'))
      .where('household_id', 'is not', null)
      .executeTakeFirstOrThrow();
    expect(col(rows, 'Số thành viên').reduce((s: number, v) => s + Number(v), 0)).toBe(Number(members.n));
    expect(new Set(col(rows, 'Mã hộ')).size).toBe(rows.length - 1);
    // Ward staff see no household labels (the data notice's promise); the team's own export has them.
    expect(col(rows, 'Nhãn').filter(Boolean)).toEqual([]);
    const visited = rows.find((r) => r[1] === 'Tổ dân phố 2' && r[headers.indexOf('Đã khảo sát')] === 'Có')!;
    expect(visited[headers.indexOf('Mức VNeID')]).toBe(1);
    expect(visited[headers.indexOf('Nguồn')]).toBe(
      `${app.services.lessons.required.length} bài học cùng tổ công nghệ số`,
    );
    // 20:00 UTC on 20 Nov is already 21 Nov in Hải Phòng.
    expect(visited[headers.indexOf('Ngày hoàn thành')]).toEqual(new Date(Date.UTC(2026, 10, 21)));
    expect(visited[headers.indexOf('Muốn học')]).toBe('An toàn trên mạng; Dịch vụ công trực tuyến');
  });

  it('writes the same rows to a CSV with a UTF-8 byte-order mark', async () => {
    const res = await download(app, '/api/staff/export.csv', admin.token);
    expect([...res.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(res.bytes.toString('utf8').slice(1));
    expect(rows[0]).toEqual(headers);
    expect(rows.length - 1).toBe(await households());
    expect(col(rows, 'Hoàn thành').filter((v) => v === 'Có')).toHaveLength(await completedInDb());
    expect(col(rows, 'Nhãn')).not.toContain('Số 7, "ngõ" 3');
    expect(new Set(rows.map((r) => r.length))).toEqual(new Set([headers.length]));
    const teamCsv = parseCsv(
      (await download(app, '/api/staff/export.csv', team.token)).bytes.toString('utf8').slice(1),
    );
    expect(col(teamCsv, 'Nhãn')).toContain('Số 7, "ngõ" 3');
  });

  it('limits results to the date range and rows to the caller’s tổ dân phố', async () => {
    const { rows } = await xlsx('/api/staff/export.xlsx?to=2026-10-15');
    expect(col(rows, 'Hoàn thành').filter((v) => v === 'Có')).toHaveLength(
      await completedInDb(new Date('2026-10-16T00:00:00+07:00')),
    );
    const teamRows = (await xlsx('/api/staff/export.xlsx', team.token)).rows;
    expect(teamRows).toHaveLength(4);
    expect(new Set(col(teamRows, 'Tổ dân phố'))).toEqual(new Set(['Tổ dân phố 2']));
    expect((await download(app, '/api/staff/export.csv?areaId=le-chan/1', team.token)).status).toBe(403);
    expect((await download(app, '/api/staff/export.csv?from=not-a-date', team.token)).status).toBe(400);
  });
});
