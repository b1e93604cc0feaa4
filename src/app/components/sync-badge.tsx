import { useTranslation } from 'react-i18next';
import { useAppState } from '../store/store-context';
import { useOnline } from './use-online';

/**
 * "Not synced (n)" while results wait on the phone, "Synced" once the household has them. Says nothing to a resident
 * who declined: their results are meant to stay on the phone.
 */
export function SyncBadge() {
  const { t } = useTranslation();
  const online = useOnline();
  const given = useAppState((s) => s.consent.decision === 'given');
  const pending = useAppState((s) => s.outbox.items.length);
  const inHousehold = useAppState((s) => Boolean(s.account.household));
  if (!given || (!pending && !inHousehold)) return null;
  if (!pending) {
    return (
      <div className="hvs-sync is-done" role="status" data-testid="sync-status">
        <strong>✓ {t('sync.done')}</strong>
        <span>{t('sync.doneHint')}</span>
      </div>
    );
  }
  const hint = !inHousehold ? t('sync.pendingNoHousehold') : !online ? t('sync.pendingOffline') : t('sync.pendingSending');
  return (
    <div className="hvs-sync is-pending" role="status" data-testid="sync-status">
      <strong>⏳ {t('sync.pending', { count: pending })}</strong>
      <span>{hint}</span>
    </div>
  );
}
