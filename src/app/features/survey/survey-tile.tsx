import { useTranslation } from 'react-i18next';

type Props = { answeredAt: string | null | undefined; formatDate: (iso: string) => string; onOpen: () => void };

/** The household screen's way into the survey: an invitation until it is answered, then when, and "sửa" to change it. */
export function SurveyTile({ answeredAt, formatDate, onOpen }: Props) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="hvs-household-link"
      onClick={onOpen}
      data-testid="open-survey"
      data-answered={answeredAt ? 'true' : 'false'}
    >
      <span className="hvs-tile-icon" aria-hidden>
        {answeredAt ? '✅' : '📝'}
      </span>
      <span className="hvs-tile-text">
        <span className="hvs-tile-title">{t('household.survey')}</span>
        <span className="hvs-tile-meta">
          {answeredAt ? t('household.surveyAnswered', { date: formatDate(answeredAt) }) : t('household.surveyHint')}
        </span>
      </span>
      {answeredAt ? (
        <span className="hvs-chip">✎ {t('household.surveyEdit')}</span>
      ) : (
        <span className="hvs-chevron" aria-hidden>
          ›
        </span>
      )}
    </button>
  );
}
