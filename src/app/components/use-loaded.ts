import { useCallback, useEffect, useState } from 'react';
import type { ApiResult } from '../api/http';

export type Loaded<T> = { kind: 'loading' } | { kind: 'failed'; code: string } | { kind: 'ready'; value: T };

/**
 * What a screen shows, loaded when it opens and again on reload() (after a retry, or after the screen changed it).
 * An answer that arrives after the screen has gone is dropped.
 */
export function useLoaded<T>(load: () => Promise<ApiResult<T>>) {
  const [state, setState] = useState<Loaded<T>>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    void load().then(
      (r) => live && setState(r.ok ? { kind: 'ready', value: r.value } : { kind: 'failed', code: r.error.code }),
    );
    return () => {
      live = false;
    };
  }, [load, attempt]);
  const reload = useCallback(() => setAttempt((a) => a + 1), []);
  return { state, reload };
}
