import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RangeQuery } from '../../api/staff-api';
import { ErrorNote } from '../../components/error-note';
import { SelectField } from '../../components/select-field';
import { Button } from '../../components/button';

type Props = {
  areas: { id: string; name: string }[];
  range: { from?: string; to?: string };
  onExport: (kind: 'xlsx' | 'csv', q: RangeQuery) => Promise<string | undefined>;
};

/** The ward office's report for the chosen dates: Excel or CSV, the whole ward or one tổ dân phố. */
export function ExportCard({ areas, range, onExport }: Props) {
  const { t } = useTranslation('staff');
  const [areaId, setAreaId] = useState('');
  const [busy, setBusy] = useState<'xlsx' | 'csv' | undefined>();
  const [error, setError] = useState<string | undefined>();

  const run = async (kind: 'xlsx' | 'csv') => {
    setBusy(kind);
    setError(await onExport(kind, { ...range, ...(areaId ? { areaId } : {}) }));
    setBusy(undefined);
  };

  return (
    <section className="hvs-card hvs-section" aria-labelledby="export-title">
      <h2 id="export-title" className="hvs-h2">
        <span aria-hidden>📥</span> {t('export.title')}
      </h2>
      <p className="hvs-muted">{t('export.hint')}</p>
      {areas.length > 1 && (
        <SelectField
          label={t('export.scope')}
          value={areaId}
          onChange={setAreaId}
          items={areas}
          first={t('export.allAreas')}
        />
      )}
      {error && <ErrorNote code={error} />}
      <div className="hvs-actions">
        <Button kind="primary" disabled={Boolean(busy)} onClick={() => void run('xlsx')}>
          {busy === 'xlsx' ? t('export.working') : t('export.xlsx')}
        </Button>
        <Button kind="secondary" disabled={Boolean(busy)} onClick={() => void run('csv')}>
          {busy === 'csv' ? t('export.working') : t('export.csv')}
        </Button>
      </div>
    </section>
  );
}
