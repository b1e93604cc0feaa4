import { useTranslation } from 'react-i18next';
import { useStaffApi } from '../../api/use-staff-api';
import { PageFrame } from '../../components/page-frame';
import { CityPage } from '../../features/reports/city-page';
import { StaffGate } from '../../features/staff/staff-gate';
import { useUp } from './use-staff-nav';

/** /staff/city: every ward side by side, for the city's staff. */
export function CityRoute() {
  const { t } = useTranslation('staff');
  const up = useUp();
  const staff = useStaffApi();
  return (
    <PageFrame title={t('report.city.header')} onBack={() => up('/staff')}>
      <h1 className="hvs-h1">
        <span aria-hidden>🏙️</span> {t('report.city.heading')}
      </h1>
      <StaffGate roles={['city']}>{() => <CityPage load={staff.cityOverview} />}</StaffGate>
    </PageFrame>
  );
}
