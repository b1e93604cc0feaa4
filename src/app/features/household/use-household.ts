import { useCallback, useEffect, useState } from 'react';
import type { ProgressView } from '../../../core/api/schemas';
import type { ApiResult } from '../../api/http';
import { useApi, useAppState } from '../../store/store-context';

export type HouseholdState =
  | { kind: 'loading' }
  | { kind: 'signed-out' }
  | { kind: 'failed'; code: string }
  | { kind: 'none' }
  | { kind: 'member'; progress: ProgressView };

/**
 * The resident's household as the service sees it. Reloads when queued results land, so a lesson finished
 * offline appears in the household's progress as soon as it is sent.
 */
export function useHousehold() {
  const api = useApi();
  const syncedAt = useAppState((s) => s.syncedAt);
  const [state, setState] = useState<HouseholdState>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    const show = (next: HouseholdState) => live && setState(next);
    void (async () => {
      const session = await api.ensureSession();
      if (!session.ok)
        return show(
          session.error.code === 'signed_out' ? { kind: 'signed-out' } : { kind: 'failed', code: session.error.code },
        );
      const me = await api.me();
      if (!me.ok) return show({ kind: 'failed', code: me.error.code });
      if (!me.value.household) return show({ kind: 'none' });
      const p = await api.myHousehold();
      if (p.ok) return show({ kind: 'member', progress: p.value });
      show(p.error.code === 'household_not_found' ? { kind: 'none' } : { kind: 'failed', code: p.error.code });
    })();
    return () => {
      live = false;
    };
  }, [api, attempt, syncedAt]);

  const reload = useCallback(() => {
    setState({ kind: 'loading' });
    setAttempt((a) => a + 1);
  }, []);

  /** Runs an action that answers with the household, and shows the household it answers with. */
  const apply = useCallback(async (action: Promise<ApiResult<ProgressView>>) => {
    const r = await action;
    if (r.ok) setState({ kind: 'member', progress: r.value });
    return r;
  }, []);

  return {
    state,
    reload,
    signIn: async (name: string) => {
      const r = await api.signInDev(name);
      if (r.ok) reload();
      return r.ok ? undefined : r.error.code;
    },
    join: (code: string) => apply(api.joinHousehold(code)),
    create: (areaId: string, label?: string) => apply(api.createHousehold(areaId, label)),
    remove: (memberId: string) => apply(api.removeMember(memberId)),
    areas: api.areas,
  };
}
