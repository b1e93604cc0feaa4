import { useTranslation } from 'react-i18next';
import { ALLOWED_SLIPS, rightNeeded } from '../../../core/quiz/pass-rule';
import { useScrollTop } from '../../components/use-scroll-top';
import { Button } from '../../components/button';

type Props = { questionCount: number; onStart: () => void; onBack: () => void };

/** Says the pass rule before the first question, so a slip never comes as a surprise. */
export function QuizIntro({ questionCount, onStart, onBack }: Props) {
  const { t } = useTranslation();
  const top = useScrollTop<HTMLDivElement>(0);
  return (
    <div className="hvs-quiz-intro" ref={top} data-testid="quiz-intro">
      <h2 className="hvs-h2">{t('quizIntro.title', { count: questionCount })}</h2>
      <p className="hvs-rule" data-testid="quiz-rule">
        {t('quizIntro.rule', { needed: rightNeeded(questionCount), count: questionCount, slips: ALLOWED_SLIPS })}
      </p>
      <p className="hvs-body">{t('quizIntro.retry')}</p>
      <div className="hvs-actions">
        <Button kind="secondary" onClick={onBack}>
          {t('lesson.back')}
        </Button>
        <Button kind="primary" onClick={onStart}>
          {t('quizIntro.start')}
        </Button>
      </div>
    </div>
  );
}
