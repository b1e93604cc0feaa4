import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'zmp-ui';
import type { ProgressView } from '../../core/api/schemas';
import { useNotice } from '../components/use-notice';
import { findLesson } from '../content/lessons';
import { HouseholdPage } from '../features/household/household-page';
import { SurveyTile } from '../features/survey/survey-tile';
import { useSurveyDate } from '../features/survey/use-survey-date';
import { useAppState, usePlatform } from '../store/store-context';

/** /household and /household/join?code=…: composes the household feature with the platform, store and catalog. */
export function HouseholdRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const platform = usePlatform();
  const notice = useNotice();
  const [params] = useSearchParams();
  const lang = useAppState((s) => s.settings.lang);
  const consentGiven = useAppState((s) => s.consent.decision === 'given');
  const items = useAppState((s) => s.outbox.items);
  const pendingHere = useMemo(() => new Set(items.filter((i) => i.passed).map((i) => i.lessonId)), [items]);
  const householdId = useAppState((s) => (consentGiven ? s.account.household?.id : undefined));
  const surveyDate = useSurveyDate(householdId);
  const dates = useMemo(() => new Intl.DateTimeFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric' }), [lang]);

  const share = async (progress: ProgressView, name: string) => {
    const outcome = await platform.share({
      path: '/household',
      title: t('household.shareTitle'),
      description: t('household.shareDescription', { household: `${name} (${progress.household.areaName})`, count: progress.total }),
    });
    if (outcome === 'cancelled') return;
    const text = { shared: t('household.shared'), copied: t('lesson.copied'), failed: t('lesson.shareFailed') }[outcome];
    notice(text, outcome === 'failed' ? 'error' : 'success');
  };

  return (
    <HouseholdPage
      consentGiven={consentGiven}
      initialCode={params.get('code') ?? ''}
      canScan={platform.kind === 'zalo'}
      titleOf={(id) => findLesson(id)?.title[lang] ?? id}
      pendingHere={pendingHere}
      formatDate={(iso) => dates.format(new Date(iso))}
      onScan={() => platform.scanQr()}
      onShare={(p, name) => void share(p, name)}
      onNotice={(text) => notice(text)}
      surveyTile={<SurveyTile answeredAt={surveyDate} formatDate={(iso) => dates.format(new Date(iso))} onOpen={() => navigate('/household/survey')} />}
      onBack={() => navigate('/', { replace: true, animate: false })}
      onReviewConsent={() => navigate('/consent')}
      onOpenMyData={() => navigate('/my-data')}
    />
  );
}
