import { useTranslation } from 'react-i18next';
import type { HistoryEntry } from '../../../core/api/staff-schemas';
import { useFormat } from '../../components/use-format';

type Props = { history: HistoryEntry[]; titleOf: (lessonId: string) => string };

/** Every result of the household, newest first, with where it came from (app, chat, or a team visit) and who recorded it. */
export function HistoryList({ history, titleOf }: Props) {
  const { t } = useTranslation('staff');
  const format = useFormat();
  if (!history.length) return <p className="hvs-body">{t('detail.noHistory')}</p>;
  return (
    <ol className="hvs-history">
      {history.map((h, i) => (
        <li
          key={`${h.at}-${h.lessonId}-${i}`}
          className={h.passed ? 'is-passed' : 'is-failed'}
          data-history-source={h.source}
        >
          <span className="hvs-history-when">{format.dateTime(h.at)}</span>
          <strong>{titleOf(h.lessonId)}</strong>
          <span>
            {h.memberName ?? t('detail.wholeHousehold')} · {h.passed ? t('detail.passed') : t('detail.failed')} ·{' '}
            {Math.round(h.score * 100)}%
          </span>
          <span className={`hvs-source is-${h.source}`}>
            {t(`source.${h.source}`)}
            {h.recordedBy && ` · ${t('detail.recordedBy', { name: h.recordedBy })}`}
          </span>
        </li>
      ))}
    </ol>
  );
}
