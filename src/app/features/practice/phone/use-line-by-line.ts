import { useEffect, useState } from 'react';

const reducedMotion = () =>
  typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * How many of a caller's `total` lines are showing: one more every `stepMs`, as a call is heard, or all at once when
 * asked ("show all"), after the answer, or when the phone asks for less motion. Nobody has to wait to answer.
 */
export function useLineByLine(total: number, all: boolean, stepMs = 2200): [number, () => void] {
  const [shown, setShown] = useState(() => (reducedMotion() ? total : Math.min(1, total)));
  useEffect(() => {
    if (all || shown >= total) return;
    const timer = setTimeout(() => setShown((n) => n + 1), stepMs);
    return () => clearTimeout(timer);
  }, [all, shown, total, stepMs]);
  return [all ? total : shown, () => setShown(total)];
}
