import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormSubmit } from './form-submit';
import { TextField } from './text-field';

type Props = { onSignIn: (name: string) => Promise<string | undefined> };

/**
 * The browser's development sign-in, labelled as such so nobody mistakes it for the real thing: inside Zalo the
 * app signs in with the Zalo account and this card never appears. Shared by the household and staff screens.
 */
export function DevSignInCard({ onSignIn }: Props) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [missing, setMissing] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setMissing(!name.trim());
    if (!name.trim()) return;
    setBusy(true);
    const err = await onSignIn(name.trim());
    setBusy(false);
    setError(err);
  };

  return (
    <form className="hvs-card hvs-form" onSubmit={(e) => void submit(e)} data-testid="dev-sign-in">
      <p className="hvs-dev-badge">{t('signIn.devBadge')}</p>
      <p className="hvs-muted">{t('signIn.devHint')}</p>
      <TextField
        id="dev-name"
        label={t('signIn.name')}
        value={name}
        maxLength={60}
        autoComplete="name"
        placeholder={t('signIn.namePlaceholder')}
        onChange={setName}
      />
      <FormSubmit disabled={busy} problem={missing && t('signIn.nameNeeded')} error={error}>
        {t('signIn.submit')}
      </FormSubmit>
    </form>
  );
}
