import { useEffect, useRef } from 'react';
import { focusHeading } from './app-header';

/**
 * Scrolls the page back to the top when `key` changes and puts focus on the first heading inside: a new card or
 * question must start at its heading. The first run only scrolls (the header has focused the screen's h1).
 */
export function useScrollTop<T extends HTMLElement>(key: unknown) {
  const ref = useRef<T>(null);
  const first = useRef(true);
  useEffect(() => {
    const page = ref.current?.closest('.zaui-page');
    // Again on the next frame: a smooth scroll to the last answer's feedback may still be running and would win.
    const toTop = () => page?.scrollTo({ top: 0, behavior: 'instant' });
    toTop();
    const frame = requestAnimationFrame(toTop);
    const heading = ref.current?.querySelector<HTMLElement>('h1, h2');
    if (!first.current && heading) focusHeading(heading);
    first.current = false;
    return () => cancelAnimationFrame(frame);
  }, [key]);
  return ref;
}
