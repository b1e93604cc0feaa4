import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { normalizeOneTimeCode } from '../../../core/staff/one-time-code';
import { ErrorNote } from '../../components/error-note';

type Props = { onSignIn: (code: string) => Promise<string | undefined> };

/** Desktop sign-in: the one-time code shown in the app ("Đăng nhập trên máy tính") or printed by `npm run staff`. */
export function CodeSignInForm({ onSignIn }: Props) {
  const { t } = useTranslation('staff');
  const [code, setCode] = useState('');
  const [problem, setProblem] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const plain = normalizeOneTimeCode(code);
    setProblem(!plain);
    setError(undefined);
    if (!plain) return;
    setBusy(true);
    setError(await onSignIn(plain));
    setBusy(false);
  };

  return (
    <form className="hvs-card hvs-form" onSubmit={(e) => void submit(e)} aria-labelledby="code-sign-in-title">
      <h2 id="code-sign-in-title" className="hvs-h2">
        {t('signIn.title')}
      </h2>
      <p className="hvs-muted">{t('signIn.hint')}</p>
      <label className="hvs-label" htmlFor="staff-code">
        {t('signIn.code')}
      </label>
      <input
        id="staff-code"
        className="hvs-input hvs-code-input"
        value={code}
        onChange={(e) => setCode(e.target.value)}
        autoCapitalize="characters"
        autoComplete="one-time-code"
        autoCorrect="off"
        spellCheck={false}
        maxLength={20}
        placeholder="ABCD-EFGH"
        aria-invalid={problem || Boolean(error)}
      />
      {problem && <p className="hvs-field-error">{t('signIn.codeProblem')}</p>}
      {error && <ErrorNote code={error} />}
      <button type="submit" className="hvs-btn hvs-btn-primary" disabled={busy}>
        {t('signIn.submit')}
      </button>
    </form>
  );
}
