import { useTranslation } from 'react-i18next';
import type { Lesson } from '../../../core/content/lesson-schema';
import { useScrollTop } from '../../components/use-scroll-top';
import { Button } from '../../components/button';

type Props = { lesson: Lesson; index: number; onIndex: (i: number) => void; onStartQuiz: () => void };

/** Step cards, one idea each, with large Back / Next buttons in a bar that stays in view at any text size. */
export function LessonCards({ lesson, index, onIndex, onStartQuiz }: Props) {
  const { t } = useTranslation();
  const i = Math.min(index, lesson.cards.length - 1);
  const card = lesson.cards[i];
  const last = i === lesson.cards.length - 1;
  const top = useScrollTop<HTMLDivElement>(i);
  return (
    <div className="hvs-cards" ref={top}>
      <p className="hvs-step" aria-live="polite">
        {t('lesson.cardOf', { n: i + 1, total: lesson.cards.length })}
      </p>
      <ol className="hvs-dots" aria-hidden>
        {lesson.cards.map((c, n) => (
          <li key={c.id} className={n <= i ? 'is-on' : ''} />
        ))}
      </ol>
      <article className="hvs-card" data-card={card.id}>
        {card.icon && (
          <div className="hvs-card-icon" aria-hidden>
            {card.icon}
          </div>
        )}
        <h2 className="hvs-h2">{card.title}</h2>
        {card.body.split(/\n\s*\n/).map((para, n) => (
          <p key={n} className="hvs-body">
            {para.trim()}
          </p>
        ))}
      </article>
      <div className="hvs-actions hvs-actionbar is-pair">
        <Button kind="secondary" disabled={i === 0} onClick={() => onIndex(i - 1)}>
          {t('lesson.back')}
        </Button>
        {last ? (
          <Button kind="primary" onClick={onStartQuiz}>
            {t('lesson.startQuiz')}
          </Button>
        ) : (
          <Button kind="primary" onClick={() => onIndex(i + 1)}>
            {t('lesson.next')}
          </Button>
        )}
      </div>
    </div>
  );
}
