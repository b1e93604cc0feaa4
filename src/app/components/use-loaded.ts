import { useCallback, useEffect, useState } from 'react';
import type { ApiResult } from '../api/http';

/**
 * State that an async look-up finds: looked up when the screen opens, again whenever `find` changes (keep it in a
 * useCallback) or `refresh` does (something the answer depends on that `find` does not read, like a new sign-in),
 * and on reload(). An answer that arrives after the screen has gone, or after a newer look-up began, is
 * dropped, so a slow first answer never overwrites a newer one.
 */
export function useLookup<S>(initial: S, find: () => Promise<S>, refresh?: unknown) {
  const [state, setState] = useState<S>(initial);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    void find().then((found) => live && setState(found));
    return () => {
      live = false;
    };
  }, [find, attempt, refresh]);
  const reload = useCallback(() => setAttempt((a) => a + 1), []);
  // Looking again from scratch: the screen shows the first state (a spinner) until the new answer comes.
  const [first] = useState(initial);
  const restart = useCallback(() => {
    setState(first);
    reload();
  }, [first, reload]);
  return { state, setState, reload, restart };
}

export type Loaded<T> = { kind: 'loading' } | { kind: 'failed'; code: string } | { kind: 'ready'; value: T };

/**
 * What a screen shows, loaded when it opens and again on reload() (after a retry, or after the screen changed it).
 * The last answer stays on screen while it loads again.
 */
export function useLoaded<T>(load: () => Promise<ApiResult<T>>) {
  const find = useCallback(
    () =>
      load().then((r): Loaded<T> =>
        r.ok ? { kind: 'ready', value: r.value } : { kind: 'failed', code: r.error.code },
      ),
    [load],
  );
  const { state, reload } = useLookup<Loaded<T>>({ kind: 'loading' }, find);
  return { state, reload };
}
