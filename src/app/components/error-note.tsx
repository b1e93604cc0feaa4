import { useTranslation } from 'react-i18next';
import { errorKey } from '../api/error-key';
import { Button } from './button';

/** A failed call, in the resident's language, with a way to try again when trying again can help. */
export function ErrorNote({ code, onRetry }: { code: string; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="hvs-error" role="alert" data-error={code}>
      <p>{t(errorKey(code))}</p>
      {onRetry && (
        <Button kind="secondary" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      )}
    </div>
  );
}
