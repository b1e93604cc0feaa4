import { useEffect, useState, type ReactNode } from 'react';
import { Page } from 'zmp-ui';
import type { Lang } from '../../../core/content/fields';
import {
  answer,
  isOver,
  newRound,
  nextItem,
  type PlayableItem,
  type Round,
} from '../../../core/practice/practice-round';
import type { RandomSource } from '../../../core/quiz/shuffle';
import type { KeyValueStore } from '../../../platform';
import { AppHeader } from '../../components/app-header';
import { useScrollTop } from '../../components/use-scroll-top';
import { freshRound, loadSave, openingSave, storeSave } from './practice-save';
import { usePracticeStrings } from './practice-strings';
import { usePracticeStyles } from './practice-styles';
import { PracticeTurn } from './practice-turn';
import { RoundScore } from './round-score';

type Props = {
  items: PlayableItem[];
  lang: Lang;
  /** The phone's storage: which items were seen, and a round left unfinished. */
  storage: KeyValueStore;
  /** The title of a lesson the program has, for "Học lại"; undefined hides the link. */
  lessonTitle: (lessonId: string) => string | undefined;
  onOpenLesson: (lessonId: string, cardId: string) => void;
  onHome: () => void;
  onBack: () => void;
  random?: RandomSource;
  /** A challenge's items, played as given and not saved as the resident's own round. */
  fixed?: string[];
  /** Once, when the last item of a round is answered. */
  onRoundDone?: (round: Round) => void;
  /** Shown under the score: the challenge invite, or the family's scores. */
  afterScore?: (round: Round) => ReactNode;
  /** Shown above the first item (a challenge says who sent it). */
  intro?: string;
};

/** "Thật hay lừa?": a round of 5 items, each answered scam or safe, then the score. Kept on the phone as it goes. */
export function PracticePage({
  items,
  lang,
  storage,
  lessonTitle,
  onOpenLesson,
  onHome,
  onBack,
  random = Math.random,
  fixed,
  onRoundDone,
  afterScore,
  intro,
}: Props) {
  const { t } = usePracticeStrings();
  usePracticeStyles();
  const [save, setSave] = useState(() =>
    fixed ? { seen: [], round: newRound(fixed) } : openingSave(loadSave(storage, items), items, random),
  );
  useEffect(() => {
    if (!fixed) storeSave(storage, save);
  }, [storage, save, fixed]);
  const round = save.round!;
  const over = items.length > 0 && isOver(round);
  // Each item and the score open at the top of the page, focus on their heading (the page's h1 stays put).
  const top = useScrollTop<HTMLDivElement>(`${round.ids.join()}|${round.at}`);
  const item = items.find((i) => i.id === round.ids[round.at]);
  const title = item && lessonTitle(item.teaches.lesson);
  return (
    <Page className="hvs-page hvs-with-bar pr-page">
      <AppHeader title={t('title')} onBackClick={onBack} />
      <main className="hvs-main">
        <h1 className="hvs-h1 pr-title">
          <span aria-hidden>🕵️</span> {t('title')}
        </h1>
        {round.at === 0 && !round.answers.length && <p className="hvs-muted">{intro ?? t('intro')}</p>}
        {items.length === 0 && <p className="hvs-body">{t('empty')}</p>}
        <div ref={top} className="pr-screen">
          {item && !over && (
            <PracticeTurn
              key={`${round.at}|${item.id}`}
              item={item}
              lang={lang}
              n={round.at + 1}
              total={round.ids.length}
              said={round.answers[round.at]}
              lesson={title ? { title, open: () => onOpenLesson(item.teaches.lesson, item.teaches.card) } : undefined}
              onAnswer={(v) => {
                const next = answer(round, v);
                setSave((s) => ({ ...s, round: next }));
                if (next !== round && next.answers.length === next.ids.length) onRoundDone?.(next);
              }}
              onNext={() => setSave((s) => ({ ...s, round: nextItem(s.round!) }))}
            />
          )}
          {over && (
            <RoundScore
              round={round}
              items={items}
              lang={lang}
              onAgain={() => setSave((s) => freshRound(s, items, random))}
              onHome={onHome}
            >
              {afterScore?.(round)}
            </RoundScore>
          )}
        </div>
      </main>
    </Page>
  );
}
