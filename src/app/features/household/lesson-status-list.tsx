import { useTranslation } from 'react-i18next';
import type { ProgressView } from '../../../core/api/schemas';

type Props = { progress: ProgressView; titleOf: (lessonId: string) => string; pendingHere: ReadonlySet<string> };

/** Each required lesson: done or not, and by whom; a pass still waiting on this phone is shown as such, not as done. */
export function LessonStatusList({ progress, titleOf, pendingHere }: Props) {
  const { t } = useTranslation();
  const names = new Map(progress.members.map((m) => [m.id, m.isMe ? `${m.displayName} (${t('household.you')})` : m.displayName]));
  return (
    <section className="hvs-section" aria-labelledby="lessons-title">
      <h2 id="lessons-title" className="hvs-h2">
        {t('household.lessons', { done: progress.doneCount, total: progress.total })}
      </h2>
      <div className="hvs-bar" aria-hidden>
        <div style={{ width: `${(100 * progress.doneCount) / Math.max(1, progress.total)}%` }} />
      </div>
      <ul className="hvs-list">
        {progress.lessons.map((l) => {
          const by = l.doneBy.map((id) => names.get(id) ?? t('household.formerMember')).join(', ');
          const waiting = !l.done && pendingHere.has(l.lessonId);
          return (
            <li key={l.lessonId} className={`hvs-list-row${l.done ? ' is-done' : ''}`} data-household-lesson={l.lessonId} data-done={l.done}>
              <span className="hvs-status-icon" aria-hidden>
                {l.done ? '✓' : waiting ? '⏳' : '○'}
              </span>
              <span className="hvs-list-main">
                <strong>{titleOf(l.lessonId)}</strong>
                <span className="hvs-muted">{l.done ? t('household.doneBy', { names: by || t('household.formerMember') }) : waiting ? t('household.pendingHere') : t('household.notDone')}</span>
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
