import { useEffect, useRef } from 'react';

/** Room for zmp-ui's fixed header (44 px) and a little air, so the first line of an answer is not under it. */
const HEADER_PX = 56;

/**
 * Keeps the newest bubble in view as the conversation grows. A short one scrolls the page to the bottom; a long
 * answer scrolls only to its first line, so the resident starts reading at the top instead of in the middle.
 */
export function useFollowLatest<T extends HTMLElement>(key: unknown) {
  const ref = useRef<T>(null);
  useEffect(() => {
    const el = ref.current;
    const page = el?.closest('.zaui-page');
    if (!el || !page) return;
    const bottom = page.scrollHeight - page.clientHeight;
    const start = el.getBoundingClientRect().top - page.getBoundingClientRect().top + page.scrollTop - HEADER_PX;
    page.scrollTo({ top: Math.max(0, Math.min(bottom, start)) });
  }, [key]);
  return ref;
}
