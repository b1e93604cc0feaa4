import { useTranslation } from 'react-i18next';
import { useStaffApi } from '../../api/use-staff-api';
import { PageFrame } from '../../components/page-frame';
import { CodeSignInForm } from './code-sign-in-form';

/** /staff/sign-in: the desktop way in, by a one-time code from the app or from the ward's administrator. */
export function SignInPage({ onSignedIn, onBack }: { onSignedIn: () => void; onBack: () => void }) {
  const { t } = useTranslation('staff');
  const staff = useStaffApi();
  return (
    <PageFrame title={t('signIn.header')} onBack={onBack}>
      <h1 className="hvs-h1">
        <span aria-hidden>💻</span> {t('signIn.heading')}
      </h1>
      <div className="hvs-narrow">
        <CodeSignInForm
          onSignIn={async (code) => {
            const r = await staff.signInWithCode(code);
            if (r.ok) onSignedIn();
            return r.ok ? undefined : r.error.code;
          }}
        />
        <p className="hvs-muted">{t('signIn.noCode')}</p>
      </div>
    </PageFrame>
  );
}
