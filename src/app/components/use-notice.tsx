import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type Kind = 'success' | 'error';
type Options = { keep?: boolean };
type Show = (text: string, kind?: Kind, options?: Options) => void;
type Notice = { id: number; text: string; kind: Kind; keep: boolean };

const NoticeContext = createContext<Show>(() => undefined);

/** Long enough to read twice at a slow pace; anything worth keeping (an error, an instruction) stays until closed. */
const SHOW_MS = 7000;

/**
 * Our own notices instead of zmp-ui's snackbar: that one was 15 px at every text size, left after 4 seconds whatever it
 * said, and drew its icons from a font on Zalo's CDN. These follow the text size and sit under the header, where they
 * never cover a screen's main button.
 */
export function NoticeProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [notice, setNotice] = useState<Notice | null>(null);
  const show = useCallback<Show>((text, kind = 'success', options = {}) => {
    setNotice({ id: Date.now(), text, kind, keep: options.keep ?? kind === 'error' });
  }, []);
  useEffect(() => {
    if (!notice || notice.keep) return;
    const timer = setTimeout(() => setNotice((n) => (n?.id === notice.id ? null : n)), SHOW_MS);
    return () => clearTimeout(timer);
  }, [notice]);
  return (
    <NoticeContext.Provider value={show}>
      {children}
      <div className="hvs-toast-region" role="status" aria-live="polite">
        {notice && (
          <div className={`hvs-toast is-${notice.kind}`} data-testid="notice">
            <span className={`hvs-snack-icon is-${notice.kind}`} aria-hidden>
              {notice.kind === 'success' ? '✓' : '!'}
            </span>
            <p className="hvs-toast-text">{notice.text}</p>
            <button type="button" className="hvs-toast-close" onClick={() => setNotice(null)}>
              {t('common.close')}
            </button>
          </div>
        )}
      </div>
    </NoticeContext.Provider>
  );
}

/** Shows a short notice: `keep` for one the resident may want to read again (errors are always kept). */
export function useNotice(): Show {
  return useContext(NoticeContext);
}
