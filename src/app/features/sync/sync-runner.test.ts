import { describe, expect, it, vi } from 'vitest';
import type { HouseholdView, PracticeRoundBody } from '../../../core/api/schemas';
import { parseOutbox, type BatchItemResult, type OutboxItem } from '../../../core/sync/outbox';
import type { ApiResult } from '../../api/http';
import { createAppStore } from '../../store/app-store';
import { createSyncRunner, type SyncDeps } from './sync-runner';
import { memoryStore } from '../../../platform/memory-store';

const household: HouseholdView = {
  id: 'h1',
  code: 'ABC234',
  areaId: 'le-chan/1',
  areaName: 'Tổ dân phố 1',
  wardName: 'Phường Lê Chân',
  label: null,
};
const ok = <T>(value: T): ApiResult<T> => ({ ok: true, value });
const fail = (code: string, status: number): ApiResult<never> => ({
  ok: false,
  error: { code, message: code, status },
});
const flush = () => new Promise((r) => setTimeout(r, 0));

type RoundAnswer = ApiResult<{ id: string; status: 'recorded' | 'duplicate' }>;

function setup(
  send: (items: OutboxItem[]) => ApiResult<{ results: BatchItemResult[] }>,
  sendRound: (round: PracticeRoundBody) => RoundAnswer = (r) => ok({ id: r.id, status: 'recorded' }),
) {
  let n = 0;
  const store = createAppStore(memoryStore(), () => new Date('2026-11-20T08:00:00Z'), {
    newId: () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
  });
  store.getState().decideConsent(true);
  const timers: { fn: () => void; ms: number }[] = [];
  let online = true;
  const api = {
    ensureSession: vi.fn(async () =>
      ok({ token: 't', expiresAt: '2099-01-01T00:00:00Z', memberId: 'm', name: 'Bà Lan' }),
    ),
    syncConsent: vi.fn(async () => ok(undefined)),
    me: vi.fn(async () =>
      ok({
        member: { id: 'm', displayName: 'Bà Lan', role: 'member' as const, consentAt: null, consentVersion: null },
        household: store.getState().account.household,
      }),
    ),
    sendBatch: vi.fn(async (items: OutboxItem[]) => send(items)),
    sendRound: vi.fn(async (round: PracticeRoundBody) => sendRound(round)),
  } satisfies SyncDeps['api'];
  // The team's calls have their own tests (team-sender.test.ts): nothing of the team's is queued here.
  const team = { teamSurvey: vi.fn(), assisted: vi.fn() };
  const runner = createSyncRunner({
    api,
    team,
    store,
    isOnline: () => online,
    now: () => new Date(),
    schedule: (fn, ms) => (timers.push({ fn, ms }), () => undefined),
  });
  return { store, api, runner, timers, setOnline: (v: boolean) => (online = v) };
}

const recordAll = (items: OutboxItem[]) =>
  ok({ results: items.map((i) => ({ id: i.id, status: 'recorded' as const })) });

