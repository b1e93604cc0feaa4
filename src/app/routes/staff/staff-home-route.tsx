import { useTranslation } from 'react-i18next';
import { useNavigate } from 'zmp-ui';
import { API_BASE } from '../../api/api-base';
import { useStaffApi } from '../../api/use-staff-api';
import { PageFrame } from '../../components/page-frame';
import { LoginCodeCard } from '../../features/staff/login-code-card';
import { StaffGate } from '../../features/staff/staff-gate';
import { StaffHome } from '../../features/staff/staff-home';
import { useUp } from './use-staff-nav';

/** The address to type the sign-in code at: the service's own (in Zalo the app is served from elsewhere). */
const signInUrl = () => `${API_BASE || window.location.origin}/staff/sign-in`;

/** /staff: "Dành cho cán bộ". */
export function StaffHomeRoute() {
  const { t } = useTranslation('staff');
  const navigate = useNavigate();
  const up = useUp();
  const staff = useStaffApi();
  return (
    <PageFrame title={t('home.header')} onBack={() => up('/settings')}>
      <h1 className="hvs-h1">
        <span aria-hidden>🧑‍💼</span> {t('home.heading')}
      </h1>
      <StaffGate>
        {(me) => (
          <div className="hvs-staff-cols">
            <StaffHome me={me} onOpen={(path) => navigate(path)} />
            <LoginCodeCard signInUrl={signInUrl()} makeCode={staff.loginCode} />
          </div>
        )}
      </StaffGate>
    </PageFrame>
  );
}
