import { useTranslation } from 'react-i18next';
import { useStaffApi } from '../../api/use-staff-api';
import { appPathOf } from '../../components/app-path';
import { InvitePage } from '../../features/staff/invite-page';
import { StaffScreen } from './staff-screen';
import { useShareNotice } from './use-staff-nav';

/** /staff/invite: ward admins invite team members, schools and other ward admins. */
export function InviteRoute() {
  const { t } = useTranslation('staff');
  const staff = useStaffApi();
  const share = useShareNotice();
  return (
    <StaffScreen title={t('invite.header')} heading={{ icon: '✉️', text: t('invite.heading') }} roles={['ward_admin']}>
      {(me) => (
        <InvitePage
          me={me}
          invite={staff.invite}
          onShare={(v) =>
            void share(appPathOf(v.link), t('invite.shareTitle'), t('invite.shareText', { code: v.code }))
          }
        />
      )}
    </StaffScreen>
  );
}
