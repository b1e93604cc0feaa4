import { useTranslation } from 'react-i18next';
import { useStaffApi } from '../../api/use-staff-api';
import { StaffScreen } from './staff-screen';
import { UnansweredPage } from '../../features/team/unanswered-page';

/** /staff/unanswered: the assistant's unanswered questions. */
export function UnansweredRoute() {
  const { t } = useTranslation('staff');
  const staff = useStaffApi();
  return (
    <StaffScreen
      title={t('unanswered.header')}
      heading={{ icon: '❓', text: t('unanswered.heading') }}
      roles={['team', 'ward_admin']}
    >
      {() => <UnansweredPage load={staff.unanswered} />}
    </StaffScreen>
  );
}
