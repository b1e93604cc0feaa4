import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppServer, type RunningApp } from '../e2e/support/app-server';
import { apiClient, resident } from '../support/api-client';
import { backends } from '../support/backends';
import { invited, wardAdmin, type StaffUser } from '../support/staff';

const SECRET = 'staff-admin-test-secret-0123456789abcdef';
const key = new TextEncoder().encode(SECRET);

describe.each(backends)('ward admin, print links, limits and consent on %s', (backend) => {
  let app: RunningApp;
  let admin: StaffUser;
  let team: StaffUser;
  beforeAll(async () => {
    app = await startAppServer({ backend, env: { SESSION_SECRET: SECRET } });
    admin = await wardAdmin(app);
    team = await invited(app, admin, { role: 'team', areaIds: ['le-chan/1'] }, 'Anh Minh (tổ CNS)');
  });
  afterAll(() => app?.close());

  const open = async (url: string) => {
    const res = await fetch(`${app.url}${url}`);
    return {
      status: res.status,
      type: res.headers.get('content-type') ?? '',
      cache: res.headers.get('cache-control'),
      html: await res.text(),
    };
  };

  it('opens join cards from a signed 10-minute link without a sign-in; expired, changed or foreign tokens get a clear page', async () => {
    const made = (await team.api.post('/api/staff/households', { areaId: 'le-chan/1', count: 3 })).body as {
      id: string;
      code: string;
    }[];
    const link = await team.api.post('/api/staff/join-cards/link', { ids: made.map((h) => h.id).join(',') });
    expect(link.status).toBe(201);
    expect(link.body.url).toMatch(/^\/api\/staff\/join-cards\/print\?t=[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(new Date(link.body.expiresAt).getTime() - Date.now()).toBeGreaterThan(9 * 60_000);
    expect(new Date(link.body.expiresAt).getTime() - Date.now()).toBeLessThanOrEqual(10 * 60_000);
    const page = await open(link.body.url);
    expect(page).toMatchObject({ status: 200, type: expect.stringContaining('text/html'), cache: 'no-store' });
    expect(page.html.match(/<svg/g)).toHaveLength(3);
    for (const h of made) expect(page.html).toContain(`${h.code.slice(0, 3)}-${h.code.slice(3)}`);
    // The whole tổ dân phố works the same way.
    expect(
      (await open((await team.api.post('/api/staff/join-cards/link', { areaId: 'le-chan/1' })).body.url)).html.match(
        /<svg/g,
      ),
    ).toHaveLength(3);

    const token = link.body.url.split('t=')[1] as string;
    const [head, body, sig] = token.split('.');
    const claims = JSON.parse(Buffer.from(body, 'base64url').toString());
    const changed = Buffer.from(JSON.stringify({ ...claims, area: 'le-chan/2', ids: undefined })).toString('base64url');
    const tampered = await open(`/api/staff/join-cards/print?t=${head}.${changed}.${sig}`);
    expect(tampered).toMatchObject({ status: 403, type: expect.stringContaining('text/html') });
    expect(tampered.html).toContain('Đường link in thẻ không đúng hoặc đã bị sửa.');
    const iat = Math.floor(Date.now() / 1000) - 3600;
    const expired = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuedAt(iat)
      .setExpirationTime(iat + 600)
      .sign(key);
    const late = await open(`/api/staff/join-cards/print?t=${expired}`);
    expect(late.status).toBe(410);
    expect(late.html).toContain('đã hết hạn');
    expect(late.html).toContain('lấy đường link mới');
    expect((await open('/api/staff/join-cards/print')).status).toBe(400);
    // A session is not a print link, and a print link is not a session.
    expect((await open(`/api/staff/join-cards/print?t=${team.token}`)).status).toBe(403);
    expect((await apiClient(app.url, token).get('/api/staff/me')).status).toBe(401);
    // Scope is read again on opening: once the role is taken back, the link shows nothing.
    const other = await invited(app, admin, { role: 'team', areaIds: ['le-chan/1'] }, 'Chị Vân');
    const url = (await other.api.post('/api/staff/join-cards/link', { areaId: 'le-chan/1' })).body.url;
    const vân = (await admin.api.get('/api/staff/roster')).body.staff.find(
      (s: { name: string }) => s.name === 'Chị Vân',
    );
    expect((await admin.api.del(`/api/staff/roster/staff/${vân.id}`)).status).toBe(200);
    const refused = await open(url);
    expect(refused.status).toBe(403);
    expect(refused.html).not.toContain('<svg');
  });

  it('lists open invites and staff of the ward, and revokes either at once', async () => {
    const made = (await admin.api.post('/api/staff/invites', { role: 'school', schoolName: 'Trường TH Lê Chân' })).body;
    const roster = (await admin.api.get('/api/staff/roster')).body;
    const invite = roster.invites.find((i: { schoolName: string | null }) => i.schoolName === 'Trường TH Lê Chân');
    expect(invite).toEqual({
      id: expect.any(String),
      role: 'school',
      areas: [],
      schoolName: 'Trường TH Lê Chân',
      createdAt: expect.any(String),
      expiresAt: made.expiresAt,
    });
    expect(JSON.stringify(roster)).not.toContain(made.code.replace('-', ''));
    expect(roster.staff.find((s: { name: string }) => s.name === 'Anh Minh (tổ CNS)')).toMatchObject({
      role: 'team',
      areas: ['Tổ dân phố 1'],
      you: false,
    });
    expect(roster.staff.find((s: { you: boolean }) => s.you)).toMatchObject({
      role: 'ward_admin',
      name: 'Chị Hoa (phường)',
    });

    expect((await admin.api.del(`/api/staff/roster/invites/${invite.id}`)).status).toBe(200);
    expect((await admin.api.del(`/api/staff/roster/invites/${invite.id}`)).status).toBe(404);
    expect(
      (await (await resident(app.url, 'Cô Lan')).api.post('/api/staff/invites/accept', { code: made.code })).body.error
        .code,
    ).toBe('invite_invalid');

    const school = await invited(app, admin, { role: 'school', schoolName: 'Trường THCS' }, 'Cô Thảo');
    expect((await school.api.get('/api/staff/me')).status).toBe(200);
    const id = (await admin.api.get('/api/staff/roster')).body.staff.find(
      (s: { name: string }) => s.name === 'Cô Thảo',
    ).id;
    expect((await admin.api.del(`/api/staff/roster/staff/${id}`)).status).toBe(200);
    expect((await school.api.get('/api/staff/me')).body.error.code).toBe('not_staff');
    expect((await school.api.get('/api/me')).status).toBe(200);
    const self = (await admin.api.get('/api/staff/roster')).body.staff.find((s: { you: boolean }) => s.you).id;
    expect((await admin.api.del(`/api/staff/roster/staff/${self}`)).body.error.code).toBe('cannot_revoke_self');
    // Taken back, the person can be invited again.
    const again = (await admin.api.post('/api/staff/invites', { role: 'school', schoolName: 'Trường THCS' })).body;
    expect((await school.api.post('/api/staff/invites/accept', { code: again.code })).status).toBe(200);
  });

  it('refuses a sixth wrong sign-in code from one address for 15 minutes, in Vietnamese; right codes do not count', async () => {
    const anon = apiClient(app.url);
    for (let i = 0; i < 3; i++) {
      const code = (await team.api.post('/api/staff/login-codes')).body.code;
      expect((await anon.post('/api/auth/staff-code', { code })).status).toBe(200);
    }
    for (let i = 0; i < 5; i++)
      expect((await anon.post('/api/auth/staff-code', { code: 'AAAA-AAAA' })).status).toBe(401);
    const right = (await team.api.post('/api/staff/login-codes')).body.code;
    const blocked = await anon.post('/api/auth/staff-code', { code: right });
    expect(blocked.status).toBe(429);
    expect(blocked.body.error).toEqual({
      code: 'too_many_attempts',
      message: expect.stringContaining('Xin chờ 15 phút'),
    });
    // The window passes (moved back in the database): the same right code now works, once.
    await app.services.db
      .updateTable('attempt_counts')
      .set({ window_start: new Date(Date.now() - 16 * 60_000) })
      .execute();
    expect((await anon.post('/api/auth/staff-code', { code: right })).status).toBe(200);
  });

  it('limits school-link events per link and address, and gives each link a QR again in the list', async () => {
    const school = await invited(app, admin, { role: 'school', schoolName: 'Trường TH Dư Hàng' });
    const a = (await school.api.post('/api/staff/school-links', { lessonId: 'fraud-bank-sms', classLabel: '5A' })).body;
    const b = (await school.api.post('/api/staff/school-links', { lessonId: 'fraud-bank-sms', classLabel: '5B' })).body;
    const listed = (await school.api.get('/api/staff/school-links')).body as { id: string; qrSvg: string }[];
    expect(listed.find((l) => l.id === a.id)?.qrSvg).toBe(a.qrSvg);
    expect(listed.find((l) => l.id === b.id)?.qrSvg).toBe(b.qrSvg);
    const event = (token: string, n: number) =>
      apiClient(app.url).post(`/api/school-links/${token}/events`, {
        deviceId: `device-${String(n).padStart(4, '0')}`,
        kind: 'open',
        lessonId: 'fraud-bank-sms',
      });
    const statuses: number[] = [];
    for (let n = 0; n < 61; n++) statuses.push((await event(a.token, n)).status);
    expect(statuses.slice(0, 60).every((s) => s === 200)).toBe(true);
    const last = await event(a.token, 99);
    expect(last.status).toBe(429);
    expect(last.body.error.code).toBe('too_many_attempts');
    expect((await event(b.token, 1)).status).toBe(200);
  });

  it("shows each member's consent state in the household detail, without dates", async () => {
    const [h] = (await team.api.post('/api/staff/households', { areaId: 'le-chan/1' })).body;
    const [mẹ, con] = [await resident(app.url, 'Bà Mai'), await resident(app.url, 'Anh Tú')];
    for (const r of [mẹ, con]) await r.api.post('/api/households/join', { code: h.code });
    await con.api.post('/api/me/consent', { version: '2026-11', given: false });
    const d = (await team.api.get(`/api/staff/households/${h.id}`)).body;
    expect(d.members).toEqual([
      { id: mẹ.me.member.id, displayName: 'Bà Mai', role: 'member', consent: 'given' },
      { id: con.me.member.id, displayName: 'Anh Tú', role: 'member', consent: 'withdrawn' },
    ]);
  });

  it('describes the new routes in the OpenAPI document', async () => {
    const doc = (await apiClient(app.url).get('/api/openapi.json')).body;
    for (const path of [
      '/api/staff/join-cards/link',
      '/api/staff/join-cards/print',
      '/api/staff/roster',
      '/api/staff/roster/invites/{id}',
      '/api/staff/roster/staff/{id}',
    ])
      expect(doc.paths[path], path).toBeDefined();
  });
});
