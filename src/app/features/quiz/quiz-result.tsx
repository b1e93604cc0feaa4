import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuizResult } from '../../../core/quiz/grade-quiz';
import type { Question } from '../../../core/content/lesson-schema';

type Props = {
  result: Extract<QuizResult, { kind: 'graded' }>;
  questions: Question[];
  passScore: number;
  /** Whether this result has reached the household yet; the quiz itself knows nothing of syncing. */
  status?: ReactNode;
  next?: { title: string; open: () => void };
  onRetake: () => void;
  onReread: () => void;
  onHome: () => void;
  /** Opens the assistant, for a question the lesson left open. */
  onAskBot?: () => void;
};

/** Score, pass or not, what to review, and where to go next. */
export function QuizResultView({ result, questions, passScore, status, next, onRetake, onReread, onHome, onAskBot }: Props) {
  const { t } = useTranslation();
  return (
    <div className="hvs-result" data-passed={result.passed}>
      <div className="hvs-card-icon" aria-hidden>
        {result.passed ? '🎉' : '📖'}
      </div>
      <h2 className="hvs-h1">{result.passed ? t('result.passed') : t('result.failed')}</h2>
      <p className="hvs-score">{t('result.score', { correct: result.correctFirstTry, total: result.total })}</p>
      {!result.passed && <p className="hvs-muted">{t('result.passRule', { percent: Math.round(passScore * 100) })}</p>}
      {status}
      {result.review.length > 0 && (
        <section className="hvs-review">
          <h3 className="hvs-h3">{t('result.review')}</h3>
          <ul>
            {result.review.map((i) => (
              <li key={questions[i].id}>
                <p className="hvs-body">{questions[i].question}</p>
                <p className="hvs-muted">
                  {t('quiz.rightAnswer')}: <strong>{questions[i].options[questions[i].correct].text}</strong>
                </p>
              </li>
            ))}
          </ul>
        </section>
      )}
      <div className="hvs-stack">
        {result.passed && next && (
          <button type="button" className="hvs-btn hvs-btn-primary" onClick={next.open}>
            {t('result.next', { title: next.title })}
          </button>
        )}
        {result.passed && !next && <p className="hvs-body">{t('result.allDone')}</p>}
        <button type="button" className={`hvs-btn ${result.passed ? 'hvs-btn-secondary' : 'hvs-btn-primary'}`} onClick={onRetake}>
          {t('result.retake')}
        </button>
        {!result.passed && (
          <button type="button" className="hvs-btn hvs-btn-secondary" onClick={onReread}>
            {t('result.reread')}
          </button>
        )}
        <button type="button" className="hvs-btn hvs-btn-secondary" onClick={onHome}>
          {t('lesson.home')}
        </button>
      </div>
      {onAskBot && (
        <button type="button" className="hvs-link-button" onClick={onAskBot} data-testid="result-ask-bot">
          <span aria-hidden>💬</span> {t('result.askBot')}
        </button>
      )}
    </div>
  );
}
