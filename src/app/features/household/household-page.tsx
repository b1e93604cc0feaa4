import { useTranslation } from 'react-i18next';
import { Page } from 'zmp-ui';
import { AppHeader } from '../../components/app-header';
import { SyncBadge } from '../../components/sync-badge';
import { HouseholdBody, type HouseholdBodyProps } from './household-body';

type Props = HouseholdBodyProps & { consentGiven: boolean; onBack: () => void; onReviewConsent: () => void; onOpenMyData: () => void };

/** The household screen. Without consent nothing is sent, so it only explains and offers the notice again. */
export function HouseholdPage({ consentGiven, onBack, onReviewConsent, onOpenMyData, ...body }: Props) {
  const { t } = useTranslation();
  return (
    <Page className="hvs-page">
      <AppHeader title={t('household.title')} onBackClick={onBack} />
      <h1 className="hvs-h1">
        <span aria-hidden>🏠</span> {t('household.heading')}
      </h1>
      <p className="hvs-muted">{t('household.intro')}</p>
      {consentGiven ? (
        <>
          <SyncBadge />
          <HouseholdBody {...body} />
        </>
      ) : (
        <div className="hvs-card hvs-section">
          <p className="hvs-body">{t('household.consentNeeded')}</p>
          <button type="button" className="hvs-btn hvs-btn-primary hvs-wide" onClick={onReviewConsent}>
            {t('household.reviewConsent')}
          </button>
        </div>
      )}
      <button type="button" className="hvs-link-button" onClick={onOpenMyData}>
        <span aria-hidden>🔒</span> {t('household.myData')}
      </button>
    </Page>
  );
}
