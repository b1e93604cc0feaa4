import { useTranslation } from 'react-i18next';
import { Chevron, TileText } from '../../components/tile-parts';

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
      <TileText
        icon={answeredAt ? '✅' : '📝'}
        title={t('household.survey')}
        meta={answeredAt ? t('household.surveyAnswered', { date: formatDate(answeredAt) }) : t('household.surveyHint')}
      />
      {answeredAt ? <span className="hvs-chip">✎ {t('household.surveyEdit')}</span> : <Chevron />}
    </button>
  );
}
