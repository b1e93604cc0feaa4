import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreatedHousehold } from '../../../core/api/staff-schemas';
import { formatJoinCode } from '../../../core/household/join-code';
import type { ApiResult } from '../../api/http';
import { FormSubmit } from '../../components/form-submit';
import { InputField, NumberField } from '../../components/input-field';
import { SelectField } from '../../components/select-field';
import { Button } from '../../components/button';
import { FormCard } from '../../components/form-card';

type Props = {
  areas: { id: string; name: string }[];
  defaultAreaId?: string;
  create: (body: { areaId: string; label?: string; count: number }) => Promise<ApiResult<CreatedHousehold[]>>;
  onPrint: (ids: string[]) => void;
};

/** New households ahead of a visit round: one with a house number, or a batch of blank ones for printed cards. */
export function CreateHouseholdsForm({ areas, defaultAreaId, create, onPrint }: Props) {
  const { t } = useTranslation('staff');
  const [areaId, setAreaId] = useState(defaultAreaId ?? (areas.length === 1 ? areas[0].id : ''));
  const [label, setLabel] = useState('');
  const [count, setCount] = useState('1');
  const [made, setMade] = useState<CreatedHousehold[]>([]);
  const [problem, setProblem] = useState<string | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const n = Number(count);
    const missing = !areaId
      ? 'create.chooseArea'
      : !Number.isInteger(n) || n < 1 || n > 200
        ? 'create.countRange'
        : undefined;
    setProblem(missing);
    setError(undefined);
    if (missing) return;
    setBusy(true);
    const r = await create({ areaId, count: n, ...(label.trim() ? { label: label.trim() } : {}) });
    setBusy(false);
    if (r.ok) {
      setMade(r.value);
      setLabel('');
    } else setError(r.error.code);
  };

  return (
    <FormCard
      className="hvs-section"
      titleId="create-title"
      title={t('create.title')}
      hint={t('create.hint')}
      onSubmit={(e) => void submit(e)}
      noValidate
    >
      <div className="hvs-control-row">
        <SelectField
          label={t('create.area')}
          value={areaId}
          onChange={setAreaId}
          items={areas}
          first={areas.length > 1 ? t('create.pickArea') : undefined}
        />
        <InputField
          label={t('create.label')}
          value={label}
          maxLength={80}
          placeholder={t('create.labelPlaceholder')}
          onChange={setLabel}
        />
        <NumberField label={t('create.count')} min={1} max={200} value={count} onChange={setCount} />
      </div>
      <FormSubmit disabled={busy} problem={problem && t(problem)} error={error}>
        {t('create.submit')}
      </FormSubmit>
      {made.length > 0 && (
        <div className="hvs-complete" role="status" data-testid="created-households">
          <strong>✓ {t('create.made', { count: made.length })}</strong>
          <span className="hvs-created-codes">{made.map((h) => formatJoinCode(h.code)).join(', ')}</span>
          <Button kind="secondary" onClick={() => onPrint(made.map((h) => h.id))}>
            🖨 {t('create.print')}
          </Button>
        </div>
      )}
    </FormCard>
  );
}
