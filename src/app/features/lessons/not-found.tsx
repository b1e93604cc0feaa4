import { useTranslation } from 'react-i18next';
import { Page, useNavigate } from 'zmp-ui';
import { AppHeader } from '../../components/app-header';
import { Button } from '../../components/button';

/** A friendly dead end for links to lessons that do not exist, always with the way back. */
export function NotFoundPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Page className="hvs-page">
      <AppHeader title={t('app.title')} />
      <main className="hvs-main">
        <div className="hvs-center">
          <div className="hvs-card-icon" aria-hidden>
            🔎
          </div>
          <h1 className="hvs-h1">{t('lesson.notFoundTitle')}</h1>
          <p className="hvs-body">{t('lesson.notFoundBody')}</p>
          <Button kind="primary" onClick={() => navigate('/', { replace: true })}>
            {t('lesson.home')}
          </Button>
        </div>
      </main>
    </Page>
  );
}
