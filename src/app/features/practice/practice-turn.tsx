import { useEffect, useRef } from 'react';
import type { Lang } from '../../../core/content/fields';
import { clueMarks, type PlayableItem } from '../../../core/practice/practice-round';
import type { Verdict } from '../../../core/practice/practice-schema';
import { AnswerFeedback } from './answer-feedback';
import { PhoneItem } from './phone/phone-item';
import { usePracticeT } from './practice-strings';
import { Button } from '../../components/button';

type Props = {
  item: PlayableItem;
  lang: Lang;
  n: number;
  total: number;
  /** The resident's answer, once given. */
  said?: Verdict;
  lesson?: { title: string; open: () => void };
  onAnswer: (v: Verdict) => void;
  onNext: () => void;
};

/** One item: the phone screen, then two big answers in a bar that stays in view; after the answer, why and "Tiếp". */
export function PracticeTurn({ item, lang, n, total, said, lesson, onAnswer, onNext }: Props) {
  const t = usePracticeT();
  const side = item[lang];
  const feedback = useRef<HTMLDivElement>(null);
  // At large text the feedback opens below the picture: bring its first line into view, as the quiz does. The tapped
  // button is gone with the answer, so focus moves to the feedback (a screen reader reads it from the verdict on).
  useEffect(() => {
    if (!said) return;
    feedback.current?.focus({ preventScroll: true });
    feedback.current?.scrollIntoView?.({ block: 'start', behavior: 'smooth' });
  }, [said]);
  return (
    <div className="pr-turn">
      <p className="hvs-step">{t('itemOf', { n, total })}</p>
      <h2 className="hvs-h2 pr-question">{t('question')}</h2>
      <PhoneItem key={item.id} item={item} lang={lang} marks={said ? clueMarks(side) : null} />
      {said && <AnswerFeedback ref={feedback} side={side} verdict={item.verdict} said={said} lesson={lesson} />}
      {said ? (
        <div className="hvs-actionbar">
          <Button kind="primary" onClick={onNext}>
            {t(n === total ? 'seeScore' : 'next')}
          </Button>
        </div>
      ) : (
        <div className="hvs-actionbar is-pair pr-verdicts">
          <button type="button" className="hvs-btn pr-verdict is-scam" onClick={() => onAnswer('scam')}>
            <span aria-hidden>🚫</span> {t('scam')}
          </button>
          <button type="button" className="hvs-btn pr-verdict is-genuine" onClick={() => onAnswer('genuine')}>
            <span aria-hidden>✅</span> {t('genuine')}
          </button>
        </div>
      )}
    </div>
  );
}
