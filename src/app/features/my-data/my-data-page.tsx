import { useTranslation } from 'react-i18next';
import { Page, Spinner } from 'zmp-ui';
import type { SyncNote } from '../../../core/sync/outbox';
import { errorKey } from '../../api/error-key';
import { AppHeader } from '../../components/app-header';
import { ErrorNote } from '../../components/error-note';
import { MyDataActions, type MyDataActionsProps } from './my-data-actions';
import { ServerSummary } from './server-summary';
import { useMyData } from './use-my-data';
import { Section } from '../../components/section';
import { Button } from '../../components/button';

type Props = Omit<MyDataActionsProps, 'consentGiven'> & {
  consentGiven: boolean;
  localDone: number;
  pending: number;
  /** The practice's memory on this phone: whether it remembers items or challenges, and its rounds not yet sent. */
  practice: { remembered: boolean; pending: number };
  notes: SyncNote[];
  titleOf: (lessonId: string) => string;
  formatDate: (iso: string) => string;
  onGiveConsent: () => void;
  /** Withdrawing before anything reached the service only changes the phone's own record. */
  onWithdrawLocal: () => void;
};

/** "My data": what is on this phone, what is on the server, and the resident's controls over both. */
export function MyDataPage({
  consentGiven,
  localDone,
  pending,
  practice,
  notes,
  titleOf,
  formatDate,
  onGiveConsent,
  onWithdrawLocal,
  ...actions
}: Props) {
  const { t } = useTranslation();
  const { state, reload } = useMyData();
  const afterChange = async (action: () => Promise<string | undefined>) => {
    const err = await action();
    if (!err) reload();
    return err;
  };
  return (
    <Page className="hvs-page">
      <AppHeader title={t('myData.title')} />
      <main className="hvs-main">
        <h1 className="hvs-h1">
          <span aria-hidden>🔒</span> {t('myData.title')}
        </h1>
        <p className="hvs-muted">{t('myData.intro')}</p>

        <Section id="on-phone" title={t('myData.onPhone')}>
          <p className="hvs-body">{consentGiven ? t('myData.consentGiven') : t('myData.consentDeclined')}</p>
          <p className="hvs-body">{t('myData.onPhoneBody', { done: localDone, pending })}</p>
          {(practice.remembered || practice.pending > 0) && (
            <p className="hvs-body" data-testid="practice-on-phone">
              {t('myData.practiceOnPhone', { rounds: practice.pending })}
            </p>
          )}
          {notes.length > 0 && (
            <>
              <h3 className="hvs-h3">{t('myData.notes')}</h3>
              <ul className="hvs-notes">
                {notes.map((n) => (
                  <li key={n.id}>
                    {titleOf(n.lessonId)}: {t(errorKey(n.code))}
                  </li>
                ))}
              </ul>
            </>
          )}
          {!consentGiven && (
            <Button kind="primary" className="hvs-wide" onClick={onGiveConsent}>
              {t('myData.giveConsent')}
            </Button>
          )}
          {consentGiven && state.kind === 'local' && (
            <Button kind="secondary" className="hvs-wide" onClick={onWithdrawLocal}>
              {t('myData.withdraw')}
            </Button>
          )}
        </Section>

        <Section id="on-server" title={t('myData.onServer')}>
          {state.kind === 'loading' && <Spinner visible />}
          {state.kind === 'local' && <p className="hvs-body">{t('myData.nothingOnServer')}</p>}
          {state.kind === 'failed' && <ErrorNote code={state.code} onRetry={reload} />}
          {state.kind === 'ready' && (
            <>
              <ServerSummary me={state.me} progress={state.progress} formatDate={formatDate} />
              <MyDataActions
                consentGiven={consentGiven}
                onExport={actions.onExport}
                onWithdraw={() => afterChange(actions.onWithdraw)}
                onDelete={actions.onDelete}
              />
            </>
          )}
        </Section>
      </main>
    </Page>
  );
}
