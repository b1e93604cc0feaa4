import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'zmp-ui';
import type { ProgressView } from '../../core/api/schemas';
import { Busy } from '../components/load-state';
import { useAccountStrings } from '../components/use-account-strings';
import { useFormat } from '../components/use-format';
import { useNotice } from '../components/use-notice';
import { findLesson } from '../content/lessons';
import { HouseholdPage } from '../features/household/household-page';
import { SurveyTile } from '../features/survey/survey-tile';
import { useSurveyDate } from '../features/survey/use-survey-date';
import { useAppState, usePlatform } from '../store/store-context';
import { ConsentRoute } from './consent-route';

/**
 * /household and /household/join?code=…: composes the household feature with the platform, store and catalog. A
 * household sends the resident's name and results, so this is where the data notice is asked, in place.
 */
export function HouseholdRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const platform = usePlatform();
  const notice = useNotice();
  const format = useFormat();
  const [params] = useSearchParams();
  const lang = useAppState((s) => s.settings.lang);
  const consentGiven = useAppState((s) => s.consent.decision === 'given');
  const items = useAppState((s) => s.outbox.items);
  const pendingHere = useMemo(() => new Set(items.filter((i) => i.passed).map((i) => i.lessonId)), [items]);
  const householdId = useAppState((s) => (consentGiven ? s.account.household?.id : undefined));
  const surveyDate = useSurveyDate(householdId);
  const home = () => navigate('/', { replace: true, animate: false });
  const stringsReady = useAccountStrings();

  if (!stringsReady) return <Busy />;
  if (!consentGiven) return <ConsentRoute reason="household" inPlace onDecline={home} />;

  const shareOutcome = (outcome: Awaited<ReturnType<typeof platform.share>>, copied: string) => {
    if (outcome === 'cancelled') return;
    const text = { shared: t('household.shared'), copied, failed: t('lesson.shareFailed') }[outcome];
    // A copied link still has to be pasted somewhere: that instruction stays until the resident closes it.
    notice(text, outcome === 'failed' ? 'error' : 'success', { keep: outcome === 'copied' });
  };
  const share = async (progress: ProgressView, name: string) => {
    const outcome = await platform.share({
      path: '/household',
      title: t('household.shareTitle'),
      description: t('household.shareDescription', {
        household: `${name} (${progress.household.areaName})`,
        count: progress.total,
      }),
    });
    shareOutcome(outcome, t('lesson.copied'));
  };
  const shareCode = async (code: string) => {
    const outcome = await platform.share({
      path: `/household/join?code=${code.replace('-', '')}`,
      title: t('household.shareCodeTitle'),
      description: t('household.shareCodeDescription', { code }),
    });
    shareOutcome(outcome, t('household.codeCopied'));
  };

  return (
    <HouseholdPage
      initialCode={params.get('code') ?? ''}
      canScan={platform.kind === 'zalo'}
      titleOf={(id) => findLesson(id)?.title[lang] ?? id}
      pendingHere={pendingHere}
      formatDate={format.date}
      onScan={() => platform.scanQr()}
      onShare={(p, name) => void share(p, name)}
      onShareCode={(code) => void shareCode(code)}
      onNotice={(text) => notice(text)}
      onOpenLesson={(id) => navigate(`/lesson/${id}`)}
      surveyTile={
        <SurveyTile answeredAt={surveyDate} formatDate={format.date} onOpen={() => navigate('/household/survey')} />
      }
      onBack={home}
      onOpenMyData={() => navigate('/my-data')}
    />
  );
}
