import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatOneTimeCode, normalizeOneTimeCode } from '../../../core/staff/one-time-code';
import { ErrorNote } from '../../components/error-note';

type Props = { initialCode: string; onAccept: (code: string) => Promise<string | undefined> };

const display = (raw: string) => {
  const plain = normalizeOneTimeCode(raw);
  return plain ? formatOneTimeCode(plain) : raw;
};

/** Accepting an invite binds the staff role in it to the account signed in now: asked once, with the code shown. */
export function InviteCodeForm({ initialCode, onAccept }: Props) {
  const { t } = useTranslation('staff');
  const [code, setCode] = useState(() => display(initialCode));
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
    setError(await onAccept(plain));
    setBusy(false);
  };

  return (
    <form className="hvs-card hvs-form" onSubmit={(e) => void submit(e)} aria-labelledby="invite-code-title">
      <h2 id="invite-code-title" className="hvs-h2">
        {t('accept.title')}
      </h2>
      <p className="hvs-muted">{t('accept.hint')}</p>
      <label className="hvs-label" htmlFor="invite-code">
        {t('accept.code')}
      </label>
      <input
        id="invite-code"
        className="hvs-input hvs-code-input"
        value={code}
        onChange={(e) => setCode(e.target.value)}
        autoCapitalize="characters"
        autoComplete="off"
        autoCorrect="off"
        spellCheck={false}
        maxLength={24}
        placeholder="ABCDE-FGHJK"
        aria-invalid={problem || Boolean(error)}
      />
      {problem && <p className="hvs-field-error">{t('accept.codeProblem')}</p>}
      {error && <ErrorNote code={error} />}
      <button type="submit" className="hvs-btn hvs-btn-primary" disabled={busy}>
        {t('accept.submit')}
      </button>
    </form>
  );
}
