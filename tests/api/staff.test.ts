import QRCode from 'qrcode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareVisitPriority } from '../../src/core/household/household-status';
import { startAppServer, type RunningApp } from '../e2e/support/app-server';
import { aCompletion, apiClient, resident } from '../support/api-client';
import { backends } from '../support/backends';
import { aSurvey, adminAndTeam, anAssisted, daysAgo, download, type StaffUser } from '../support/staff';

type Row = {
  id: string;
  code: string;
  needsVisit: boolean;
  doneCount: number;
  lastActivity: string | null;
  complete: boolean;
  lessons: Record<string, boolean>;
};

describe.each(backends)('staff API on %s', (backend) => {
  let app: RunningApp;
  let admin: StaffUser;
  let team: StaffUser;
  let required: string[];
  const hh: Record<string, { id: string; code: string }> = {};

  beforeAll(async () => {
    app = await startAppServer({ backend });
    required = app.services.lessons.required;
    ({ admin, team } = await adminAndTeam(app, ['le-chan/1'], 'Anh Minh (tổ CNS)'));
    // A small known tổ dân phố: one done, one active, one quiet, one untouched, one with VNeID level 1.
    const created = (
      await team.api.post('/api/staff/households', { areaId: 'le-chan/1', count: 5, label: 'Số 12 ngõ 5' })
    ).body;
    ['done', 'active', 'quiet', 'untouched', 'level1'].forEach((k, i) => (hh[k] = created[i]));
    const assist = (h: string, lessons: string[], at: string) =>
      Promise.all(
        lessons.map((lessonId) =>
          team.api.post(`/api/staff/households/${hh[h].id}/assisted`, anAssisted({ lessonId, completedAt: at })),
        ),
      );
    await assist('done', required, daysAgo(2));
    await assist('active', required.slice(0, 2), daysAgo(3));
    await assist('quiet', required.slice(0, 1), daysAgo(60));
    await assist('level1', required.slice(0, 3), daysAgo(1));
    for (const h of ['done', 'active', 'quiet'])
      await team.api.post(`/api/staff/households/${hh[h].id}/survey`, aSurvey());
    await team.api.post(`/api/staff/households/${hh.level1.id}/survey`, aSurvey({ vneidLevel: 1 }));
    // The survey counts as activity: put the quiet household's answer back in time too.
    await app.services.db
      .updateTable('surveys')
      .set({ updated_at: daysAgo(45) })
      .where('household_id', '=', hh.quiet.id)
      .execute();
  });
  afterAll(() => app?.close());

  const list = async (query = '') =>
    (await team.api.get(`/api/staff/households${query}`)).body as { items: Row[]; total: number };
  const codes = (rows: Row[]) => rows.map((r) => Object.keys(hh).find((k) => hh[k].id === r.id));

  it('binds an invite to the member who accepts it, once, and signs staff in on a desktop by a one-time code', async () => {
    expect(team.staff).toEqual({
      role: 'team',
      wardId: 'le-chan',
      wardName: 'Phường Lê Chân',
      areaIds: ['le-chan/1'],
      schoolName: null,
      areas: [{ id: 'le-chan/1', name: 'Tổ dân phố 1' }],
    });
    const invite = await admin.api.post('/api/staff/invites', { role: 'school', schoolName: 'Trường TH Lê Chân' });
    expect(invite.body).toMatchObject({
      code: expect.stringMatching(/^[2-9A-HJ-NP-Z]{5}-[2-9A-HJ-NP-Z]{5}$/),
      link: expect.stringMatching(/^https:\/\/zalo\.me\/s\/[^/]+\/staff\/accept\?code=[2-9A-Z]{10}$/),
      qrSvg: expect.stringContaining('<svg'),
    });
    expect(new Date(invite.body.expiresAt).getTime() - Date.now()).toBeGreaterThan(6.9 * 86_400_000);
    const stored = await app.services.db.selectFrom('staff_invites').select('code_hash').execute();
    expect(stored.some((s) => s.code_hash.includes(invite.body.code.replace('-', '')))).toBe(false);
    const school = await resident(app.url, 'Cô Lan');
    expect(
      (await school.api.post('/api/staff/invites/accept', { code: invite.body.code.toLowerCase() })).body,
    ).toMatchObject({ role: 'school', schoolName: 'Trường TH Lê Chân', areas: [] });
    const again = await (
      await resident(app.url, 'Người khác')
    ).api.post('/api/staff/invites/accept', { code: invite.body.code });
    expect(again).toMatchObject({ status: 404, body: { error: { code: 'invite_invalid' } } });

    const login = (await team.api.post('/api/staff/login-codes')).body;
    expect(login.code).toMatch(/^[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/);
    const session = await apiClient(app.url).post('/api/auth/staff-code', { code: login.code });
    expect(session.body).toMatchObject({ token: expect.any(String), me: { member: { id: team.me.member.id } } });
    expect((await apiClient(app.url, session.body.token).get('/api/staff/me')).body.role).toBe('team');
    expect((await apiClient(app.url).post('/api/auth/staff-code', { code: login.code })).status).toBe(401);
    const expired = (await team.api.post('/api/staff/login-codes')).body;
    await app.services.db
      .updateTable('staff_login_codes')
      .set({ expires_at: daysAgo(1) })
      .where('used_at', 'is', null)
      .execute();
    expect((await apiClient(app.url).post('/api/auth/staff-code', { code: expired.code })).body.error.code).toBe(
      'code_invalid',
    );
  });

  it('lists the tổ dân phố next-house-first, with filters, search and pages', async () => {
    const all = await list();
    expect(all.total).toBe(5);
    expect(codes(all.items)).toEqual(['untouched', 'quiet', 'level1', 'active', 'done']);
    expect([...all.items].sort(compareVisitPriority).map((r) => r.id)).toEqual(all.items.map((r) => r.id));
    expect(all.items.find((r) => r.id === hh.done.id)).toMatchObject({
      complete: true,
      doneCount: required.length,
      survey: true,
      needsVisit: false,
      members: 0,
      areaName: 'Tổ dân phố 1',
      label: 'Số 12 ngõ 5',
    });
    expect(all.items.find((r) => r.id === hh.active.id)?.lessons).toEqual(
      Object.fromEntries(required.map((l, i) => [l, i < 2])),
    );
    expect(codes((await list('?filter=not_started')).items)).toEqual(['untouched']);
    expect(codes((await list('?filter=in_progress')).items)).toEqual(['quiet', 'level1', 'active']);
    expect(codes((await list('?filter=completed')).items)).toEqual(['done']);
    expect(codes((await list('?filter=needs_visit')).items)).toEqual(['untouched', 'quiet', 'level1']);
    const code = hh.active.code;
    expect(codes((await list(`?q=${code.slice(0, 3).toLowerCase()}-${code.slice(3)}`)).items)).toEqual(['active']);
    expect((await list('?q=so%2012%20NGO')).total).toBe(5);
    expect((await list('?q=khong-co')).total).toBe(0);
    const page2 = await list('?pageSize=2&page=2');
    expect({ total: page2.total, rows: codes(page2.items) }).toEqual({ total: 5, rows: ['level1', 'active'] });
    expect(await list('?page=9')).toMatchObject({ items: [], total: 5, page: 9 });
    expect((await team.api.get('/api/staff/households?filter=everything')).status).toBe(400);
  });

  it('shows a household with members, lessons, history and survey; needsVisit agrees with the list', async () => {
    const son = await resident(app.url, 'Anh Hùng');
    await son.api.post('/api/households/join', { code: hh.active.code });
    const d = (await team.api.get(`/api/staff/households/${hh.active.id}`)).body;
    expect(d.household).toMatchObject({ id: hh.active.id, code: hh.active.code, areaId: 'le-chan/1' });
    expect(d.members).toEqual([{ id: son.me.member.id, displayName: 'Anh Hùng', role: 'member', consent: 'given' }]);
    expect(d.lessons.filter((l: { done: boolean }) => l.done)).toHaveLength(2);
    expect(d.history[0]).toMatchObject({
      source: 'assisted',
      recordedBy: 'Anh Minh (tổ CNS)',
      memberName: null,
      passed: true,
    });
    expect(d.survey).toMatchObject({ filledBy: 'team', answers: { uses: { vneidLevel: 2 } } });
    for (const row of (await list()).items)
      expect((await team.api.get(`/api/staff/households/${row.id}`)).body.needsVisit, row.code).toBe(row.needsVisit);
  });

  it('records an assisted completion once, marked assisted with who recorded it', async () => {
    const son = await resident(app.url, 'Bà Tư');
    await son.api.post('/api/households/join', { code: hh.untouched.code });
    const body = anAssisted({ lessonId: 'fraud-bank-sms', memberId: son.me.member.id, score: 0.9 });
    const first = await team.api.post(`/api/staff/households/${hh.untouched.id}/assisted`, body);
    expect(first).toMatchObject({
      status: 201,
      body: { status: 'recorded', source: 'assisted', recordedBy: team.me.member.id, memberId: son.me.member.id },
    });
    expect((await team.api.post(`/api/staff/households/${hh.untouched.id}/assisted`, body)).body.status).toBe(
      'duplicate',
    );
    const row = await app.services.db
      .selectFrom('completions')
      .selectAll()
      .where('id', '=', body.id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      source: 'assisted',
      recorded_by: team.me.member.id,
      member_id: son.me.member.id,
      household_id: hh.untouched.id,
    });
    expect(
      (await team.api.post(`/api/staff/households/${hh.done.id}/assisted`, { ...body, memberId: undefined })).body.error
        .code,
    ).toBe('id_conflict');
    expect(
      (await team.api.post(`/api/staff/households/${hh.done.id}/assisted`, anAssisted({ memberId: son.me.member.id })))
        .status,
    ).toBe(400);
    expect(
      (await team.api.post(`/api/staff/households/${hh.done.id}/assisted`, anAssisted({ lessonId: 'no-such-lesson' })))
        .body.error.code,
    ).toBe('unknown_lesson');
    expect(
      (await son.api.get('/api/households/mine')).body.lessons.find(
        (l: { lessonId: string }) => l.lessonId === 'fraud-bank-sms',
      ).done,
    ).toBe(true);
  });

  it('creates households and prints join cards with a QR code of the join link', async () => {
    const made = await team.api.post('/api/staff/households', { areaId: 'le-chan/1', count: 9, label: 'Ngõ <5>' });
    expect(made.status).toBe(201);
    expect(made.body).toHaveLength(9);
    const ids = made.body.map((h: { id: string }) => h.id).join(',');
    const page = await download(app, `/api/staff/join-cards?ids=${ids}`, team.token);
    const html = page.bytes.toString('utf8');
    expect(page.type).toContain('text/html');
    expect(html).toContain('@page { size: A4');
    expect(html.match(/<section class="page">/g)).toHaveLength(2);
    expect(html.match(/<svg/g)).toHaveLength(9);
    expect(html).toContain('Ngõ &#60;5&#62;');
    const first = made.body[0].code as string;
    expect(html).toContain(`${first.slice(0, 3)}-${first.slice(3)}`);
    const link = `https://zalo.me/s/${app.services.config.appId}/household/join?code=${first}`;
    expect(html).toContain(await QRCode.toString(link, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 }));
    expect(
      (await download(app, '/api/staff/join-cards?areaId=le-chan/1', team.token)).bytes.toString().match(/<svg/g),
    ).toHaveLength(14);
    expect((await team.api.post('/api/staff/households', { areaId: 'le-chan/1', count: 201 })).status).toBe(400);
    await app.services.db.deleteFrom('households').where('id', 'in', ids.split(',')).execute();
  });

  it("keeps the list's figures current as residents join, learn, leave and delete their data (triggers)", async () => {
    const [h] = (await team.api.post('/api/staff/households', { areaId: 'le-chan/1' })).body;
    const row = async () => (await list(`?q=${h.code}`)).items[0];
    const [mẹ, con] = [await resident(app.url, 'Mẹ'), await resident(app.url, 'Con')];
    for (const r of [mẹ, con]) await r.api.post('/api/households/join', { code: h.code });
    await con.api.post('/api/completions', aCompletion({ lessonId: required[0], completedAt: daysAgo(1) }));
    await mẹ.api.post(
      '/api/completions',
      aCompletion({ lessonId: required[1], passed: false, score: 0.2, completedAt: daysAgo(0.5) }),
    );
    expect(await row()).toMatchObject({ members: 2, doneCount: 1, lastActivity: expect.any(String) });
    const weekly = async () =>
      ((await team.api.get('/api/staff/coverage')).body.byWeek as { completions: number }[]).reduce(
        (s, w) => s + w.completions,
        0,
      );
    const before = await weekly();
    expect((await con.api.del('/api/me')).body.householdDeleted).toBe(false);
    expect(await row()).toMatchObject({ members: 1, doneCount: 0 });
    expect(await weekly()).toBe(before - 1);
    expect((await team.api.get('/api/staff/coverage')).body).toEqual(
      (await team.api.get('/api/staff/coverage?from=2000-01-01')).body,
    );
    await mẹ.api.del('/api/me');
    expect(await list(`?q=${h.code}`)).toMatchObject({ total: 0 });
  });
});
