import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LoginCodeView } from '../../../core/api/staff-schemas';
import type { ApiResult } from '../../api/http';
import { ErrorNote } from '../../components/error-note';
import { useFormat } from '../../components/use-format';
import { Button } from '../../components/button';

type Props = { signInUrl: string; makeCode: () => Promise<ApiResult<LoginCodeView>> };

/** "Đăng nhập trên máy tính": a one-time code (10 minutes) to type on the ward office's computer. No password anywhere. */
export function LoginCodeCard({ signInUrl, makeCode }: Props) {
  const { t } = useTranslation('staff');
  const format = useFormat();
  const [code, setCode] = useState<LoginCodeView | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  const make = async () => {
    setBusy(true);
    const r = await makeCode();
    setBusy(false);
    setCode(r.ok ? r.value : undefined);
    setError(r.ok ? undefined : r.error.code);
  };

  return (
    <section className="hvs-card hvs-section" aria-labelledby="login-code-title">
      <h2 id="login-code-title" className="hvs-h2">
        <span aria-hidden>💻</span> {t('loginCode.title')}
      </h2>
      <p className="hvs-muted">{t('loginCode.hint')}</p>
      <code className="hvs-link-text">{signInUrl}</code>
      {code && (
        <div className="hvs-code-card" role="status">
          <span className="hvs-muted">{t('loginCode.yourCode')}</span>
          <strong className="hvs-code" data-testid="login-code">
            {code.code}
          </strong>
          <span className="hvs-muted">{t('loginCode.until', { time: format.time(code.expiresAt) })}</span>
        </div>
      )}
      {error && <ErrorNote code={error} />}
      <Button kind="secondary" className="hvs-wide" disabled={busy} onClick={() => void make()}>
        {code ? t('loginCode.again') : t('loginCode.make')}
      </Button>
    </section>
  );
}
