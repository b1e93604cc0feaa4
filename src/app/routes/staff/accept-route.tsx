import { useNavigate, useSearchParams } from 'zmp-ui';
import { AcceptPage } from '../../features/staff/accept-page';
import { useUp } from './use-staff-nav';

/** /staff/accept?code=…: the invite link. */
export function AcceptRoute() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const up = useUp();
  return (
    <AcceptPage
      initialCode={params.get('code') ?? ''}
      onOpenStaff={() => navigate('/staff', { replace: true })}
      onBack={() => up('/')}
    />
  );
}
