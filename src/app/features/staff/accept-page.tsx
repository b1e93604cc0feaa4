import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffMeView } from '../../../core/api/staff-schemas';
import { useStaffApi } from '../../api/use-staff-api';
import { DevSignInCard } from '../../components/dev-sign-in-card';
import { ErrorNote } from '../../components/error-note';
import { PageFrame } from '../../components/page-frame';
import { useLookup } from '../../components/use-loaded';
import { useApi } from '../../store/store-context';
import { InviteCodeForm } from './invite-code-form';
import { RoleCard } from './role-card';
import { Busy } from '../../components/load-state';
import { Button } from '../../components/button';

type Props = { initialCode: string; onOpenStaff: () => void; onBack: () => void };
type Step =
  | { kind: 'checking' }
  | { kind: 'signed-out' }
  | { kind: 'failed'; code: string }
  | { kind: 'code' }
  | { kind: 'accepted'; me: StaffMeView };

/** /staff/accept?code=…: the invite link from a QR. Signs in (Zalo, or the development sign-in), then accepts. */
export function AcceptPage({ initialCode, onOpenStaff, onBack }: Props) {
  const { t } = useTranslation('staff');
  const api = useApi();
  const staff = useStaffApi();
  const find = useCallback(
    () =>
      api
        .ensureSession()
        .then((s): Step =>
          s.ok
            ? { kind: 'code' }
            : s.error.code === 'signed_out'
              ? { kind: 'signed-out' }
              : { kind: 'failed', code: s.error.code },
        ),
    [api],
  );
  const { state: step, setState: setStep, reload } = useLookup<Step>({ kind: 'checking' }, find);

  const accept = async (code: string) => {
    const r = await staff.acceptInvite(code);
    if (r.ok) setStep({ kind: 'accepted', me: r.value });
    return r.ok ? undefined : r.error.code;
  };

  return (
    <PageFrame title={t('accept.header')} onBack={onBack}>
      <h1 className="hvs-h1">
        <span aria-hidden>✉️</span> {t('accept.heading')}
      </h1>
      {step.kind === 'checking' && <Busy />}
      {step.kind === 'failed' && <ErrorNote code={step.code} onRetry={reload} />}
      {step.kind === 'signed-out' && (
        <>
          <p className="hvs-body">{t('accept.signInFirst')}</p>
          <DevSignInCard
            onSignIn={async (name) => {
              const r = await api.signInDev(name);
              if (r.ok) setStep({ kind: 'code' });
              return r.ok ? undefined : r.error.code;
            }}
          />
        </>
      )}
      {step.kind === 'code' && (
        <>
          <InviteCodeForm initialCode={initialCode} onAccept={accept} />
          <button type="button" className="hvs-link-button" onClick={onOpenStaff}>
            {t('accept.alreadyStaff')}
          </button>
        </>
      )}
      {step.kind === 'accepted' && (
        <section className="hvs-section" aria-live="polite">
          <div className="hvs-complete" role="status">
            <strong>✓ {t('accept.done')}</strong>
            <span>{t('accept.doneBody')}</span>
          </div>
          <RoleCard me={step.me} />
          <Button kind="primary" className="hvs-wide" onClick={onOpenStaff}>
            {t('accept.open')}
          </Button>
        </section>
      )}
    </PageFrame>
  );
}
