import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Page } from 'zmp-ui';
import { AppHeader } from '../../components/app-header';
import { SyncBadge } from '../../components/sync-badge';
import { CreatedView } from './created-view';
import { HouseholdBody, type HouseholdBodyProps } from './household-body';

type Props = Omit<HouseholdBodyProps, 'onCreated'> & {
  onBack: () => void;
  onOpenMyData: () => void;
  onShareCode: (code: string) => void;
};

/**
 * The household screen (shown once the resident has agreed to the data notice). A household just created gets a
 * screen of its own: the code is what the family needs next, so it comes first, with the way to send it.
 */
export function HouseholdPage({ onBack, onOpenMyData, onShareCode, ...body }: Props) {
  const { t } = useTranslation();
  const [created, setCreated] = useState<string | null>(null);
  if (created) {
    return (
      <Page className="hvs-page" key="created">
        <AppHeader title={t('household.title')} onBackClick={() => setCreated(null)} />
        <main className="hvs-main">
          <CreatedView code={created} onShare={() => onShareCode(created)} onDone={() => setCreated(null)} />
        </main>
      </Page>
    );
  }
  return (
    <Page className="hvs-page" key="household">
      <AppHeader title={t('household.title')} onBackClick={onBack} />
      <main className="hvs-main">
        <h1 className="hvs-h1">
          <span aria-hidden>🏠</span> {t('household.heading')}
        </h1>
        <p className="hvs-muted">{t('household.intro')}</p>
        <SyncBadge />
        <HouseholdBody {...body} onCreated={setCreated} />
        <button type="button" className="hvs-link-button" onClick={onOpenMyData}>
          <span aria-hidden>🔒</span> {t('household.myData')}
        </button>
      </main>
    </Page>
  );
}
