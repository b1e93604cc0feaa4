import { useCallback } from 'react';
import type { StaffMeView } from '../../../core/api/staff-schemas';
import { useStaffApi } from '../../api/use-staff-api';
import { useLookup } from '../../components/use-loaded';
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
  const find = useCallback(
    () =>
      staff.me().then((r): StaffState => {
        if (r.ok) return { kind: 'ready', me: r.value };
        const { code } = r.error;
        return code === 'signed_out'
          ? { kind: 'signed-out' }
          : code === 'not_staff'
            ? { kind: 'not-staff' }
            : { kind: 'failed', code };
      }),
    [staff],
  );
  // The token rides in the request: a new one (a sign-in) means asking again.
  const { state, restart } = useLookup<StaffState>({ kind: 'loading' }, find, token);
  return { state, reload: restart };
}
