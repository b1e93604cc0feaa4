import { useTranslation } from 'react-i18next';
import { useNavigate } from 'zmp-ui';
import { useStaffApi } from '../../api/use-staff-api';
import { PageFrame } from '../../components/page-frame';
import { TrainingPlanPage } from '../../features/reports/training-plan-page';
import { StaffGate } from '../../features/staff/staff-gate';
import { useUp } from './use-staff-nav';

/** /staff/training-plan: what each tổ dân phố needs organised. */
export function TrainingPlanRoute() {
  const { t } = useTranslation('staff');
  const up = useUp();
  const navigate = useNavigate();
  const staff = useStaffApi();
  return (
    <PageFrame title={t('report.plan.header')} onBack={() => up('/staff')}>
      <h1 className="hvs-h1">
        <span aria-hidden>🗓️</span> {t('report.plan.heading')}
      </h1>
      <StaffGate roles={['team', 'ward_admin']}>
        {() => <TrainingPlanPage load={staff.trainingPlan} onOpen={(path) => navigate(path)} />}
      </StaffGate>
    </PageFrame>
  );
}
