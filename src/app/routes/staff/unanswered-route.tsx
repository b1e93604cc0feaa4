import { useTranslation } from 'react-i18next';
import { useStaffApi } from '../../api/use-staff-api';
import { PageFrame } from '../../components/page-frame';
import { StaffGate } from '../../features/staff/staff-gate';
import { UnansweredPage } from '../../features/team/unanswered-page';
import { useUp } from './use-staff-nav';

/** /staff/unanswered: the assistant's unanswered questions. */
export function UnansweredRoute() {
  const { t } = useTranslation('staff');
  const up = useUp();
  const staff = useStaffApi();
  return (
    <PageFrame title={t('unanswered.header')} onBack={() => up('/staff')}>
      <h1 className="hvs-h1">
        <span aria-hidden>❓</span> {t('unanswered.heading')}
      </h1>
      <StaffGate roles={['team', 'ward_admin']}>{() => <UnansweredPage load={staff.unanswered} />}</StaffGate>
    </PageFrame>
  );
}
