import { useEffect, useRef } from 'react';

/** Scrolls the page back to the top when `key` changes: a new card or question must start at its heading. */
export function useScrollTop<T extends HTMLElement>(key: unknown) {
  const ref = useRef<T>(null);
  useEffect(() => {
    const page = ref.current?.closest('.zaui-page');
    if (page) page.scrollTop = 0;
  }, [key]);
  return ref;
}
