import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { gradeQuiz, type QuizResult } from '../../../core/quiz/grade-quiz';
import { isAnswered, newSession, tapOption } from '../../../core/quiz/quiz-session';
import { shuffleQuiz, type RandomSource } from '../../../core/quiz/shuffle';
import type { Question } from '../../../core/content/lesson-schema';
import { useScrollTop } from '../../components/use-scroll-top';
import { Button } from '../../components/button';

// Explanations start with their verdict ("Chưa đúng. …"); when it matches the heading, say it once, in bold.
function Verdict({ heading, explain }: { heading: string; explain: string }) {
  const m = /^([^.!?]+)[.!?]\s*(.*)$/s.exec(explain);
  const same =
    m &&
    m[1].trim().toLowerCase() ===
      heading
        .replace(/[.!?]+$/, '')
        .trim()
        .toLowerCase();
  if (!same) {
    return (
      <>
        <strong>{heading}</strong>
        <p>{explain}</p>
      </>
    );
  }
  return (
    <p>
      <strong>{m[1].trim()}.</strong> {m[2]}
    </p>
  );
}

type Props = {
  questions: Question[];
  onFinish: (result: Extract<QuizResult, { kind: 'graded' }>) => void;
  /** Draws this attempt's option order; tests pass a seeded one. */
  random?: RandomSource;
};

/**
 * One question at a time; every tap gets immediate feedback and the reason, wrong answers can be retried.
 * Options appear in an order drawn once per attempt (remounting starts a new attempt); taps are recorded by
 * authored index, so grading and stored results do not depend on the order shown.
 */
export function QuizView({ questions, onFinish, random }: Props) {
  const { t } = useTranslation();
  const [session, setSession] = useState(() => newSession(questions.length));
  const [order] = useState(() => shuffleQuiz(questions, random));
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
    const result = gradeQuiz(session, questions);
    if (result.kind === 'graded') onFinish(result);
  };

  return (
    <div className="hvs-quiz" data-question={question.id} ref={top}>
      <p className="hvs-step">{t('quiz.questionOf', { n: q + 1, total: questions.length })}</p>
      <h2 className="hvs-h2 hvs-question">{question.question}</h2>
      {last !== undefined && last !== question.correct && (
        <div ref={feedback} className="hvs-feedback is-wrong" role="status" aria-live="assertive">
          <Verdict heading={t('quiz.wrong')} explain={question.options[last].explain} />
          <p className="hvs-try-again">{t('quiz.tryAgain')}</p>
        </div>
      )}
      <div className="hvs-options" role="group" aria-label={question.question}>
        {order[q].map((i, pos) => {
          const opt = question.options[i];
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
                  {state === ' is-right' ? '✓' : state === ' is-wrong' ? '✗' : String.fromCharCode(65 + pos)}
                </span>
                <span className="hvs-option-text">{opt.text}</span>
              </button>
              {solved && i !== last && <p className="hvs-explain">{opt.explain}</p>}
            </div>
          );
        })}
      </div>
      {last !== undefined && last === question.correct && (
        <div ref={feedback} className="hvs-feedback is-right" role="status" aria-live="assertive">
          <Verdict heading={t('quiz.correct')} explain={question.options[last].explain} />
        </div>
      )}
      {solved && (
        <div className="hvs-actions">
          <Button kind="primary" onClick={next}>
            {q < questions.length - 1 ? t('quiz.next') : t('quiz.finish')}
          </Button>
        </div>
      )}
    </div>
  );
}
