import { useTranslation } from 'react-i18next';
import { Spinner } from 'zmp-ui';
import type { UnansweredGroupView } from '../../../core/api/staff-schemas';
import type { ApiResult } from '../../api/http';
import { ErrorNote } from '../../components/error-note';
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
      {state.kind === 'loading' && (
        <div className="hvs-center" role="status">
          <Spinner visible />
        </div>
      )}
      {state.kind === 'failed' && <ErrorNote code={state.code} onRetry={reload} />}
      {state.kind === 'ready' &&
        (state.value.length === 0 ? (
          <p className="hvs-body">{t('unanswered.empty')}</p>
        ) : (
          <ol className="hvs-question-groups">
            {state.value.map((g) => (
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
        ))}
    </>
  );
}
