import type { ReactNode } from 'react';
import type { Lang } from '../../../core/content/fields';
import type { Round, PlayableItem } from '../../../core/practice/practice-round';
import { usePracticeT } from './practice-strings';
import { Button } from '../../components/button';

type Props = {
  round: Round;
  items: PlayableItem[];
  lang: Lang;
  onAgain: () => void;
  onHome: () => void;
  children?: ReactNode;
};

/** "Bác đúng 4/5", what to do next, then the round's items each marked right or missed. */
export function RoundScore({ round, items, lang, onAgain, onHome, children }: Props) {
  const t = usePracticeT();
  const played = round.ids
    .map((id, i) => ({ item: items.find((x) => x.id === id)!, said: round.answers[i] }))
    .filter((p) => p.item);
  const right = played.filter((p) => p.said === p.item.verdict).length;
  return (
    <div className="hvs-result pr-score" data-testid="practice-score">
      <div className="hvs-card-icon" aria-hidden>
        {right === played.length ? '🏆' : '🛡️'}
      </div>
      <h2 className="hvs-h1">{t('score', { right, total: played.length })}</h2>
      <p className="hvs-body">{t(right === played.length ? 'scoreAll' : 'scoreSome')}</p>
      <div className="hvs-stack">
        <Button kind="primary" onClick={onAgain}>
          {t('again')}
        </Button>
        <Button kind="secondary" onClick={onHome}>
          {t('home')}
        </Button>
      </div>
      {children}
      <section className="hvs-review" aria-labelledby="pr-round-list">
        <h3 className="hvs-h3" id="pr-round-list">
          {t('roundList')}
        </h3>
        <ul className="pr-round-list">
          {played.map(({ item, said }) => {
            const ok = said === item.verdict;
            return (
              <li key={item.id} className={ok ? 'is-right' : 'is-wrong'}>
                <span className="pr-tick" aria-hidden>
                  {ok ? '✓' : '✗'}
                </span>
                <span>
                  <strong>{t(ok ? 'gotRight' : 'gotWrong')}:</strong>{' '}
                  {t('summary', { kind: t(`kind.${item.kind}`), from: item[lang].from })} —{' '}
                  {t(item.verdict === 'scam' ? 'scam' : 'genuine')}
                </span>
              </li>
            );
          })}
        </ul>
      </section>
    </div>
  );
}
