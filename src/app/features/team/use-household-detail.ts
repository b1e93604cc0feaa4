import { useCallback, useEffect, useState } from 'react';
import type { StaffHouseholdDetail } from '../../../core/api/staff-schemas';
import type { ApiResult } from '../../api/http';

export type DetailState = { kind: 'loading' } | { kind: 'failed'; code: string } | { kind: 'ready'; detail: StaffHouseholdDetail };

/** One household as the team sees it; reloaded after the team records something for it. */
export function useHouseholdDetail(load: () => Promise<ApiResult<StaffHouseholdDetail>>) {
  const [state, setState] = useState<DetailState>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    void load().then((r) => live && setState(r.ok ? { kind: 'ready', detail: r.value } : { kind: 'failed', code: r.error.code }));
    return () => {
      live = false;
    };
  }, [load, attempt]);
  const reload = useCallback(() => setAttempt((a) => a + 1), []);
  return { state, reload };
}
