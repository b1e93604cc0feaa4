import items from 'virtual:practice-items';
import { useEffect, useMemo } from 'react';
import { useLocation, useSearchParams } from 'react-router-dom';
import { useNavigate } from 'zmp-ui';
import { roundCounts, roundScore, type Round } from '../../core/practice/practice-round';
import { PRACTICE_LINK_UNIT } from '../../core/practice/practice-track';
import { challengeApi } from '../api/challenge-api';
import { findLesson } from '../content/lessons';
import { ChallengeInvite } from '../features/practice/challenge-panel';
import { rememberChallenge } from '../features/practice/challenge-memory';
import { PracticePage } from '../features/practice/practice-page';
import { usePracticeStrings } from '../features/practice/practice-strings';
import { useSchoolEvents } from '../features/school/use-school-events';
import { useApi, useAppStore, useAppState, usePlatform } from '../store/store-context';

const verdictOf = (id: string) => items.find((i) => i.id === id)?.verdict;

/** The practice screen's wiring, shared by /practice and a challenge link. */
export function usePracticeWiring() {
  const navigate = useNavigate();
  const platform = usePlatform();
  const store = useAppStore();
  const http = useApi().http;
  const lang = useAppState((s) => s.settings.lang);
  // Back returns where the practice was opened from (the program, a lesson's result); a link opened cold goes home.
  const { key: entry } = useLocation();
  const home = () => navigate('/', { replace: true, animate: false });
  // Opened through a school's practice link (?src=…): the open, and every round finished to the end, count for that
  // link once per phone, like a lesson link's open and pass; never the score. Only with consent (see school-events.ts).
  const [params] = useSearchParams();
  const src = params.get('src');
  const consentGiven = useAppState((s) => s.consent.decision === 'given');
  const school = useSchoolEvents(platform.storage, consentGiven);
  useEffect(() => {
    if (src) school.opened(src, PRACTICE_LINK_UNIT);
  }, [src, school]);
  return {
    api: useMemo(() => challengeApi(http), [http]),
    share: (path: string, title: string, description: string) => platform.share({ path, title, description }),
    page: {
      items,
      lang,
      storage: platform.storage,
      lessonTitle: (id: string) => findLesson(id)?.title[lang],
      onOpenLesson: (lesson: string, card: string) => navigate(`/lesson/${lesson}?card=${encodeURIComponent(card)}`),
      onHome: home,
      onBack: () => (entry !== 'default' ? navigate(-1) : home()),
      // A finished round is a result like a lesson's: queued in the one outbox when the resident agreed to store data.
      onRoundDone: (round: Round) => {
        store.getState().recordPracticeRound(roundCounts(round.ids.map(verdictOf), round.answers));
        school.passed(PRACTICE_LINK_UNIT);
      },
    },
    scoreOf: (round: Round) => roundScore(round, verdictOf),
  };
}

/** /practice: "Thật hay lừa?". The only importer of the items, so they load with this screen and not before. */
export function PracticeRoute() {
  const w = usePracticeWiring();
  const { t } = usePracticeStrings();
  return (
    <PracticePage
      {...w.page}
      afterScore={(round) => (
        <ChallengeInvite
          api={w.api}
          itemIds={round.ids}
          score={w.scoreOf(round)}
          share={(path) => w.share(path, t('challenge.shareTitle'), t('challenge.shareText'))}
          onCreated={(id) => rememberChallenge(w.page.storage, id)}
        />
      )}
    />
  );
}
