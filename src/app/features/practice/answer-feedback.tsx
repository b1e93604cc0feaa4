import { forwardRef } from 'react';
import type { PracticeSide, Verdict } from '../../../core/practice/practice-schema';
import { Marks } from './phone/part-view';
import { usePracticeT } from './practice-strings';

type Props = {
  side: PracticeSide;
  verdict: Verdict;
  said: Verdict;
  /** The lesson that teaches this, when the program has it: "Học lại: <title>" opens it at the card. */
  lesson?: { title: string; open: () => void };
};

/** Right or wrong in plain words, the numbered clues (the same numbers as on the picture), the one thing to do. */
export const AnswerFeedback = forwardRef<HTMLDivElement, Props>(function AnswerFeedback(
  { side, verdict, said, lesson },
  ref,
) {
  const t = usePracticeT();
  const right = said === verdict;
  return (
    <div
      className={`hvs-feedback pr-feedback ${right ? 'is-right' : 'is-wrong'}`}
      ref={ref}
      tabIndex={-1}
      data-testid="practice-feedback"
    >
      <p className="pr-verdict-line">
        <strong>{t(right ? 'right' : 'wrong')}</strong> {t(verdict === 'scam' ? 'isScam' : 'isGenuine')}
      </p>
      <h3 className="hvs-h3">{t(verdict === 'scam' ? 'cluesScam' : 'cluesGenuine')}</h3>
      <ol className="pr-clues">
        {side.clues.map((c, i) => (
          <li key={i}>
            <Marks marks={[i + 1]} />
            <span>{c.why}</span>
          </li>
        ))}
      </ol>
      <div className="pr-action">
        <h3 className="hvs-h3">{t('action')}</h3>
        <p>{side.action}</p>
      </div>
      {lesson && (
        <button
          type="button"
          className="hvs-link-button pr-relearn"
          onClick={lesson.open}
          data-testid="practice-relearn"
        >
          <span aria-hidden>📖</span> {t('relearn', { title: lesson.title })}
        </button>
      )}
    </div>
  );
});
