import { useEffect, useRef, useState } from 'react';
import type { ChallengeView } from '../../../core/api/schemas';
import type { ShareResult } from '../../../platform';
import { ErrorNote } from '../../components/error-note';
import type { ChallengeApi } from '../../api/challenge-api';
import { usePracticeT } from './practice-strings';
import { Button } from '../../components/button';

type Share = (path: string) => Promise<ShareResult>;

/** After one's own round: send the same five items to someone in the family. */
export function ChallengeInvite({
  api,
  itemIds,
  score,
  share,
  onCreated,
}: {
  api: ChallengeApi;
  itemIds: string[];
  score: number;
  share: Share;
  onCreated: (id: string) => void;
}) {
  const t = usePracticeT();
  const [state, setState] = useState<
    { kind: 'idle' | 'busy' } | { kind: 'done'; outcome: ShareResult } | { kind: 'error'; code: string }
  >({ kind: 'idle' });
  async function invite() {
    setState({ kind: 'busy' });
    const created = await api.create(itemIds, score);
    if (!created.ok) return setState({ kind: 'error', code: created.error.code });
    onCreated(created.value.id);
    setState({ kind: 'done', outcome: await share(`/practice/challenge/${created.value.id}`) });
  }
  return (
    <section className="hvs-card pr-challenge is-invite" aria-labelledby="pr-challenge-title">
      <h3 className="hvs-h3" id="pr-challenge-title">
        {t('challenge.title')}
      </h3>
      <p className="hvs-body">{t('challenge.hint')}</p>
      <Button kind="secondary" className="hvs-wide" onClick={() => void invite()} disabled={state.kind === 'busy'}>
        <span aria-hidden>👪</span> {t('challenge.send')}
      </Button>
      <p className="hvs-body" role="status">
        {state.kind === 'done' && t(`challenge.${state.outcome}`)}
      </p>
      {state.kind === 'error' && <ErrorNote code={state.code} />}
    </section>
  );
}

/**
 * After playing someone's challenge: the score goes to the challenge once (remembered on the phone), then everyone's
 * scores side by side, the challenger first. No names anywhere: "Người thách", "Bác", "Người chơi 3".
 */
export function ChallengeScores({
  api,
  challenge,
  score,
  posted,
  onPosted,
}: {
  api: ChallengeApi;
  challenge: ChallengeView;
  score: number;
  posted: boolean;
  onPosted: () => void;
}) {
  const t = usePracticeT();
  const [view, setView] = useState<ChallengeView | null>(posted ? challenge : null);
  const [error, setError] = useState<string | null>(null);
  const sent = useRef(posted);
  useEffect(() => {
    if (sent.current) return;
    sent.current = true;
    void api.addScore(challenge.id, score).then((r) => {
      if (!r.ok) return setError(r.error.code);
      onPosted();
      setView(r.value);
    });
  }, [api, challenge.id, score, onPosted]);
  const total = challenge.itemIds.length;
  const scores = view?.scores ?? [];
  return (
    <section className="hvs-card pr-challenge" aria-labelledby="pr-versus-title">
      <h3 className="hvs-h3" id="pr-versus-title">
        {t('challenge.versus')}
      </h3>
      {error && <ErrorNote code={error} />}
      {!error && !view && <p className="hvs-body">{t('challenge.sending')}</p>}
      {view && (
        <ol className="pr-versus">
          {scores.map((s, i) => (
            <li key={i} className={i === scores.length - 1 && !posted ? 'is-me' : undefined}>
              <span>
                {i === 0
                  ? t('challenge.challenger')
                  : i === scores.length - 1 && !posted
                    ? t('challenge.you')
                    : t('challenge.player', { n: i + 1 })}
              </span>
              <strong>{t('challenge.points', { score: s, total })}</strong>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
