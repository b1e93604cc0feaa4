import { useTranslation } from 'react-i18next';
import { useNavigate } from 'zmp-ui';
import { useStaffApi } from '../../api/use-staff-api';
import { TrainingPlanPage } from '../../features/reports/training-plan-page';
import { StaffScreen } from './staff-screen';

/** /staff/training-plan: what each tổ dân phố needs organised. */
export function TrainingPlanRoute() {
  const { t } = useTranslation('staff');
  const navigate = useNavigate();
  const staff = useStaffApi();
  return (
    <StaffScreen
      title={t('report.plan.header')}
      heading={{ icon: '🗓️', text: t('report.plan.heading') }}
      roles={['team', 'ward_admin']}
    >
      {() => <TrainingPlanPage load={staff.trainingPlan} onOpen={(path) => navigate(path)} />}
    </StaffScreen>
  );
}
