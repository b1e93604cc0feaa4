import { useCallback, useEffect, useState } from 'react';
import type { MeView, ProgressView } from '../../../core/api/schemas';
import { useApi, useAppState } from '../../store/store-context';

export type MyDataState =
  | { kind: 'loading' }
  /** Never signed in (or deleted): the service holds nothing, and asking it would create an account. */
  | { kind: 'local' }
  | { kind: 'failed'; code: string }
  | { kind: 'ready'; me: MeView; progress?: ProgressView };

/** What the service stores about the resident, read fresh each time the screen opens. */
export function useMyData() {
  const api = useApi();
  const hasAccount = useAppState((s) => s.account.session !== null);
  const [state, setState] = useState<MyDataState>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (!hasAccount) {
      setState({ kind: 'local' });
      return;
    }
    let live = true;
    setState({ kind: 'loading' });
    void (async () => {
      const me = await api.me();
      if (!live) return;
      if (!me.ok) return setState({ kind: 'failed', code: me.error.code });
      const p = me.value.household ? await api.myHousehold() : undefined;
      if (live) setState({ kind: 'ready', me: me.value, progress: p?.ok ? p.value : undefined });
    })();
    return () => {
      live = false;
    };
  }, [api, hasAccount, attempt]);

  return { state, reload: useCallback(() => setAttempt((a) => a + 1), []) };
}
