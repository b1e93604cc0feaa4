import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppServer, type RunningApp } from '../e2e/support/app-server';
import { apiClient, resident } from '../support/api-client';
import { backends } from '../support/backends';
import { aSurvey, addWard, anAssisted, cityUser, invited, wardAdmin } from '../support/staff';

const ROLES = ['anonymous', 'resident', 'teamA', 'teamB', 'school', 'otherAdmin', 'admin', 'city'] as const;
type Role = (typeof ROLES)[number];
type Case = {
  name: string;
  method: 'GET' | 'POST' | 'DELETE';
  path: (ids: Ids) => string;
  body?: (ids: Ids) => unknown;
  expect: number[];
};
type Ids = { a: string; b: string; aCode: string; invite: string; staffC: string };

// One row per endpoint; statuses in ROLES order. Team A looks after le-chan/1 (household A), team B le-chan/2
// (household B); the other admin runs a different ward. Whatever the role, a refusal is a 401, 403 or 404.
const CASES: Case[] = [
  { name: 'staff me', method: 'GET', path: () => '/api/staff/me', expect: [401, 403, 200, 200, 200, 200, 200, 200] },
  {
    name: 'invite a team member',
    method: 'POST',
    path: () => '/api/staff/invites',
    body: () => ({ role: 'team', areaIds: ['le-chan/1'] }),
    expect: [401, 403, 403, 403, 403, 403, 201, 403],
  },
  {
    name: 'desktop sign-in code',
    method: 'POST',
    path: () => '/api/staff/login-codes',
    expect: [401, 403, 201, 201, 201, 201, 201, 201],
  },
  {
    name: 'list area A',
    method: 'GET',
    path: () => '/api/staff/households?areaId=le-chan/1',
    expect: [401, 403, 200, 403, 403, 403, 200, 403],
  },
  {
    name: 'list area A, filtered',
    method: 'GET',
    path: () => '/api/staff/households?areaId=le-chan/1&filter=needs_visit&page=1',
    expect: [401, 403, 200, 403, 403, 403, 200, 403],
  },
  {
    name: 'list own areas',
    method: 'GET',
    path: () => '/api/staff/households',
    expect: [401, 403, 200, 200, 403, 200, 200, 403],
  },
  // Names are for the team of that tổ only: ward admins see counts (the data notice's promise).
  {
    name: 'household A by id',
    method: 'GET',
    path: (i) => `/api/staff/households/${i.a}`,
    expect: [401, 403, 200, 404, 403, 403, 403, 403],
  },
  {
    name: 'a guessed household id',
    method: 'GET',
    path: () => `/api/staff/households/${randomUUID()}`,
    expect: [401, 403, 404, 404, 403, 403, 403, 403],
  },
  {
    name: 'assisted result for A',
    method: 'POST',
    path: (i) => `/api/staff/households/${i.a}/assisted`,
    body: () => anAssisted(),
    expect: [401, 403, 201, 404, 403, 404, 201, 403],
  },
  {
    name: 'survey for A',
    method: 'POST',
    path: (i) => `/api/staff/households/${i.a}/survey`,
    body: () => aSurvey(),
    expect: [401, 403, 200, 404, 403, 404, 200, 403],
  },
  {
    name: 'create households in A',
    method: 'POST',
    path: () => '/api/staff/households',
    body: () => ({ areaId: 'le-chan/1' }),
    expect: [401, 403, 201, 403, 403, 403, 201, 403],
  },
  {
    name: 'join cards for A by id',
    method: 'GET',
    path: (i) => `/api/staff/join-cards?ids=${i.a}`,
    expect: [401, 403, 200, 404, 403, 404, 200, 403],
  },
  {
    name: 'join cards for area A',
    method: 'GET',
    path: () => '/api/staff/join-cards?areaId=le-chan/1',
    expect: [401, 403, 200, 403, 403, 403, 200, 403],
  },
  {
    name: 'print link without households',
    method: 'POST',
    path: () => '/api/staff/join-cards/link',
    body: () => ({ ids: '' }),
    expect: [401, 403, 400, 400, 400, 400, 400, 400],
  },
  {
    name: 'print link for household A',
    method: 'POST',
    path: () => '/api/staff/join-cards/link',
    body: (i) => ({ ids: i.a }),
    expect: [401, 403, 201, 404, 403, 404, 201, 403],
  },
  {
    name: 'print link for area A',
    method: 'POST',
    path: () => '/api/staff/join-cards/link',
    body: () => ({ areaId: 'le-chan/1' }),
    expect: [401, 403, 201, 403, 403, 403, 201, 403],
  },
  {
    name: "the ward's invites and staff",
    method: 'GET',
    path: () => '/api/staff/roster',
    expect: [401, 403, 403, 403, 403, 200, 200, 403],
  },
  {
    name: 'revoke an open invite of ward A',
    method: 'DELETE',
    path: (i) => `/api/staff/roster/invites/${i.invite}`,
    expect: [401, 403, 403, 403, 403, 404, 200, 403],
  },
  {
    name: 'revoke a guessed invite id',
    method: 'DELETE',
    path: () => `/api/staff/roster/invites/${randomUUID()}`,
    expect: [401, 403, 403, 403, 403, 404, 404, 403],
  },
  {
    name: 'revoke a team member of ward A',
    method: 'DELETE',
    path: (i) => `/api/staff/roster/staff/${i.staffC}`,
    expect: [401, 403, 403, 403, 403, 404, 200, 403],
  },
  {
    name: 'revoke a malformed staff id',
    method: 'DELETE',
    path: () => '/api/staff/roster/staff/not-a-uuid',
    expect: [401, 403, 403, 403, 403, 404, 404, 403],
  },
  {
    name: 'coverage',
    method: 'GET',
    path: () => '/api/staff/coverage',
    expect: [401, 403, 200, 200, 403, 200, 200, 403],
  },
  {
    name: 'export.xlsx of area A',
    method: 'GET',
    path: () => '/api/staff/export.xlsx?areaId=le-chan/1',
    expect: [401, 403, 200, 403, 403, 403, 200, 403],
  },
  {
    name: 'export.csv of area A',
    method: 'GET',
    path: () => '/api/staff/export.csv?areaId=le-chan/1',
    expect: [401, 403, 200, 403, 403, 403, 200, 403],
  },
  {
    name: 'unanswered questions',
    method: 'GET',
    path: () => '/api/staff/unanswered',
    expect: [401, 403, 200, 200, 403, 200, 200, 403],
  },
  {
    name: 'create a school link',
    method: 'POST',
    path: () => '/api/staff/school-links',
    body: () => ({ lessonId: 'vneid-install', classLabel: '5A' }),
    expect: [401, 403, 403, 403, 201, 403, 403, 403],
  },
  {
    name: 'school link counts',
    method: 'GET',
    path: () => '/api/staff/school-links',
    expect: [401, 403, 403, 403, 200, 403, 403, 403],
  },
  // The reports: a team sees its own tổ, the ward admin the ward (counts only), the city every ward (counts only).
  {
    name: 'ward report',
    method: 'GET',
    path: () => '/api/staff/reports/ward',
    expect: [401, 403, 200, 200, 403, 200, 200, 403],
  },
  {
    name: 'training plan',
    method: 'GET',
    path: () => '/api/staff/reports/training-plan',
    expect: [401, 403, 200, 200, 403, 200, 200, 403],
  },
  {
    name: 'city overview',
    method: 'GET',
    path: () => '/api/staff/reports/city',
    expect: [401, 403, 403, 403, 403, 403, 403, 200],
  },
  {
    name: 'annual workbook',
    method: 'GET',
    path: () => '/api/staff/reports/annual.xlsx',
    expect: [401, 403, 200, 200, 403, 200, 200, 403],
  },
  {
    name: "resident route for A's household",
    method: 'GET',
    path: (i) => `/api/households/${i.a}`,
    expect: [401, 404, 404, 404, 404, 404, 404, 404],
  },
];

