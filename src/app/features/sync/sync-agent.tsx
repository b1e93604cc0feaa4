import { useEffect } from 'react';
import type { AppState } from '../../store/app-store';
import { staffApiFor } from '../../api/staff-api';
import { useApi, useAppStore } from '../../store/store-context';
import { createSyncRunner } from './sync-runner';

/** What, when it changes, may let queued results through. */
const trigger = (s: AppState) =>
  [
    s.consent.decision,
    s.consent.sent,
    s.outbox.items.length,
    s.outbox.rounds.length,
    s.outbox.team.length,
    s.account.household?.id,
    s.account.session?.token,
  ].join('|');

/**
 * Keeps the outbox flowing while the app is open. Rendered by the shell once the resident has agreed, or while the
 * team's work waits on the phone (a team member's visits need no resident's consent).
 */
export function SyncAgent() {
  const api = useApi();
  const store = useAppStore();
  useEffect(() => {
    const runner = createSyncRunner({
      api,
      team: staffApiFor(api, store),
      store,
      isOnline: () => navigator.onLine,
      schedule: (fn, ms) => {
        const t = setTimeout(fn, ms);
        return () => clearTimeout(t);
      },
      now: () => new Date(),
    });
    let last = trigger(store.getState());
    let nudge = store.getState().syncNudge;
    const unsubscribe = store.subscribe((s) => {
      if (s.syncNudge !== nudge) {
        nudge = s.syncNudge;
        runner.online();
      }
      const next = trigger(s);
      if (next === last) return;
      last = next;
      runner.kick();
    });
    const onOnline = () => runner.online();
    window.addEventListener('online', onOnline);
    runner.kick();
    return () => {
      unsubscribe();
      window.removeEventListener('online', onOnline);
      runner.stop();
    };
  }, [api, store]);
  return null;
}
