import { useTranslation } from 'react-i18next';
import type { SurveyResult } from '../../../core/api/staff-schemas';
import type { SurveyAnswers } from '../../../core/survey/survey';
import type { ApiResult } from '../../api/http';
import { LoadState } from '../../components/load-state';
import { useLoaded } from '../../components/use-loaded';
import { SurveyForm } from './survey-form';

type Props = {
  load: () => Promise<ApiResult<SurveyResult>>;
  save: (answers: SurveyAnswers) => Promise<ApiResult<SurveyResult>>;
  onSaved: () => void;
};

/** The resident's side of the survey: the household's last answers, to fill in or correct. */
export function SurveyPage({ load, save, onSaved }: Props) {
  const { t } = useTranslation('survey');
  const { state, reload } = useLoaded(load);

  return (
    <>
      <h1 className="hvs-h1">
        <span aria-hidden>📝</span> {t('heading')}
      </h1>
      <p className="hvs-muted">{t('intro')}</p>
      <LoadState state={state} onRetry={reload}>
        {({ survey }) => (
          <>
            {survey && <p className="hvs-sync is-done">{t('alreadyFilled')}</p>}
            <SurveyForm
              initial={survey?.answers}
              submitLabel={t('send')}
              onSubmit={async (answers) => {
                const r = await save(answers);
                if (r.ok) onSaved();
                return r.ok ? undefined : r.error.code;
              }}
            />
          </>
        )}
      </LoadState>
    </>
  );
}
