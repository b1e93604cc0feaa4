import { randomUUID } from 'node:crypto';
import type { RunningApp } from '../e2e/support/app-server';
import { aSurveyAnswers } from '../builders/survey';
import { apiClient, resident } from './api-client';

export type StaffUser = Awaited<ReturnType<typeof resident>> & { staff: { role: string; areaIds: string[] } };

/** A second ward next to le-chan, written straight into the database: for "ward admin of another ward" cases. */
export async function addWard(app: RunningApp, wardId = 'ngo-quyen', wardName = 'Phường Ngô Quyền') {
  await app.services.db
    .insertInto('areas')
    .values({ id: `${wardId}/1`, ward_id: wardId, ward_name: wardName, name: 'Tổ dân phố 1', sort: 0 })
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
}

/** Accepts an invite code as a freshly signed-in member and returns them with their staff view. */
export async function acceptAs(app: RunningApp, name: string, code: string): Promise<StaffUser> {
  const user = await resident(app.url, name);
  const r = await user.api.post('/api/staff/invites/accept', { code });
  if (r.status !== 200) throw new Error(`accept failed: ${JSON.stringify(r.body)}`);
  return { ...user, staff: r.body };
}

/** The first ward admin, bootstrapped the way `npm run staff -- create-admin` does it. */
export async function wardAdmin(app: RunningApp, wardId = 'le-chan', name = 'Chị Hoa (phường)') {
  const invite = await app.services.staff.invites.createAdmin(wardId);
  return acceptAs(app, name, invite.code);
}

/** A city overview account, bootstrapped the way `npm run staff -- create-city` does it. */
export async function cityUser(app: RunningApp, name = 'Anh Minh (thành phố)') {
  const invite = await app.services.staff.invites.createCity();
  return acceptAs(app, name, invite.code);
}

/** A team member or school user invited by `admin` through the API. */
export async function invited(
  app: RunningApp,
  admin: StaffUser,
  body: Record<string, unknown>,
  name = `Cán bộ ${randomUUID().slice(0, 4)}`,
) {
  const r = await admin.api.post('/api/staff/invites', body);
  if (r.status !== 201) throw new Error(`invite failed: ${JSON.stringify(r.body)}`);
  return acceptAs(app, name, r.body.code);
}

export const anonymous = (app: RunningApp) => apiClient(app.url);

/** Raw GET for non-JSON answers (HTML, XLSX, CSV). */
export async function download(app: RunningApp, path: string, token?: string) {
  const res = await fetch(`${app.url}${path}`, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  return {
    status: res.status,
    type: res.headers.get('content-type') ?? '',
    disposition: res.headers.get('content-disposition') ?? '',
    bytes: Buffer.from(await res.arrayBuffer()),
  };
}

export const daysAgo = (d: number) => new Date(Date.now() - d * 86_400_000).toISOString();

/** An assisted result as the team's app sends it. */
/** An assisted result; `passed: false` alone gets a failing score, since the service takes the pass from the score. */
export const anAssisted = (over: Record<string, unknown> = {}) => ({
  id: randomUUID(),
  lessonId: 'vneid-install',
  score: over.passed === false ? 0.4 : 1,
  passed: true,
  completedAt: daysAgo(1),
  ...over,
});

/** The ward admin of le-chan and a team they invited for `areaIds`: the two staff most suites start from. */
export async function adminAndTeam(app: RunningApp, areaIds: string[], teamName?: string) {
  const admin = await wardAdmin(app);
  const team = await invited(app, admin, { role: 'team', areaIds }, teamName);
  return { admin, team };
}

/** A survey answer with overrides for the parts a test cares about. */
export function aSurvey(over: { vneidLevel?: 0 | 1 | 2; smartphone?: boolean; other?: string } = {}) {
  return aSurveyAnswers({
    devices: { smartphone: over.smartphone ?? true },
    uses: { vneidLevel: over.vneidLevel ?? 2 },
    wantsToLearn: { topics: ['online-safety', 'public-services'], ...(over.other ? { other: over.other } : {}) },
  });
}
