import { useCallback, useEffect, useMemo, useRef } from 'react';
import { backoffDelay } from '../../../core/sync/outbox';
import type { KeyValueStore } from '../../../platform';
import { randomId } from '../../store/random-id';
import { createSchoolEvents } from './school-events';
import { sendSchoolEvent } from './send-school-event';

/**
 * Keeps a school link's events flowing while the app is open: at once, again when the network is back, and after
 * 2 s, 4 s … 60 s when the service could not be reached.
 */
export function useSchoolEvents(storage: KeyValueStore, allowed: boolean) {
  const allowedRef = useRef(allowed);
  allowedRef.current = allowed;
  const events = useMemo(
    () =>
      createSchoolEvents({
        storage,
        send: sendSchoolEvent,
        newId: randomId,
        now: () => new Date(),
        allowed: () => allowedRef.current,
      }),
    [storage],
  );
  const kickRef = useRef<() => void>(() => undefined);

  useEffect(() => {
    let stopped = false;
    let failures = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const kick = () => {
      clearTimeout(timer);
      if (stopped || !events.pending()) return;
      void events.flush().then((r) => {
        if (stopped) return;
        if (r === 'retry' && navigator.onLine) timer = setTimeout(kick, backoffDelay(failures++));
        else if (r === 'idle') failures = 0;
      });
    };
    const online = () => {
      failures = 0;
      kick();
    };
    kickRef.current = kick;
    window.addEventListener('online', online);
    kick();
    return () => {
      stopped = true;
      clearTimeout(timer);
      window.removeEventListener('online', online);
    };
  }, [events]);

  return {
    opened: useCallback(
      (token: string, lessonId: string) => {
        events.opened(token, lessonId);
        kickRef.current();
      },
      [events],
    ),
    passed: useCallback(
      (lessonId: string) => {
        events.passed(lessonId);
        kickRef.current();
      },
      [events],
    ),
  };
}
