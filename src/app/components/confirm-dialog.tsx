import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';

type Props = {
  open: boolean;
  title: string;
  body: string;
  confirm: string;
  /** The safe choice in words that say what it keeps ("Huỷ" alone can read as "destroy"); "Huỷ" by default. */
  cancel?: string;
  danger?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
};

/**
 * Asks before anything that cannot be undone. Named by its title; the safe choice ("Huỷ") comes first, is the
 * primary button and has the focus, so a hurried tap or Enter keeps everything as it was.
 */
export function ConfirmDialog({ open, title, body, confirm, cancel, danger, onConfirm, onCancel }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const cancelRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!open) return;
    cancelRef.current?.focus();
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onCancel();
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open, onCancel]);
  if (!open) return null;
  return (
    <div className="hvs-dialog-mask" onClick={(e) => e.target === e.currentTarget && onCancel()}>
      <div
        className="hvs-dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-body`}
      >
        <h2 id={`${id}-title`} className="hvs-h2">
          {title}
        </h2>
        <p id={`${id}-body`} className="hvs-body">
          {body}
        </p>
        <div className="hvs-stack">
          <button ref={cancelRef} type="button" className="hvs-btn hvs-btn-primary" onClick={onCancel}>
            {cancel ?? t('common.cancel')}
          </button>
          <button
            type="button"
            className={`hvs-btn ${danger ? 'hvs-btn-danger-outline' : 'hvs-btn-secondary'}`}
            onClick={onConfirm}
          >
            {confirm}
          </button>
        </div>
      </div>
    </div>
  );
}
