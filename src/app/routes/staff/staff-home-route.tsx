import { useTranslation } from 'react-i18next';
import { useNavigate } from 'zmp-ui';
import { API_BASE } from '../../api/api-base';
import { useStaffApi } from '../../api/use-staff-api';
import { LoginCodeCard } from '../../features/staff/login-code-card';
import { StaffScreen } from './staff-screen';
import { StaffHome } from '../../features/staff/staff-home';

/** The address to type the sign-in code at: the service's own (in Zalo the app is served from elsewhere). */
const signInUrl = () => `${API_BASE || window.location.origin}/staff/sign-in`;

/** /staff: "Dành cho cán bộ". */
export function StaffHomeRoute() {
  const { t } = useTranslation('staff');
  const navigate = useNavigate();
  const staff = useStaffApi();
  return (
    <StaffScreen title={t('home.header')} heading={{ icon: '🧑‍💼', text: t('home.heading') }} up="/settings">
      {(me) => (
        <div className="hvs-staff-cols">
          <StaffHome me={me} onOpen={(path) => navigate(path)} />
          <LoginCodeCard signInUrl={signInUrl()} makeCode={staff.loginCode} />
        </div>
      )}
    </StaffScreen>
  );
}
