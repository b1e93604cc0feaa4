import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { ErrorNote } from '../../components/error-note';
import { Button } from '../../components/button';

export type MyDataActionsProps = {
  consentGiven: boolean;
  /** Resolves to an error code, or to the JSON text when the host cannot save files and it must be shown instead. */
  onExport: () => Promise<{ error?: string; text?: string }>;
  onWithdraw: () => Promise<string | undefined>;
  onDelete: () => Promise<string | undefined>;
};

/** Download, withdraw, delete: each says what it did, and deleting asks first. */
export function MyDataActions({ consentGiven, onExport, onWithdraw, onDelete }: MyDataActionsProps) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | undefined>();
  const [text, setText] = useState<string | undefined>();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);

  const run = async (action: () => Promise<string | undefined>) => {
    setBusy(true);
    setError(await action());
    setBusy(false);
  };

  return (
    <div className="hvs-stack">
      <Button
        kind="secondary"
        disabled={busy}
        onClick={() =>
          void run(async () => {
            const r = await onExport();
            setText(r.text);
            return r.error;
          })
        }
      >
        ⬇ {t('myData.download')}
      </Button>
      {text && (
        <section className="hvs-card" aria-labelledby="export-title">
          <h3 id="export-title" className="hvs-h3">
            {t('myData.exportTitle')}
          </h3>
          <pre className="hvs-json">{text}</pre>
        </section>
      )}
      {consentGiven && (
        <Button kind="secondary" disabled={busy} onClick={() => void run(onWithdraw)}>
          {t('myData.withdraw')}
        </Button>
      )}
      <Button kind="danger" disabled={busy} onClick={() => setAsking(true)}>
        {t('myData.delete')}
      </Button>
      <p className="hvs-muted">{t('myData.keptOnPhone')}</p>
      {error && <ErrorNote code={error} />}
      <ConfirmDialog
        open={asking}
        title={t('myData.deleteTitle')}
        body={t('myData.deleteBody')}
        confirm={t('myData.deleteYes')}
        cancel={t('myData.deleteNo')}
        danger
        onConfirm={() => {
          setAsking(false);
          void run(onDelete);
        }}
        onCancel={() => setAsking(false)}
      />
    </div>
  );
}
