import { useCallback, useEffect, useState } from 'react';
import { useParams } from 'react-router-dom';
import { Page, Spinner } from 'zmp-ui';
import type { ChallengeView } from '../../core/api/schemas';
import { AppHeader } from '../components/app-header';
import { ErrorNote } from '../components/error-note';
import { ChallengeScores } from '../features/practice/challenge-panel';
import { playedChallenges, rememberChallenge } from '../features/practice/challenge-memory';
import { PracticePage } from '../features/practice/practice-page';
import { usePracticeStrings } from '../features/practice/practice-strings';
import { usePracticeStyles } from '../features/practice/practice-styles';
import { usePracticeWiring } from './practice-route';
import { Button } from '../components/button';

/** /practice/challenge/:id: someone in the family sent five items; play them, then see both scores. */
export function PracticeChallengeRoute() {
  const { id = '' } = useParams();
  const w = usePracticeWiring();
  const { t } = usePracticeStrings();
  usePracticeStyles();
  const storage = w.page.storage;
  const [state, setState] = useState<
    { kind: 'loading' } | { kind: 'error'; code: string } | { kind: 'ready'; challenge: ChallengeView }
  >({ kind: 'loading' });
  // Decided once when the link opens: finishing the round below must not swap the screen for the scores-only one.
  const [playedBefore] = useState(() => playedChallenges(storage).includes(id));
  const markPlayed = useCallback(() => rememberChallenge(storage, id), [storage, id]);
  useEffect(() => {
    void w.api
      .get(id)
      .then((r) => setState(r.ok ? { kind: 'ready', challenge: r.value } : { kind: 'error', code: r.error.code }));
  }, [w.api, id]);

  if (state.kind !== 'ready' || playedBefore) {
    return (
      <Page className="hvs-page hvs-with-bar">
        <AppHeader title={t('title')} onBackClick={w.page.onBack} />
        <main className="hvs-main">
          <h1 className="hvs-h1">{t('challenge.title')}</h1>
          {state.kind === 'loading' && <Spinner visible />}
          {state.kind === 'error' && <ErrorNote code={state.code} />}
          {state.kind === 'ready' && <p className="hvs-body">{t('challenge.own')}</p>}
          {state.kind === 'ready' && (
            <ChallengeScores api={w.api} challenge={state.challenge} score={0} posted onPosted={markPlayed} />
          )}
          <Button kind="primary" className="hvs-wide" onClick={() => w.page.onHome()}>
            {t('challenge.playOwn')}
          </Button>
        </main>
      </Page>
    );
  }
  const known = state.challenge.itemIds.filter((itemId) => w.page.items.some((i) => i.id === itemId));
  return (
    <PracticePage
      {...w.page}
      fixed={known}
      intro={t('challenge.intro')}
      afterScore={(round) => (
        <ChallengeScores
          api={w.api}
          challenge={state.challenge}
          score={w.scoreOf(round)}
          posted={false}
          onPosted={markPlayed}
        />
      )}
    />
  );
}
