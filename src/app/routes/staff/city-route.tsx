import { useTranslation } from 'react-i18next';
import { useStaffApi } from '../../api/use-staff-api';
import { CityPage } from '../../features/reports/city-page';
import { StaffScreen } from './staff-screen';

/** /staff/city: every ward side by side, for the city's staff. */
export function CityRoute() {
  const { t } = useTranslation('staff');
  const staff = useStaffApi();
  return (
    <StaffScreen
      title={t('report.city.header')}
      heading={{ icon: '🏙️', text: t('report.city.heading') }}
      roles={['city']}
    >
      {() => <CityPage load={staff.cityOverview} />}
    </StaffScreen>
  );
}
