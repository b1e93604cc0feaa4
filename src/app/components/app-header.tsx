import { useEffect, useRef, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';

type Props = { title: string; showBackIcon?: boolean; onBackClick?: () => void };

/**
 * Our own header instead of zmp-ui's: its back arrow was a 24 px unnamed icon in a 44 px bar that did not grow with
 * the text size. Here the way back is a 48 px "Quay lại" button, and the bar is in rem so it scales with the text.
 * A new screen opens at its top with focus on its h1, so a screen reader starts where a sighted reader does.
 */
export function AppHeader({ title, showBackIcon = true, onBackClick }: Props) {
  const { t } = useTranslation('common');
  const navigate = useNavigate();
  const ref = useRef<HTMLElement>(null);
  useFocusHeading(ref);
  return (
    <header className="hvs-header" ref={ref}>
      {showBackIcon && (
        <button
          type="button"
          className="hvs-back"
          aria-label={t('lesson.back')}
          onClick={onBackClick ?? (() => navigate(-1))}
        >
          <svg width="24" height="24" viewBox="0 0 24 24" aria-hidden focusable="false">
            <path
              d="M15.5 4.5 8 12l7.5 7.5"
              fill="none"
              stroke="currentColor"
              strokeWidth="2.5"
              strokeLinecap="round"
              strokeLinejoin="round"
            />
          </svg>
        </button>
      )}
      <p className="hvs-header-title">{title}</p>
    </header>
  );
}

/** Scrolls the header's page to its top and focuses the page's h1 once it exists (some screens load it a little later). */
function useFocusHeading(ref: RefObject<HTMLElement>) {
  useEffect(() => {
    const page = ref.current?.closest<HTMLElement>('.zaui-page');
    if (!page) return;
    page.scrollTop = 0;
    const tryFocus = () => {
      const h1 = page.querySelector<HTMLElement>('h1');
      if (!h1) return false;
      focusHeading(h1);
      return true;
    };
    if (tryFocus()) return;
    const watch = new MutationObserver(() => tryFocus() && watch.disconnect());
    watch.observe(page, { childList: true, subtree: true });
    const stop = setTimeout(() => watch.disconnect(), 5000);
    return () => {
      watch.disconnect();
      clearTimeout(stop);
    };
  }, [ref]);
}

/** Focuses a heading without scrolling to it: the caller decides where the page stands. */
export function focusHeading(el: HTMLElement) {
  if (!el.hasAttribute('tabindex')) el.setAttribute('tabindex', '-1');
  el.focus({ preventScroll: true });
}