describe('the sync runner', () => {
  it('keeps results queued until the resident is in a household, then sends them', async () => {
    const { store, api, runner } = setup(recordAll);
    store.getState().recordQuiz('vneid-install', 1, true);
    runner.kick();
    await flush();
    expect(api.sendBatch).not.toHaveBeenCalled();
    expect(store.getState().outbox.items).toHaveLength(1);
    store.getState().setHousehold(household);
    runner.kick();
    await flush();
    expect(api.sendBatch).toHaveBeenCalledOnce();
    expect(store.getState().outbox.items).toEqual([]);
    expect(store.getState().syncedAt).toBe(1);
  });

  it('backs off 2 s, 4 s … while the service is unreachable, and tries at once when the network returns', async () => {
    let down = true;
    const { store, api, runner, timers } = setup((items) => (down ? fail('network', 0) : recordAll(items)));
    store.getState().setHousehold(household);
    store.getState().recordQuiz('vneid-install', 1, true);
    runner.kick();
    await flush();
    timers.shift()!.fn();
    await flush();
    expect(timers.map((t) => t.ms)).toEqual([4000]);
    down = false;
    runner.online();
    await flush();
    expect(api.sendBatch).toHaveBeenCalledTimes(3);
    expect(store.getState().outbox.items).toEqual([]);
  });

  it('waits for the online event instead of trying while offline', async () => {
    const { store, api, runner, timers, setOnline } = setup(recordAll);
    store.getState().setHousehold(household);
    setOnline(false);
    store.getState().recordQuiz('vneid-install', 1, true);
    runner.kick();
    await flush();
    expect(api.sendBatch).not.toHaveBeenCalled();
    expect(timers).toEqual([]);
    setOnline(true);
    runner.online();
    await flush();
    expect(store.getState().outbox.items).toEqual([]);
  });

  it('drops rejected items with a note, and forgets a household the service says is gone', async () => {
    const { store, runner } = setup((items) =>
      ok({
        results: items.map((i) => ({
          id: i.id,
          status: 'rejected' as const,
          error: { code: 'unknown_lesson', message: 'no' },
        })),
      }),
    );
    store.getState().setHousehold(household);
    store.getState().recordQuiz('vneid-install', 1, true);
    runner.kick();
    await flush();
    expect(store.getState().outbox.items).toEqual([]);
    expect(store.getState().outbox.notes[0]).toMatchObject({ lessonId: 'vneid-install', code: 'unknown_lesson' });

    const gone = setup(() => fail('no_household', 409));
    gone.store.getState().setHousehold(household);
    gone.store.getState().recordQuiz('vneid-install', 1, true);
    gone.runner.kick();
    await flush();
    expect(gone.store.getState().account.household).toBeNull();
    expect(gone.store.getState().outbox.items).toHaveLength(1);
    expect(gone.timers).toEqual([]);
  });

  it('sends practice rounds from the same outbox after the lesson results, retries a network failure and drops a refused round', async () => {
    const answers: RoundAnswer[] = [fail('network', 0)];
    const { store, api, runner, timers } = setup(
      recordAll,
      (r) => answers.shift() ?? ok({ id: r.id, status: 'recorded' }),
    );
    store.getState().setHousehold(household);
    store.getState().recordQuiz('vneid-install', 1, true);
    store.getState().recordPracticeRound({ scamsShown: 3, scamsCaught: 3, genuineShown: 2, genuineFlagged: 0 });
    runner.kick();
    await flush();
    expect(api.sendBatch).toHaveBeenCalledTimes(1);
    expect(api.sendRound).toHaveBeenCalledTimes(1);
    expect(store.getState().outbox.rounds).toHaveLength(1); // the network failed: it waits
    timers.shift()!.fn();
    await flush();
    expect(store.getState().outbox.rounds).toEqual([]);
    answers.push(fail('id_conflict', 409));
    store.getState().recordPracticeRound({ scamsShown: 2, scamsCaught: 1, genuineShown: 3, genuineFlagged: 1 });
    runner.kick();
    await flush();
    expect(store.getState().outbox.rounds).toEqual([]);
    expect(api.sendRound).toHaveBeenCalledTimes(3);
  });

  it("keeps a declining resident's rounds off the queue, and a saved queue survives a reload", () => {
    const { store } = setup(recordAll);
    store.getState().recordPracticeRound({ scamsShown: 3, scamsCaught: 2, genuineShown: 2, genuineFlagged: 0 });
    expect(parseOutbox(JSON.parse(JSON.stringify(store.getState().outbox))).rounds).toHaveLength(1);
    expect(parseOutbox({ items: [], rounds: [{ id: 'x', scamsShown: 1 }] }).rounds).toEqual([]);
    store.getState().decideConsent(false);
    store.getState().recordPracticeRound({ scamsShown: 3, scamsCaught: 2, genuineShown: 2, genuineFlagged: 0 });
    expect(store.getState().outbox.rounds).toHaveLength(1);
  });
});
