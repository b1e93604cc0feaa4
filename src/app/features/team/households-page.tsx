import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreatedHousehold, StaffHouseholdPage, StaffMeView } from '../../../core/api/staff-schemas';
import type { ApiResult } from '../../api/http';
import type { ListQuery } from '../../api/staff-api';
import { ErrorNote } from '../../components/error-note';
import { CreateHouseholdsForm } from './create-households-form';
import { HouseholdRow } from './household-row';
import type { LessonOption } from './lesson-option';
import { ListControls } from './list-controls';
import { PlanFilterChip } from './plan-filter-chip';
import { useHouseholdList, type ListCriteria } from './use-household-list';
import { Busy } from '../../components/load-state';
import { Button } from '../../components/button';

export type CardsQuery = { ids?: string; areaId?: string };

type Props = {
  me: StaffMeView;
  required: LessonOption[];
  load: (q: ListQuery) => Promise<ApiResult<StaffHouseholdPage>>;
  create: (body: { areaId: string; label?: string; count: number }) => Promise<ApiResult<CreatedHousehold[]>>;
  onPrint: (q: CardsQuery) => void;
  onOpen: (id: string) => void;
  /** Where the list starts (the URL's query), and each change of search, filter or tổ dân phố, to keep it there. */
  initial?: ListCriteria;
  onCriteria?: (c: ListCriteria) => void;
};

/** "Hộ gia đình": the houses of my tổ dân phố, next one to visit on top, with new households and their cards. */
export function HouseholdsPage({ me, required, load, create, onPrint, onOpen, initial, onCriteria }: Props) {
  const { t } = useTranslation('staff');
  const list = useHouseholdList(load, initial);
  const onCriteriaRef = useRef(onCriteria);
  onCriteriaRef.current = onCriteria;
  useEffect(() => onCriteriaRef.current?.(list.criteria), [list.criteria]);
  const [creating, setCreating] = useState(false);
  const { state, criteria } = list;
  const printArea = criteria.areaId ?? (me.areas.length === 1 ? me.areas[0].id : undefined);

  return (
    <>
      <div className="hvs-toolbar">
        <Button kind="secondary" aria-expanded={creating} onClick={() => setCreating(!creating)}>
          + {t('create.open')}
        </Button>
        <Button kind="secondary" disabled={!printArea} onClick={() => printArea && onPrint({ areaId: printArea })}>
          🖨 {t('households.printArea')}
        </Button>
      </div>
      {!printArea && <p className="hvs-muted">{t('households.printChooseArea')}</p>}
      {creating && (
        <CreateHouseholdsForm
          areas={me.areas}
          defaultAreaId={printArea}
          create={async (body) => {
            const r = await create(body);
            if (r.ok) list.reload();
            return r;
          }}
          onPrint={(ids) => onPrint({ ids: ids.join(',') })}
        />
      )}
      <ListControls
        areas={me.areas}
        areaId={criteria.areaId}
        filter={criteria.filter}
        search={list.search}
        onArea={list.setArea}
        onFilter={list.setFilter}
        onSearch={list.setSearch}
      />
      <PlanFilterChip criteria={criteria} onClear={list.clearPlanFilter} />
      {state.kind === 'loading' && <Busy />}
      {state.kind === 'failed' && <ErrorNote code={state.code} onRetry={list.reload} />}
      {state.kind === 'ready' && (
        <>
          <p className="hvs-muted" role="status" data-testid="households-total">
            {t('households.shown', { shown: state.items.length, total: state.total })}
          </p>
          {state.items.length === 0 ? (
            <p className="hvs-body">{t('households.empty')}</p>
          ) : (
            <>
              <p className="hvs-legend" data-testid="squares-legend">
                <span className="hvs-dots-row" aria-hidden>
                  <span className="is-done">✓</span>
                </span>{' '}
                {t('households.legendDone')}{' '}
                <span className="hvs-dots-row" aria-hidden>
                  <span>○</span>
                </span>{' '}
                {t('households.legendOpen', { count: required.length })}
              </p>
              <ul className="hvs-hh-list">
                {state.items.map((row) => (
                  <HouseholdRow
                    key={row.id}
                    row={row}
                    required={required}
                    showArea={me.areas.length > 1}
                    onOpen={me.role === 'team' ? () => onOpen(row.id) : undefined}
                  />
                ))}
              </ul>
            </>
          )}
          {state.more === 'failed' && <ErrorNote code="network" />}
          {state.items.length < state.total && (
            <Button
              kind="secondary"
              className="hvs-wide"
              disabled={state.more === 'loading'}
              onClick={() => void list.more()}
            >
              {t('households.more', { count: state.total - state.items.length })}
            </Button>
          )}
        </>
      )}
    </>
  );
}
