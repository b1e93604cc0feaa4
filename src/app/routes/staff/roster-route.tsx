import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useStaffApi } from '../../api/use-staff-api';
import { useNotice } from '../../components/use-notice';
import { RosterPage } from '../../features/staff/roster-page';
import { StaffScreen } from './staff-screen';

/** /staff/roster: a ward admin's open invites and staff, and taking either back. */
export function RosterRoute() {
  const { t } = useTranslation('staff');
  const notice = useNotice();
  const staff = useStaffApi();
  const revoke = useCallback(
    (x: { kind: 'invite' | 'staff'; id: string }) =>
      x.kind === 'invite' ? staff.revokeInvite(x.id) : staff.revokeStaff(x.id),
    [staff],
  );
  return (
    <StaffScreen title={t('roster.header')} heading={{ icon: '👥', text: t('roster.heading') }} roles={['ward_admin']}>
      {() => (
        <RosterPage
          load={staff.roster}
          revoke={revoke}
          onRevoked={(kind) => notice(t(kind === 'invite' ? 'roster.inviteRevoked' : 'roster.staffRevoked'))}
        />
      )}
    </StaffScreen>
  );
}
