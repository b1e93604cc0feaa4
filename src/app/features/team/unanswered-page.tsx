import { useTranslation } from 'react-i18next';
import type { UnansweredGroupView } from '../../../core/api/staff-schemas';
import type { ApiResult } from '../../api/http';
import { LoadState } from '../../components/load-state';
import { useFormat } from '../../components/use-format';
import { useLoaded } from '../../components/use-loaded';

/** What people asked the assistant that it could not answer, grouped, so staff know which FAQ entries to add. */
export function UnansweredPage({ load }: { load: () => Promise<ApiResult<UnansweredGroupView[]>> }) {
  const { t } = useTranslation('staff');
  const format = useFormat();
  const { state, reload } = useLoaded(load);

  return (
    <>
      <p className="hvs-muted">{t('unanswered.intro')}</p>
      <LoadState state={state} onRetry={reload}>
        {(groups) =>
          groups.length === 0 ? (
            <p className="hvs-body">{t('unanswered.empty')}</p>
          ) : (
            <ol className="hvs-question-groups">
              {groups.map((g) => (
                <li key={`${g.example}-${g.lastAt}`} className="hvs-card">
                  <div className="hvs-group-head">
                    <strong>“{g.example}”</strong>
                    <span className="hvs-badge">{t('unanswered.times', { count: g.count })}</span>
                  </div>
                  <span className="hvs-muted">{t('unanswered.last', { date: format.dateTime(g.lastAt) })}</span>
                  {g.texts.length > 1 && (
                    <ul className="hvs-plain-list">
                      {g.texts
                        .filter((x) => x !== g.example)
                        .map((x) => (
                          <li key={x}>“{x}”</li>
                        ))}
                    </ul>
                  )}
                </li>
              ))}
            </ol>
          )
        }
      </LoadState>
    </>
  );
}
