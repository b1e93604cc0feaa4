import { describe, expect, it, vi } from 'vitest';
import type { AssistedBody, SurveyBody, SurveySaved } from '../../../core/api/staff-schemas';
import type { SurveyAnswers } from '../../../core/survey/survey';
import { enqueueTeam, type TeamItem } from '../../../core/sync/team-outbox';
import type { ApiResult } from '../../api/http';
import { createAppStore } from '../../store/app-store';
import { createSyncRunner } from './sync-runner';
import { memoryStore } from '../../../platform/memory-store';

const ok = <T>(value: T): ApiResult<T> => ({ ok: true, value });
const fail = (code: string, status: number): ApiResult<never> => ({
  ok: false,
  error: { code, message: code, status },
});
const flush = () => new Promise((r) => setTimeout(r, 0));
const answers: SurveyAnswers = {
  devices: { smartphone: true, computer: false, internet: true },
  uses: { zalo: true, vneidLevel: 2, onlinePublicServices: false, cashlessPayments: true, smartHaiPhong: false },
  wantsToLearn: { topics: [] },
};
let n = 0;
const uuid = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
const survey = (householdId: string): TeamItem => ({
  kind: 'survey',
  id: uuid(),
  householdId,
  household: householdId.toUpperCase(),
  answers,
  filledAt: '2026-11-23T02:00:00.000Z',
});
function assisted(householdId: string): TeamItem {
  const id = uuid();
  return {
    kind: 'assisted',
    id,
    householdId,
    household: householdId,
    body: { id, lessonId: 'vneid-install', score: 1, passed: true, completedAt: '2026-11-23T02:30:00.000Z' },
  };
}
const saved = (status: SurveySaved['status'] = 'saved') => ok<SurveySaved>({ status, survey: null, needsVisit: false });

/** A team member's phone: no resident consent, signed in, with the team's calls faked. */
function setup() {
  const store = createAppStore(memoryStore(), () => new Date('2026-11-23T10:00:00Z'));
  const timers: number[] = [];
  let online = true;
  const api = { ensureSession: vi.fn(), syncConsent: vi.fn(), me: vi.fn(), sendBatch: vi.fn(), sendRound: vi.fn() };
  const team = {
    teamSurvey: vi.fn(async (_h: string, _b: SurveyBody) => saved()),
    assisted: vi.fn(async (householdId: string, b: AssistedBody) =>
      ok({
        ...b,
        passed: true,
        memberId: null,
        status: 'recorded' as const,
        householdId,
        source: 'assisted' as const,
        recordedBy: 'm9',
      }),
    ),
  };
  const runner = createSyncRunner({
    api,
    team,
    store,
    isOnline: () => online,
    now: () => new Date('2026-11-23T10:00:00Z'),
    schedule: (_fn, ms) => (timers.push(ms), () => undefined),
  });
  const queue = (...items: TeamItem[]) => store.getState().updateOutbox((o) => items.reduce(enqueueTeam, o));
  return { store, api, team, runner, timers, queue, setOnline: (v: boolean) => (online = v) };
}

describe('the sync runner and the team’s queued work', () => {
  it('sends surveys (with the time they were filled) and assisted results without a resident’s consent', async () => {
    const { store, api, team, runner, queue } = setup();
    const [s, a] = [survey('h1'), assisted('h2')];
    queue(s, a);
    runner.kick();
    await flush();
    expect(team.teamSurvey).toHaveBeenCalledWith('h1', { ...answers, filledAt: '2026-11-23T02:00:00.000Z' });
    expect(team.assisted).toHaveBeenCalledWith('h2', (a as { body: AssistedBody }).body);
    expect(api.sendBatch).not.toHaveBeenCalled();
    expect(store.getState().outbox.team).toEqual([]);
    expect(store.getState().outbox.teamNotes).toEqual([]);
    expect(store.getState().syncedAt).toBe(2);
  });

  it('waits offline, backs off while the service is unreachable, and keeps the items until they land', async () => {
    const { store, team, runner, timers, queue, setOnline } = setup();
    queue(survey('h1'), survey('h2'));
    setOnline(false);
    runner.kick();
    await flush();
    expect(team.teamSurvey).not.toHaveBeenCalled();
    setOnline(true);
    team.teamSurvey.mockResolvedValueOnce(fail('network', 0)).mockResolvedValueOnce(fail('server', 503));
    runner.online();
    await flush();
    expect(timers).toEqual([2000]);
    runner.kick();
    await flush();
    expect(timers).toEqual([2000, 4000]);
    expect(store.getState().outbox.team).toHaveLength(2);
    runner.online();
    await flush();
    expect(store.getState().outbox.team).toEqual([]);
  });

  it('keeps the items for the next sign-in when nobody is signed in', async () => {
    const { store, team, runner, timers, queue } = setup();
    queue(survey('h1'));
    team.teamSurvey.mockResolvedValueOnce(fail('signed_out', 0));
    runner.kick();
    await flush();
    expect(store.getState().outbox.team).toHaveLength(1);
    expect(timers).toEqual([]);
  });

  it('turns a refused item into a note and a stale survey into a note, and goes on with the rest', async () => {
    const { store, team, runner, queue } = setup();
    const [s1, a, s2] = [survey('h1'), assisted('h2'), survey('h3')];
    queue(s1, a, s2);
    team.teamSurvey.mockResolvedValueOnce(saved('stale'));
    team.assisted.mockResolvedValueOnce(fail('area_forbidden', 403));
    runner.kick();
    await flush();
    expect(store.getState().outbox.team).toEqual([]);
    expect(store.getState().outbox.teamNotes.map((x) => [x.id, x.code])).toEqual([
      [s1.id, 'stale'],
      [a.id, 'area_forbidden'],
    ]);
    expect(team.teamSurvey).toHaveBeenCalledTimes(2);
  });

  it('answers a duplicate as done: an item sent again after a lost answer leaves the queue', async () => {
    const { store, team, runner, queue } = setup();
    queue(survey('h1'));
    team.teamSurvey.mockResolvedValueOnce(saved('duplicate'));
    runner.kick();
    await flush();
    expect(store.getState().outbox.team).toEqual([]);
    expect(store.getState().outbox.teamNotes).toEqual([]);
  });
});
