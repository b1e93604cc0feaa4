import { useTranslation } from 'react-i18next';
import { Modal } from 'zmp-ui';

type Props = { open: boolean; title: string; body: string; confirm: string; danger?: boolean; onConfirm: () => void; onCancel: () => void };

/** Asks before anything that cannot be undone; our own large buttons, since the modal's are small for older hands. */
export function ConfirmDialog({ open, title, body, confirm, danger, onConfirm, onCancel }: Props) {
  const { t } = useTranslation();
  return (
    <Modal visible={open} title={title} onClose={onCancel} maskClosable modalClassName="hvs-dialog">
      <p className="hvs-body">{body}</p>
      <div className="hvs-stack">
        <button type="button" className={`hvs-btn ${danger ? 'hvs-btn-danger' : 'hvs-btn-primary'}`} onClick={onConfirm}>
          {confirm}
        </button>
        <button type="button" className="hvs-btn hvs-btn-secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </Modal>
  );
}
