import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Card, Question } from '../../../core/content/lesson-schema';
import { ALLOWED_SLIPS, rightNeeded } from '../../../core/quiz/pass-rule';
import { cardsToReread, type QuizResult } from '../../../core/quiz/grade-quiz';
import { useScrollTop } from '../../components/use-scroll-top';
import { Button } from '../../components/button';

type Props = {
  result: Extract<QuizResult, { kind: 'graded' }>;
  cards: Card[];
  questions: Question[];
  /** Whether this result has reached the household yet; the quiz itself knows nothing of syncing. */
  status?: ReactNode;
  next?: { title: string; open: () => void };
  onRetake: () => void;
  /** Opens the lesson at one card: the card a missed question points to. */
  onOpenCard: (cardId: string) => void;
  onHome: () => void;
  /** Opens the assistant, for a question the lesson left open. */
  onAskBot?: () => void;
  /** Opens "Thật hay lừa?" (given for the fraud track's lessons only). */
  onPractice?: () => void;
};

/** Score, pass or not, the exact cards to read again (each opens that card), and where to go next. */
export function QuizResultView({
  result,
  cards,
  questions,
  status,
  next,
  onRetake,
  onOpenCard,
  onHome,
  onAskBot,
  onPractice,
}: Props) {
  const { t } = useTranslation();
  // The last question left the page scrolled down; the score and the rule come first.
  const top = useScrollTop<HTMLDivElement>(0);
  const reread = cardsToReread(cards, questions, result.review).map((id) => cards.find((c) => c.id === id)!);
  return (
    <div className="hvs-result" data-passed={result.passed} ref={top}>
      <div className="hvs-card-icon" aria-hidden>
        {result.passed ? '🎉' : '📖'}
      </div>
      <h2 className="hvs-h1">{result.passed ? t('result.passed') : t('result.failed')}</h2>
      <p className="hvs-score">{t('result.score', { correct: result.correctFirstTry, total: result.total })}</p>
      {!result.passed && (
        <p className="hvs-body">
          {t('result.passRule', { needed: rightNeeded(result.total), total: result.total, slips: ALLOWED_SLIPS })}
        </p>
      )}
      {status}
      {reread.length > 0 && (
        <section className="hvs-review" aria-labelledby="hvs-reread-title" data-testid="reread">
          <h3 className="hvs-h3" id="hvs-reread-title">
            {t('result.rereadCards', { count: reread.length })}
          </h3>
          <div className="hvs-stack">
            {reread.map((c) => (
              <button
                key={c.id}
                type="button"
                className="hvs-btn hvs-btn-secondary hvs-reread-card"
                data-card={c.id}
                onClick={() => onOpenCard(c.id)}
              >
                {c.icon && <span aria-hidden>{c.icon}</span>} {c.title}
              </button>
            ))}
          </div>
        </section>
      )}
      <div className="hvs-stack">
        {result.passed && next && (
          <Button kind="primary" onClick={next.open}>
            {t('result.next', { title: next.title })}
          </Button>
        )}
        {result.passed && !next && <p className="hvs-body">{t('result.allDone')}</p>}
        {onPractice && (
          <Button kind="secondary" onClick={onPractice} data-testid="result-practice">
            <span aria-hidden>🕵️</span> {t('result.practice')}
          </Button>
        )}
        <button
          type="button"
          className={`hvs-btn ${result.passed ? 'hvs-btn-secondary' : 'hvs-btn-primary'}`}
          onClick={onRetake}
        >
          {t('result.retake')}
        </button>
        <Button kind="secondary" onClick={onHome}>
          {t('lesson.home')}
        </Button>
      </div>
      {onAskBot && (
        <button type="button" className="hvs-link-button" onClick={onAskBot} data-testid="result-ask-bot">
          <span aria-hidden>💬</span> {t('result.askBot')}
        </button>
      )}
    </div>
  );
}