describe.each(backends)('staff access matrix on %s', (backend) => {
  let app: RunningApp;
  let ids: Ids;
  const tokens: Partial<Record<Role, string>> = {};
  beforeAll(async () => {
    app = await startAppServer({ backend });
    await addWard(app);
    const admin = await wardAdmin(app);
    const teamA = await invited(app, admin, { role: 'team', areaIds: ['le-chan/1'] });
    const teamB = await invited(app, admin, { role: 'team', areaIds: ['le-chan/2'] });
    const school = await invited(app, admin, { role: 'school', schoolName: 'Trường TH Lê Chân' });
    const otherAdmin = await wardAdmin(app, 'ngo-quyen', 'Anh Quang (Ngô Quyền)');
    const city = await cityUser(app);
    Object.assign(tokens, {
      city: city.token,
      resident: (await resident(app.url, 'Bà Ba')).token,
      teamA: teamA.token,
      teamB: teamB.token,
      school: school.token,
      otherAdmin: otherAdmin.token,
      admin: admin.token,
    });
    const [a] = (await teamA.api.post('/api/staff/households', { areaId: 'le-chan/1' })).body;
    const [b] = (await teamB.api.post('/api/staff/households', { areaId: 'le-chan/2' })).body;
    // Someone to take back, and an invite nobody has accepted yet: the matrix revokes both as its last call.
    await invited(app, admin, { role: 'team', areaIds: ['le-chan/3'] }, 'Chị Cúc');
    await admin.api.post('/api/staff/invites', { role: 'team', areaIds: ['le-chan/4'] });
    const roster = (await admin.api.get('/api/staff/roster')).body;
    const staffC = roster.staff.find((s: { name: string }) => s.name === 'Chị Cúc').id;
    ids = { a: a.id, b: b.id, aCode: a.code, invite: roster.invites[0].id, staffC };
  });
  afterAll(() => app?.close());

  for (const c of CASES) {
    it(`${c.method} ${c.name}`, async () => {
      const got: Record<string, number> = {};
      for (const role of ROLES) {
        const res = await fetch(`${app.url}${c.path(ids)}`, {
          method: c.method,
          headers: {
            ...(tokens[role] ? { Authorization: `Bearer ${tokens[role]}` } : {}),
            ...(c.body ? { 'Content-Type': 'application/json' } : {}),
          },
          body: c.body ? JSON.stringify(c.body(ids)) : undefined,
        });
        got[role] = res.status;
        const text = await res.text();
        // A refusal never carries data: only the error body.
        if (res.status >= 400)
          expect(JSON.parse(text), `${role} ${c.name}`).toEqual({
            error: expect.objectContaining({ code: expect.any(String) }),
          });
      }
      expect(got).toEqual(Object.fromEntries(ROLES.map((r, i) => [r, c.expect[i]])));
    });
  }

  it("never shows another area's households in lists, reports or exports", async () => {
    const as = (role: Role) => apiClient(app.url, tokens[role]);
    const listB = (await as('teamB').get('/api/staff/households?pageSize=200')).body;
    expect(listB.items.map((r: { id: string }) => r.id)).toEqual([ids.b]);
    expect((await as('teamB').get('/api/staff/coverage')).body.byArea.map((r: { areaId: string }) => r.areaId)).toEqual(
      ['le-chan/2'],
    );
    const csvB = await (
      await fetch(`${app.url}/api/staff/export.csv`, { headers: { Authorization: `Bearer ${tokens.teamB}` } })
    ).text();
    expect(csvB).not.toContain(`${ids.aCode.slice(0, 3)}-${ids.aCode.slice(3)}`);
    expect(csvB.trim().split('\r\n')).toHaveLength(2);
    expect((await as('otherAdmin').get('/api/staff/households')).body).toMatchObject({ items: [], total: 0 });
    expect((await as('teamB').get(`/api/staff/join-cards?ids=${ids.b},${ids.a}`)).status).toBe(404);
    expect((await as('teamA').get('/api/staff/households/not-a-uuid')).status).toBe(404);
    expect((await as('otherAdmin').post('/api/staff/invites', { role: 'team', areaIds: ['ngo-quyen/1'] })).status).toBe(
      201,
    );
    const otherRoster = (await as('otherAdmin').get('/api/staff/roster')).body;
    expect(otherRoster.staff.map((s: { name: string }) => s.name)).toEqual(['Anh Quang (Ngô Quyền)']);
    expect(otherRoster.invites.map((i: { areas: string[] }) => i.areas)).toEqual([['Tổ dân phố 1']]);
  });

  it('shows household labels and free text to the team of that tổ, and counts without them to the ward admin', async () => {
    const label = 'Nhà bác Tư Hồng';
    const team = apiClient(app.url, tokens.teamA);
    const [h] = (await team.post('/api/staff/households', { areaId: 'le-chan/1', label })).body;
    await team.post(`/api/staff/households/${h.id}/survey`, aSurvey({ other: 'Con gái tên Lan muốn học' }));
    const rowOf = async (role: Role) =>
      (await apiClient(app.url, tokens[role]).get(`/api/staff/households?q=${h.code}`)).body.items[0];
    expect((await rowOf('teamA')).label).toBe(label);
    expect(await rowOf('admin')).toMatchObject({ code: h.code, label: null, members: 0 });
    const csv = async (role: Role) =>
      (
        await fetch(`${app.url}/api/staff/export.csv?areaId=le-chan/1`, {
          headers: { Authorization: `Bearer ${tokens[role]}` },
        })
      ).text();
    expect(await csv('teamA')).toContain(label);
    expect(await csv('teamA')).toContain('Con gái tên Lan');
    const adminCsv = await csv('admin');
    expect(adminCsv).toContain(h.code.slice(0, 3));
    expect(adminCsv).not.toContain(label);
    expect(adminCsv).not.toContain('Con gái tên Lan');
  });

  it("shows each ward the bot's unanswered questions of its own residents, never another ward's nor anonymous ones", async () => {
    const q = (text: string, ward_id: string | null) => ({
      channel: 'app',
      kind: 'unknown',
      text,
      top_faq: null,
      confidence: 0.1,
      ward_id,
    });
    await app.services.db
      .insertInto('unanswered_questions')
      .values([
        q('Giờ làm việc của phường Lê Chân', 'le-chan'),
        q('Chỗ làm căn cước ở Ngô Quyền', 'ngo-quyen'),
        q('Cách cài ứng dụng', null),
      ])
      .execute();
    const seen = async (role: Role) =>
      ((await apiClient(app.url, tokens[role]).get('/api/staff/unanswered')).body as { example: string }[])
        .map((g) => g.example)
        .sort();
    expect(await seen('teamA')).toEqual(['Giờ làm việc của phường Lê Chân']);
    expect(await seen('admin')).toEqual(['Giờ làm việc của phường Lê Chân']);
    expect(await seen('otherAdmin')).toEqual(['Chỗ làm căn cước ở Ngô Quyền']);
  });
});
