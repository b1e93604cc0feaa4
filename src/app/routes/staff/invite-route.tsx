import { useTranslation } from 'react-i18next';
import { useStaffApi } from '../../api/use-staff-api';
import { appPathOf } from '../../components/app-path';
import { PageFrame } from '../../components/page-frame';
import { InvitePage } from '../../features/staff/invite-page';
import { StaffGate } from '../../features/staff/staff-gate';
import { useShareNotice, useUp } from './use-staff-nav';

/** /staff/invite: ward admins invite team members, schools and other ward admins. */
export function InviteRoute() {
  const { t } = useTranslation('staff');
  const up = useUp();
  const staff = useStaffApi();
  const share = useShareNotice();
  return (
    <PageFrame title={t('invite.header')} onBack={() => up('/staff')}>
      <h1 className="hvs-h1">
        <span aria-hidden>✉️</span> {t('invite.heading')}
      </h1>
      <StaffGate roles={['ward_admin']}>
        {(me) => (
          <InvitePage
            me={me}
            invite={staff.invite}
            onShare={(v) =>
              void share(appPathOf(v.link), t('invite.shareTitle'), t('invite.shareText', { code: v.code }))
            }
          />
        )}
      </StaffGate>
    </PageFrame>
  );
}
