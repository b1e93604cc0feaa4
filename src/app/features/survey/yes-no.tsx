import { useTranslation } from 'react-i18next';

type Props = { id: string; question: string; value?: boolean; missing: boolean; onChange: (v: boolean) => void };

/** One yes/no question as two large buttons: easier for older hands than a small switch, and unanswered is visible. */
export function YesNo({ id, question, value, missing, onChange }: Props) {
  const { t } = useTranslation('survey');
  return (
    <div className={`hvs-question-row${missing ? ' is-missing' : ''}`} data-question={id}>
      <span className="hvs-question-text" id={`q-${id}`}>
        {question}
      </span>
      <div className="hvs-yes-no" role="group" aria-labelledby={`q-${id}`}>
        <button type="button" aria-pressed={value === true} onClick={() => onChange(true)}>
          {t('yes')}
        </button>
        <button type="button" aria-pressed={value === false} onClick={() => onChange(false)}>
          {t('no')}
        </button>
      </div>
      {missing && <p className="hvs-field-error">{t('missingOne')}</p>}
    </div>
  );
}
