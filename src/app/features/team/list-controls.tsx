import { useTranslation } from 'react-i18next';
import type { ListFilter } from '../../api/staff-api';
import { SelectField } from '../../components/select-field';
import { InputField } from '../../components/input-field';

const FILTERS: (ListFilter | undefined)[] = [undefined, 'not_started', 'in_progress', 'completed', 'needs_visit'];

type Props = {
  areas: { id: string; name: string }[];
  areaId?: string;
  filter?: ListFilter;
  search: string;
  onArea: (areaId?: string) => void;
  onFilter: (filter?: ListFilter) => void;
  onSearch: (text: string) => void;
};

/** Search by code or house number, the tổ dân phố (for people who look after several), and status chips. */
export function ListControls({ areas, areaId, filter, search, onArea, onFilter, onSearch }: Props) {
  const { t } = useTranslation('staff');
  return (
    <div className="hvs-list-controls">
      <div className="hvs-control-row">
        <InputField
          label={t('households.search')}
          type="search"
          value={search}
          maxLength={60}
          placeholder={t('households.searchPlaceholder')}
          onChange={onSearch}
        />
        {areas.length > 1 && (
          <SelectField
            label={t('households.area')}
            value={areaId ?? ''}
            onChange={(v) => onArea(v || undefined)}
            items={areas}
            first={t('households.allAreas')}
          />
        )}
      </div>
      <div className="hvs-filter-chips" role="group" aria-label={t('households.filter')}>
        {FILTERS.map((f) => (
          <button
            key={f ?? 'all'}
            type="button"
            className="hvs-filter-chip"
            aria-pressed={filter === f}
            onClick={() => onFilter(f)}
          >
            {t(`households.filters.${f ?? 'all'}`)}
          </button>
        ))}
      </div>
    </div>
  );
}
