import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { codeFromScan, formatJoinCode, normalizeJoinCode } from '../../../core/household/join-code';
import { ErrorNote } from '../../components/error-note';
import { TextField } from '../../components/text-field';
import { Button } from '../../components/button';
import { FormCard } from '../../components/form-card';

type Props = {
  initialCode: string;
  /** Only Zalo has a scanner; in a browser the code is typed from the card. */
  canScan: boolean;
  onScan: () => Promise<string | undefined>;
  onJoin: (code: string) => Promise<string | undefined>;
};

/** Shows a code from a link or a scan the way the card prints it (ABC-234), so the resident can compare the two. */
const display = (raw: string) => {
  const check = normalizeJoinCode(raw);
  return check.ok ? formatJoinCode(check.code) : raw;
};

/** Join by the code printed on the household card: typed, scanned, or filled in from a join link. */
export function JoinForm({ initialCode, canScan, onScan, onJoin }: Props) {
  const { t } = useTranslation();
  const [code, setCode] = useState(() => display(initialCode));
  const [problem, setProblem] = useState<string | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  // Checked here first, so a mistyped letter is explained at once, without a round trip on a slow network.
  const join = async (value: string) => {
    const check = normalizeJoinCode(value);
    setError(undefined);
    if (!check.ok) return setProblem(check.reason === 'length' ? 'household.codeLength' : 'household.codeLetters');
    setProblem(undefined);
    setBusy(true);
    const err = await onJoin(check.code);
    setBusy(false);
    setError(err);
  };

  const scan = async () => {
    const text = await onScan();
    if (text === undefined) return;
    const found = codeFromScan(text);
    if (!found) return setProblem('household.scanEmpty');
    setCode(display(found));
    await join(found);
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void join(code);
  };

  return (
    <FormCard titleId="join-title" title={t('household.joinTitle')} hint={t('household.joinHint')} onSubmit={submit}>
      <TextField
        id="join-code"
        label={t('household.codeLabel')}
        code
        value={code}
        onChange={setCode}
        autoComplete="off"
        maxLength={12}
        placeholder={t('household.codePlaceholder')}
        aria-invalid={Boolean(problem || error)}
      />
      {problem && <p className="hvs-field-error">{t(problem)}</p>}
      {error && <ErrorNote code={error} />}
      <div className="hvs-actions">
        {canScan && (
          <Button kind="secondary" disabled={busy} onClick={() => void scan()}>
            {t('household.scan')}
          </Button>
        )}
        <button type="submit" className="hvs-btn hvs-btn-primary" disabled={busy}>
          {t('household.join')}
        </button>
      </div>
    </FormCard>
  );
}
