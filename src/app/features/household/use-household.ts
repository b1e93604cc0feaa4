import { useCallback } from 'react';
import type { ProgressView } from '../../../core/api/schemas';
import type { ApiResult } from '../../api/http';
import { useLookup } from '../../components/use-loaded';
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
  const find = useCallback(async (): Promise<HouseholdState> => {
    const session = await api.ensureSession();
    if (!session.ok)
      return session.error.code === 'signed_out'
        ? { kind: 'signed-out' }
        : { kind: 'failed', code: session.error.code };
    const me = await api.me();
    if (!me.ok) return { kind: 'failed', code: me.error.code };
    if (!me.value.household) return { kind: 'none' };
    const p = await api.myHousehold();
    if (p.ok) return { kind: 'member', progress: p.value };
    return p.error.code === 'household_not_found' ? { kind: 'none' } : { kind: 'failed', code: p.error.code };
  }, [api]);
  const { state, setState, restart: reload } = useLookup<HouseholdState>({ kind: 'loading' }, find, syncedAt);

  /** Runs an action that answers with the household, and shows the household it answers with. */
  const apply = useCallback(
    async (action: Promise<ApiResult<ProgressView>>) => {
      const r = await action;
      if (r.ok) setState({ kind: 'member', progress: r.value });
      return r;
    },
    [setState],
  );

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
