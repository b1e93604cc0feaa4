import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useAppState } from '../store/store-context';
import { useOnline } from './use-online';
import { Button } from './button';

type Props = {
  /** On the result screen: offer the way into the household when results are only on the phone. */
  invite?: boolean;
};

/**
 * Where the resident's results are, in plain words and a neutral colour (nothing went wrong): kept on this phone, on
 * their way, or counted for the household. Counts lessons, not attempts. Says nothing to a resident who declined:
 * their results are meant to stay on the phone.
 */
export function SyncBadge({ invite = false }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const online = useOnline();
  const decision = useAppState((s) => s.consent.decision);
  const waiting = useAppState((s) => new Set(s.outbox.items.map((i) => i.lessonId)).size);
  const passedHere = useAppState((s) => Object.values(s.progress.lessons).filter((l) => l.passedAt).length);
  const inHousehold = useAppState((s) => Boolean(s.account.household));
  if (decision === 'declined') return null;
  // Not asked yet: passes are kept on the phone and go to the household once the resident agrees there.
  const pending = decision === 'unasked' ? passedHere : waiting;
  if (!pending && (decision === 'unasked' || !inHousehold)) return null;
  if (!pending) {
    return (
      <div className="hvs-sync is-done" role="status" data-testid="sync-status">
        <strong>✓ {t('sync.done')}</strong>
        <span>{t('sync.doneHint')}</span>
      </div>
    );
  }
  const away = decision === 'unasked' || !inHousehold;
  return (
    <div className="hvs-sync is-pending" role="status" data-testid="sync-status">
      <strong>
        {away
          ? t('sync.onPhone', { count: pending })
          : online
            ? t('sync.sending', { count: pending })
            : t('sync.offline', { count: pending })}
      </strong>
      {away && <span>{t('sync.joinHint')}</span>}
      {away && invite && (
        <Button kind="secondary" className="hvs-wide" onClick={() => navigate('/household')}>
          {t('sync.openHousehold')}
        </Button>
      )}
    </div>
  );
}
