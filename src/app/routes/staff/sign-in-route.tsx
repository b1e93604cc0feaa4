import { useNavigate } from 'zmp-ui';
import { SignInPage } from '../../features/staff/sign-in-page';
import { useUp } from './use-staff-nav';

/** /staff/sign-in: desktop sign-in by one-time code. */
export function SignInRoute() {
  const navigate = useNavigate();
  const up = useUp();
  return <SignInPage onSignedIn={() => navigate('/staff', { replace: true })} onBack={() => up('/')} />;
}
