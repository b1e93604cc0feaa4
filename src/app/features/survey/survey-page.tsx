import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Spinner } from 'zmp-ui';
import type { SurveyResult } from '../../../core/api/staff-schemas';
import type { SurveyAnswers } from '../../../core/survey/survey';
import type { ApiResult } from '../../api/http';
import { ErrorNote } from '../../components/error-note';
import { SurveyForm } from './survey-form';

type Props = {
  load: () => Promise<ApiResult<SurveyResult>>;
  save: (answers: SurveyAnswers) => Promise<ApiResult<SurveyResult>>;
  onSaved: () => void;
};

type State = { kind: 'loading' } | { kind: 'failed'; code: string } | { kind: 'ready'; result: SurveyResult };

/** The resident's side of the survey: the household's last answers, to fill in or correct. */
export function SurveyPage({ load, save, onSaved }: Props) {
  const { t } = useTranslation('survey');
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    void load().then((r) => live && setState(r.ok ? { kind: 'ready', result: r.value } : { kind: 'failed', code: r.error.code }));
    return () => {
      live = false;
    };
  }, [load, attempt]);

  return (
    <>
      <h1 className="hvs-h1">
        <span aria-hidden>📝</span> {t('heading')}
      </h1>
      <p className="hvs-muted">{t('intro')}</p>
      {state.kind === 'loading' && (
        <div className="hvs-center" role="status">
          <Spinner visible />
        </div>
      )}
      {state.kind === 'failed' && <ErrorNote code={state.code} onRetry={() => setAttempt((a) => a + 1)} />}
      {state.kind === 'ready' && (
        <>
          {state.result.survey && <p className="hvs-sync is-done">{t('alreadyFilled')}</p>}
          <SurveyForm
            initial={state.result.survey?.answers}
            submitLabel={t('send')}
            onSubmit={async (answers) => {
              const r = await save(answers);
              if (r.ok) onSaved();
              return r.ok ? undefined : r.error.code;
            }}
          />
        </>
      )}
    </>
  );
}
