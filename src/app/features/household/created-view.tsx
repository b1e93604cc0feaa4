import { useTranslation } from 'react-i18next';
import { Button } from '../../components/button';

type Props = { code: string; onShare: () => void; onDone: () => void };

/** Right after creating a household: its code, large, and the one thing to do with it (send it to the family). */
export function CreatedView({ code, onShare, onDone }: Props) {
  const { t } = useTranslation();
  return (
    <div className="hvs-created" data-testid="household-created">
      <h1 className="hvs-h1">
        <span aria-hidden>✅</span> {t('household.createdHeading')}
      </h1>
      <div className="hvs-code-card">
        <span className="hvs-muted">{t('household.code')}</span>
        <strong className="hvs-code" data-testid="household-code">
          {code}
        </strong>
      </div>
      <p className="hvs-body">{t('household.createdBody')}</p>
      <div className="hvs-stack">
        <Button kind="primary" onClick={onShare} data-testid="share-code">
          <span aria-hidden>📤</span> {t('household.shareCode')}
        </Button>
        <Button kind="secondary" onClick={onDone}>
          {t('household.seeHousehold')}
        </Button>
      </div>
    </div>
  );
}
