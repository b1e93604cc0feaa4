import './reports.css';
import { useTranslation } from 'react-i18next';
import type { TrainingPlanView } from '../../../core/api/report-views';
import { formatCount, formatDay, planItemText } from '../../../core/reports/report-words';
import { planItemKey } from '../../../core/reports/training-plan';
import type { ApiResult } from '../../api/http';
import { Fetched } from '../../components/load-state';
import { useReportLang } from './report-lang';
import { visitListPath } from './visit-list';

type Props = { load: () => Promise<ApiResult<TrainingPlanView>>; onOpen: (path: string) => void };

/**
 * "Kế hoạch tập huấn": per tổ dân phố, what to organise, most households first, in the workbook's sentences. The
 * tổ's own team also gets the list of households behind each item, to go and visit.
 */
export function TrainingPlanPage({ load, onOpen }: Props) {
  return <Fetched load={load}>{(plan) => <Plan plan={plan} onOpen={onOpen} />}</Fetched>;
}

function Plan({ plan, onOpen }: { plan: TrainingPlanView; onOpen: (path: string) => void }) {
  const { t } = useTranslation('staff');
  const lang = useReportLang();
  return (
    <div data-testid="training-plan">
      <p className="hvs-body">
        <strong>{plan.wardName}</strong> · {t('report.asOf', { day: formatDay(plan.asOf) })}
      </p>
      <p className="hvs-muted">{t(plan.visitLists ? 'report.plan.introTeam' : 'report.plan.intro')}</p>
      {plan.areas.map((a) => (
        <section
          key={a.areaId}
          className="hvs-card hvs-section"
          aria-labelledby={`plan-${a.areaId}`}
          data-area={a.areaId}
        >
          <h2 id={`plan-${a.areaId}`} className="hvs-h2">
            {a.name}{' '}
            <span className="hvs-muted-inline">({t('report.households', { n: formatCount(lang, a.households) })})</span>
          </h2>
          {a.items.length === 0 ? (
            <p className="hvs-body">{t('report.plan.nothing')}</p>
          ) : (
            <ol className="hvs-plan-items">
              {a.items.map((item) => {
                const id = `plan-${a.areaId}-${planItemKey(item)}`;
                const path = visitListPath(a.areaId, item);
                return (
                  <li key={id}>
                    <span id={id}>{planItemText(lang, item, item.shown)}</span>
                    {plan.visitLists && (
                      <a
                        className="hvs-link-button"
                        href={path}
                        aria-describedby={id}
                        onClick={(e) => {
                          e.preventDefault();
                          onOpen(path);
                        }}
                      >
                        {t('report.plan.openList')} <span aria-hidden>›</span>
                      </a>
                    )}
                  </li>
                );
              })}
            </ol>
          )}
        </section>
      ))}
    </div>
  );
}
