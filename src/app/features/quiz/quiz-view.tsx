import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { gradeQuiz, type QuizResult } from '../../../core/quiz/grade-quiz';
import { isAnswered, newSession, tapOption } from '../../../core/quiz/quiz-session';
import type { Question } from '../../../core/content/lesson-schema';
import { useScrollTop } from '../../components/use-scroll-top';

type Props = { questions: Question[]; passScore: number; onFinish: (result: Extract<QuizResult, { kind: 'graded' }>) => void };

/** One question at a time; every tap gets immediate feedback and the reason, wrong answers can be retried. */
export function QuizView({ questions, passScore, onFinish }: Props) {
  const { t } = useTranslation();
  const [session, setSession] = useState(() => newSession(questions.length));
  const [q, setQ] = useState(0);
  const question = questions[q];
  const taps = session.taps[q];
  const last = taps[taps.length - 1];
  const solved = isAnswered(session, questions, q);
  const top = useScrollTop<HTMLDivElement>(q);
  // After each tap the answer's feedback is brought into view: at large text it opens below the fold.
  const feedback = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // A block body: newer Chromium returns a promise from scrollIntoView, which React would take for a cleanup.
    feedback.current?.scrollIntoView?.({ block: 'nearest', behavior: 'smooth' });
  }, [taps.length]);

  const tap = (option: number) => setSession((s) => tapOption(s, questions, q, option).session);
  const next = () => {
    if (q < questions.length - 1) return setQ(q + 1);
    const result = gradeQuiz(session, questions, passScore);
    if (result.kind === 'graded') onFinish(result);
  };

  return (
    <div className="hvs-quiz" data-question={question.id} ref={top}>
      <p className="hvs-step">{t('quiz.questionOf', { n: q + 1, total: questions.length })}</p>
      <h2 className="hvs-h2 hvs-question">{question.question}</h2>
      <div className="hvs-options" role="group" aria-label={question.question}>
        {question.options.map((opt, i) => {
          const tapped = taps.includes(i);
          const state = !tapped && !solved ? '' : i === question.correct ? ' is-right' : tapped ? ' is-wrong' : '';
          return (
            <div key={i} className="hvs-option-wrap">
              <button
                type="button"
                className={`hvs-option${state}`}
                aria-pressed={tapped}
                disabled={solved || tapped}
                onClick={() => tap(i)}
              >
                <span className="hvs-option-mark" aria-hidden>
                  {state === ' is-right' ? '✓' : state === ' is-wrong' ? '✗' : String.fromCharCode(65 + i)}
                </span>
                {opt.text}
              </button>
              {solved && i !== last && <p className="hvs-explain">{opt.explain}</p>}
            </div>
          );
        })}
      </div>
      {last !== undefined && (
        <div ref={feedback} className={`hvs-feedback ${last === question.correct ? 'is-right' : 'is-wrong'}`} role="status" aria-live="assertive">
          <strong>{last === question.correct ? t('quiz.correct') : t('quiz.wrong')}</strong>
          <p>{question.options[last].explain}</p>
          {last !== question.correct && <p className="hvs-muted">{t('quiz.tryAgain')}</p>}
        </div>
      )}
      {solved && (
        <div className="hvs-actions">
          <button type="button" className="hvs-btn hvs-btn-primary" onClick={next}>
            {q < questions.length - 1 ? t('quiz.next') : t('quiz.finish')}
          </button>
        </div>
      )}
    </div>
  );
}
