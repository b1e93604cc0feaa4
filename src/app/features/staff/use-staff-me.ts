import { useCallback, useEffect, useState } from 'react';
import type { StaffMeView } from '../../../core/api/staff-schemas';
import { useStaffApi } from '../../api/use-staff-api';
import { useAppState } from '../../store/store-context';

export type StaffState =
  | { kind: 'loading' }
  | { kind: 'signed-out' }
  | { kind: 'not-staff' }
  | { kind: 'failed'; code: string }
  | { kind: 'ready'; me: StaffMeView };

/** Whether the signed-in account is staff, and what it may see. Asked again after any sign-in. */
export function useStaffMe() {
  const staff = useStaffApi();
  const token = useAppState((s) => s.account.session?.token);
  const [state, setState] = useState<StaffState>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    void staff.me().then((r) => {
      if (!live) return;
      if (r.ok) return setState({ kind: 'ready', me: r.value });
      const { code } = r.error;
      setState(
        code === 'signed_out'
          ? { kind: 'signed-out' }
          : code === 'not_staff'
            ? { kind: 'not-staff' }
            : { kind: 'failed', code },
      );
    });
    return () => {
      live = false;
    };
  }, [staff, token, attempt]);

  const reload = useCallback(() => {
    setState({ kind: 'loading' });
    setAttempt((a) => a + 1);
  }, []);
  return { state, reload };
}
