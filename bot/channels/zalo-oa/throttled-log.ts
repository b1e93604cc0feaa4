/**
 * A log line at most once a window per kind, with the count of those held back: anyone can post forged events to
 * the webhook, and one line each would let them fill the disk.
 */
export function throttledLog(log: (msg: string) => void, windowMs: number, now: () => number = Date.now) {
  const last = new Map<string, { at: number; held: number }>();
  return (kind: string, msg: string) => {
    const t = now();
    const seen = last.get(kind);
    if (seen && t - seen.at < windowMs) {
      seen.held++;
      return;
    }
    log(seen?.held ? `${msg} (${seen.held} more like it since the last line)` : msg);
    last.set(kind, { at: t, held: 0 });
  };
}
