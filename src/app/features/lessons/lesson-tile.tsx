import { useTranslation } from 'react-i18next';
import { AppLink } from '../../components/app-link';
import type { LessonMeta } from '../../../core/content/catalog';
import type { LessonProgress } from '../../../core/progress/progress';

type Props = { lesson: LessonMeta; lang: 'vi' | 'en'; progress?: LessonProgress };

/** One lesson in the program: a single large touch target, a link to the lesson. */
export function LessonTile({ lesson, lang, progress }: Props) {
  const { t } = useTranslation();
  const done = Boolean(progress?.passedAt);
  const started = !done && Boolean(progress && (progress.card > 0 || progress.attempts > 0));
  const status = done ? t('program.done') : started ? t('program.inProgress') : t('program.start');
  return (
    <AppLink to={`/lesson/${lesson.id}`} className={`hvs-tile${done ? ' is-done' : ''}`} lessonId={lesson.id}>
      <span className="hvs-tile-icon" aria-hidden>
        {done ? '✅' : lesson.icon}
      </span>
      <span className="hvs-tile-text">
        <span className="hvs-tile-title">{lesson.title[lang]}</span>
        <span className="hvs-tile-meta">
          {t('program.minutes', { count: lesson.minutes })}
          {lesson.required && <span className="hvs-chip">{t('program.required')}</span>}
        </span>
      </span>
      <span className={`hvs-tile-status${done ? ' is-done' : ''}`}>{status}</span>
    </AppLink>
  );
}
