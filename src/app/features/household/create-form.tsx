import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AreaView } from '../../../core/api/schemas';
import type { ApiResult } from '../../api/http';
import { ErrorNote } from '../../components/error-note';
import { FormSubmit } from '../../components/form-submit';
import { TextField } from '../../components/text-field';
import { AreaChoices } from '../../components/area-choices';

type Props = {
  loadAreas: () => Promise<ApiResult<{ wards: AreaView[] }>>;
  onCreate: (areaId: string, label?: string) => Promise<string | undefined>;
};

/** Creates a household in a tổ dân phố chosen from the configured list, with an optional house number. */
export function CreateForm({ loadAreas, onCreate }: Props) {
  const { t } = useTranslation();
  const [wards, setWards] = useState<AreaView[] | undefined>();
  const [loadError, setLoadError] = useState<string | undefined>();
  const [attempt, setAttempt] = useState(0);
  const [areaId, setAreaId] = useState('');
  const [label, setLabel] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    void loadAreas().then((r) => {
      if (!live) return;
      setWards(r.ok ? r.value.wards : undefined);
      setLoadError(r.ok ? undefined : r.error.code);
    });
    return () => {
      live = false;
    };
  }, [loadAreas, attempt]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setMissing(!areaId);
    if (!areaId) return;
    setBusy(true);
    const err = await onCreate(areaId, label.trim() || undefined);
    setBusy(false);
    setError(err);
  };

  return (
    <form className="hvs-form" onSubmit={(e) => void submit(e)}>
      <p className="hvs-muted">{t('household.createHint')}</p>
      {loadError && (
        <>
          <p className="hvs-body">{t('household.areasFailed')}</p>
          <ErrorNote code={loadError} onRetry={() => setAttempt((a) => a + 1)} />
        </>
      )}
      {wards?.map((ward) => (
        <AreaChoices
          key={ward.wardId}
          legend={`${t('household.area')} · ${ward.wardName}`}
          areas={ward.areas}
          name="area"
          isOn={(id) => areaId === id}
          onPick={setAreaId}
        />
      ))}
      {missing && <p className="hvs-field-error">{t('household.chooseArea')}</p>}
      <TextField
        id="household-label"
        label={t('household.label')}
        value={label}
        maxLength={80}
        placeholder={t('household.labelPlaceholder')}
        onChange={setLabel}
      />
      <FormSubmit disabled={busy || !wards} error={error}>
        {t('household.create')}
      </FormSubmit>
    </form>
  );
}
