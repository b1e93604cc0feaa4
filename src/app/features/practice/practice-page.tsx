import { useEffect, useState } from 'react';
import { Page } from 'zmp-ui';
import type { Lang } from '../../../core/content/fields';
import { answer, isOver, nextItem, type PlayableItem } from '../../../core/practice/practice-round';
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
};

/** "Thật hay lừa?": a round of 5 items, each answered scam or safe, then the score. Kept on the phone as it goes. */
export function PracticePage({ items, lang, storage, lessonTitle, onOpenLesson, onHome, onBack, random = Math.random }: Props) {
  const { t } = usePracticeStrings();
  usePracticeStyles();
  const [save, setSave] = useState(() => openingSave(loadSave(storage, items), items, random));
  useEffect(() => storeSave(storage, save), [storage, save]);
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
        {round.at === 0 && !round.answers.length && <p className="hvs-muted">{t('intro')}</p>}
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
              onAnswer={(v) => setSave((s) => ({ ...s, round: answer(s.round!, v) }))}
              onNext={() => setSave((s) => ({ ...s, round: nextItem(s.round!) }))}
            />
          )}
          {over && <RoundScore round={round} items={items} lang={lang} onAgain={() => setSave((s) => freshRound(s, items, random))} onHome={onHome} />}
        </div>
      </main>
    </Page>
  );
}
