import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatOneTimeCode, normalizeOneTimeCode } from '../../../core/staff/one-time-code';
import { FormSubmit } from '../../components/form-submit';
import { TextField } from '../../components/text-field';
import { FormCard } from '../../components/form-card';

/** The two one-time codes staff type: a desktop sign-in code and an invite. Same form, different words and shape. */
const KINDS = {
  signIn: { id: 'staff-code', placeholder: 'ABCD-EFGH', maxLength: 20, autoComplete: 'one-time-code' },
  accept: { id: 'invite-code', placeholder: 'ABCDE-FGHJK', maxLength: 24, autoComplete: 'off' },
} as const;

type Props = {
  kind: keyof typeof KINDS;
  initialCode?: string;
  onSubmit: (code: string) => Promise<string | undefined>;
};

const display = (raw: string) => {
  const plain = normalizeOneTimeCode(raw);
  return plain ? formatOneTimeCode(plain) : raw;
};

/** A one-time code form: checks the code's shape on the phone first, then shows the service's answer if it refuses. */
export function OneTimeCodeForm({ kind, initialCode = '', onSubmit }: Props) {
  const { t } = useTranslation('staff');
  const field = KINDS[kind];
  const [code, setCode] = useState(() => display(initialCode));
  const [problem, setProblem] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  // The sign-in hint says how to get a code on the phone: on a phone itself that instruction points nowhere.
  const [onPhone] = useState(
    () => typeof window.matchMedia === 'function' && window.matchMedia('(pointer: coarse)').matches,
  );
  const hint = kind === 'signIn' && onPhone ? 'signIn.hintPhone' : `${kind}.hint`;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const plain = normalizeOneTimeCode(code);
    setProblem(!plain);
    setError(undefined);
    if (!plain) return;
    setBusy(true);
    setError(await onSubmit(plain));
    setBusy(false);
  };

  return (
    <FormCard titleId={`${field.id}-title`} title={t(`${kind}.title`)} hint={t(hint)} onSubmit={(e) => void submit(e)}>
      <TextField
        id={field.id}
        label={t(`${kind}.code`)}
        code
        value={code}
        onChange={setCode}
        autoComplete={field.autoComplete}
        maxLength={field.maxLength}
        placeholder={field.placeholder}
        aria-invalid={problem || Boolean(error)}
      />
      <FormSubmit disabled={busy} problem={problem && t(`${kind}.codeProblem`)} error={error}>
        {t(`${kind}.submit`)}
      </FormSubmit>
    </FormCard>
  );
}
