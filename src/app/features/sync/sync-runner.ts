import { applyBatchResults, backoffDelay, dropInvalid, hasWaiting, nextBatch } from '../../../core/sync/outbox';
import type { PracticeRoundBody } from '../../../core/api/schemas';
import type { Api } from '../../api/api-client';
import type { ApiFailure } from '../../api/http';
import type { AppStore } from '../../store/app-store';
import { sendTeamItems, type TeamApi } from './team-sender';

export type SyncDeps = {
  api: Pick<Api, 'ensureSession' | 'syncConsent' | 'me' | 'sendBatch' | 'sendRound'>;
  /** The team's surveys and assisted results, queued in the same outbox. */
  team: TeamApi;
  store: AppStore;
  isOnline: () => boolean;
  /** Runs `fn` after `ms`; returns a cancel function (setTimeout in the app, a fake in tests). */
  schedule: (fn: () => void, ms: number) => () => void;
  now: () => Date;
};

type Outcome = 'idle' | 'retry';

/** Only failures that may pass by themselves are retried: no network, a busy or broken service. */
const retryable = (e: ApiFailure) => e.code === 'network' || e.status >= 500 || e.status === 429;

/**
 * Sends the outbox one run at a time. `kick()` after anything that could let results through (a new result, a
 * household joined, a sign-in); failed runs retry after 2 s, 4 s … 60 s, and `online()` retries at once.
 */
export function createSyncRunner({ api, team, store, isOnline, schedule, now }: SyncDeps) {
  let running = false;
  let again = false;
  let stopped = false;
  let failures = 0;
  let cancelTimer: (() => void) | undefined;

  /** The resident's results first, then the team's work: one queue, one pass, one backoff. */
  async function run(): Promise<Outcome> {
    // Offline, the browser's online event brings us back; nothing to gain by polling.
    if (!isOnline()) return 'idle';
    const resident = await runResident();
    const teamWork = await sendTeamItems(team, store, now);
    return resident === 'retry' || teamWork === 'retry' ? 'retry' : 'idle';
  }

  async function runResident(): Promise<Outcome> {
    const s = store.getState();
    if (s.consent.decision !== 'given' || !hasWaiting(s.outbox)) return 'idle';
    const session = await api.ensureSession();
    if (!session.ok) return retryable(session.error) ? 'retry' : 'idle';
    const consent = await api.syncConsent();
    if (!consent.ok) return retryable(consent.error) ? 'retry' : 'idle';
    // The resident may have joined on another phone, or been removed: ask before deciding there is nowhere to send.
    if (!store.getState().account.household) {
      const me = await api.me();
      if (!me.ok) return retryable(me.error) ? 'retry' : 'idle';
    }
    for (;;) {
      const { outbox, account } = store.getState();
      if (!account.household || !hasWaiting(outbox)) return 'idle';
      if (outbox.items.length === 0) {
        const sent = await sendRound(outbox.rounds[0]);
        if (sent === 'next') continue;
        return sent;
      }
      const batch = nextBatch(outbox);
      const r = await api.sendBatch(batch);
      if (r.ok) {
        store.getState().updateOutbox((o) => applyBatchResults(o, r.value.results, now()), true);
        continue;
      }
      if (r.error.code === 'no_household') {
        store.getState().setHousehold(null);
        return 'idle';
      }
      if (r.error.status === 400) {
        const e = r.error;
        const next = dropInvalid(outbox, batch, e.field, e.code, e.message, now());
        if (next === outbox) return 'idle';
        store.getState().updateOutbox(() => next);
        continue;
      }
      return retryable(r.error) ? 'retry' : 'idle';
    }
  }

  /** Practice rounds after the lesson results, one at a time (a phone holds a few at most). */
  async function sendRound(round: PracticeRoundBody): Promise<Outcome | 'next'> {
    const r = await api.sendRound(round);
    const drop = () =>
      store.getState().updateOutbox((o) => ({ ...o, rounds: o.rounds.filter((x) => x.id !== round.id) }), r.ok);
    if (r.ok) return (drop(), 'next');
    if (r.error.code === 'no_household') {
      store.getState().setHousehold(null);
      return 'idle';
    }
    // A round the service will never take (malformed, its id used already) is dropped: it is practice, not progress.
    if (r.error.status === 400 || r.error.status === 409) return (drop(), 'next');
    return retryable(r.error) ? 'retry' : 'idle';
  }

  function kick() {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    cancelTimer?.();
    cancelTimer = undefined;
    running = true;
    run()
      .catch((): Outcome => 'retry')
      .then(
        (outcome) => {
          running = false;
          if (stopped) return;
          if (outcome === 'retry') cancelTimer = schedule(kick, backoffDelay(failures++));
          else failures = 0;
          if (again) {
            again = false;
            kick();
          }
        },
        () => undefined,
      );
  }

  return {
    kick,
    /** The network is back: whatever the backoff said, try now. */
    online() {
      failures = 0;
      kick();
    },
    stop() {
      stopped = true;
      cancelTimer?.();
    },
  };
}
