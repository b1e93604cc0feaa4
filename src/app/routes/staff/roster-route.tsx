import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useStaffApi } from '../../api/use-staff-api';
import { PageFrame } from '../../components/page-frame';
import { useNotice } from '../../components/use-notice';
import { RosterPage } from '../../features/staff/roster-page';
import { StaffGate } from '../../features/staff/staff-gate';
import { useUp } from './use-staff-nav';

/** /staff/roster: a ward admin's open invites and staff, and taking either back. */
export function RosterRoute() {
  const { t } = useTranslation('staff');
  const up = useUp();
  const notice = useNotice();
  const staff = useStaffApi();
  const revoke = useCallback(
    (x: { kind: 'invite' | 'staff'; id: string }) =>
      x.kind === 'invite' ? staff.revokeInvite(x.id) : staff.revokeStaff(x.id),
    [staff],
  );
  return (
    <PageFrame title={t('roster.header')} onBack={() => up('/staff')}>
      <h1 className="hvs-h1">
        <span aria-hidden>👥</span> {t('roster.heading')}
      </h1>
      <StaffGate roles={['ward_admin']}>
        {() => (
          <RosterPage
            load={staff.roster}
            revoke={revoke}
            onRevoked={(kind) => notice(t(kind === 'invite' ? 'roster.inviteRevoked' : 'roster.staffRevoked'))}
          />
        )}
      </StaffGate>
    </PageFrame>
  );
}
