import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Spinner } from 'zmp-ui';
import type { UnansweredGroupView } from '../../../core/api/staff-schemas';
import type { ApiResult } from '../../api/http';
import { ErrorNote } from '../../components/error-note';
import { useFormat } from '../../components/use-format';

type State = { kind: 'loading' } | { kind: 'failed'; code: string } | { kind: 'ready'; groups: UnansweredGroupView[] };

/** What people asked the assistant that it could not answer, grouped, so staff know which FAQ entries to add. */
export function UnansweredPage({ load }: { load: () => Promise<ApiResult<UnansweredGroupView[]>> }) {
  const { t } = useTranslation('staff');
  const format = useFormat();
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    void load().then((r) => live && setState(r.ok ? { kind: 'ready', groups: r.value } : { kind: 'failed', code: r.error.code }));
    return () => {
      live = false;
    };
  }, [load, attempt]);

  return (
    <>
      <p className="hvs-muted">{t('unanswered.intro')}</p>
      {state.kind === 'loading' && (
        <div className="hvs-center" role="status">
          <Spinner visible />
        </div>
      )}
      {state.kind === 'failed' && <ErrorNote code={state.code} onRetry={() => setAttempt((a) => a + 1)} />}
      {state.kind === 'ready' &&
        (state.groups.length === 0 ? (
          <p className="hvs-body">{t('unanswered.empty')}</p>
        ) : (
          <ol className="hvs-question-groups">
            {state.groups.map((g) => (
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
