/**
 * A sliding-window limit per chat user. It lives in process memory, so with several instances each allows the
 * limit on its own; that still stops a flood, which is what it is for.
 */
export function createRateLimit(opts: { max: number; windowMs: number; now?: () => number }) {
  const now = opts.now ?? Date.now;
  const hits = new Map<string, number[]>();
  return function allow(key: string): boolean {
    const t = now();
    const recent = (hits.get(key) ?? []).filter((x) => t - x < opts.windowMs);
    if (recent.length >= opts.max) {
      hits.set(key, recent);
      return false;
    }
    recent.push(t);
    hits.set(key, recent);
    if (hits.size > 50_000) hits.delete(hits.keys().next().value!);
    return true;
  };
}
