import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffMeRole, StaffMeView } from '../../../core/api/staff-schemas';
import { useStaffApi } from '../../api/use-staff-api';
import { DevSignInCard } from '../../components/dev-sign-in-card';
import { ErrorNote } from '../../components/error-note';
import { useApi } from '../../store/store-context';
import { CodeSignInForm } from './code-sign-in-form';
import { InviteCodeForm } from './invite-code-form';
import { useStaffMe } from './use-staff-me';
import { Busy } from '../../components/load-state';

type Props = { roles?: StaffMeRole[]; children: (me: StaffMeView) => ReactNode };

/**
 * Shows a staff screen only to staff whose role includes it. Anyone else is told why and offered the way in: a
 * sign-in code on a computer, an invite code on a phone. The service checks every request anyway.
 */
export function StaffGate({ roles, children }: Props) {
  const { t } = useTranslation('staff');
  const api = useApi();
  const staff = useStaffApi();
  const { state, reload } = useStaffMe();
  const after = async (r: Promise<{ ok: boolean; error?: { code: string } }>) => {
    const res = await r;
    if (res.ok) reload();
    return res.ok ? undefined : (res.error?.code ?? 'generic');
  };

  switch (state.kind) {
    case 'loading':
      return (
        <Busy>
          <p>{t('common:common.loading')}</p>
        </Busy>
      );
    case 'failed':
      return <ErrorNote code={state.code} onRetry={reload} />;
    case 'signed-out':
      return (
        <>
          <p className="hvs-body">{t('gate.signedOut')}</p>
          <div className="hvs-staff-cols">
            <CodeSignInForm onSignIn={(code) => after(staff.signInWithCode(code))} />
            <DevSignInCard onSignIn={(name) => after(api.signInDev(name))} />
          </div>
        </>
      );
    case 'not-staff':
      return (
        <>
          <p className="hvs-body" data-testid="not-staff">
            {t('gate.notStaff')}
          </p>
          <InviteCodeForm initialCode="" onAccept={(code) => after(staff.acceptInvite(code))} />
        </>
      );
    case 'ready':
      if (roles && !roles.includes(state.me.role)) return <p className="hvs-body">{t('gate.wrongRole')}</p>;
      return <>{children(state.me)}</>;
  }
}
