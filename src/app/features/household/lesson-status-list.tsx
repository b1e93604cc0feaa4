import { useTranslation } from 'react-i18next';
import type { ProgressView } from '../../../core/api/schemas';
import { Section } from '../../components/section';
import { Chevron } from '../../components/tile-parts';

type Props = {
  progress: ProgressView;
  titleOf: (lessonId: string) => string;
  pendingHere: ReadonlySet<string>;
  onOpen: (lessonId: string) => void;
};

/**
 * Each required lesson: done or not, and by whom; a pass still waiting on this phone is shown as such, not as done.
 * Each row opens its lesson: a row that looks like a card is tapped, so it must lead somewhere.
 */
export function LessonStatusList({ progress, titleOf, pendingHere, onOpen }: Props) {
  const { t } = useTranslation();
  const names = new Map(
    progress.members.map((m) => [m.id, m.isMe ? `${m.displayName} (${t('household.you')})` : m.displayName]),
  );
  return (
    <Section
      id="lessons-title"
      title={t('household.lessons', { done: progress.doneCount, total: progress.total })}
      card={false}
    >
      <div className="hvs-bar" aria-hidden>
        <div style={{ width: `${(100 * progress.doneCount) / Math.max(1, progress.total)}%` }} />
      </div>
      <ul className="hvs-list">
        {progress.lessons.map((l) => {
          const by = l.doneBy.map((id) => names.get(id) ?? t('household.formerMember')).join(', ');
          const waiting = !l.done && pendingHere.has(l.lessonId);
          return (
            <li key={l.lessonId}>
              <button
                type="button"
                className={`hvs-list-row hvs-row-button${l.done ? ' is-done' : ''}`}
                data-household-lesson={l.lessonId}
                data-done={l.done}
                onClick={() => onOpen(l.lessonId)}
              >
                <span className="hvs-status-icon" aria-hidden>
                  {l.done ? '✓' : waiting ? '⏳' : '○'}
                </span>
                <span className="hvs-list-main">
                  <strong>{titleOf(l.lessonId)}</strong>
                  <span className="hvs-muted">
                    {l.done
                      ? t('household.doneBy', { names: by || t('household.formerMember') })
                      : waiting
                        ? t('household.pendingHere')
                        : t('household.notDone')}
                  </span>
                </span>
                <Chevron />
              </button>
            </li>
          );
        })}
      </ul>
    </Section>
  );
}
