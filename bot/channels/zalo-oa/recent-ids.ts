/**
 * Remembers the last `capacity` ids, oldest forgotten first: enough to drop Zalo's redeliveries of an event.
 * It lives in one process; with several instances behind a load balancer a retry can land elsewhere, and a shared
 * table (insert msg_id, on conflict do nothing) would be needed instead.
 */
export function createRecentIds(capacity = 1000) {
  const ids = new Map<string, true>();
  return {
    /** True if `id` was seen before; otherwise records it and returns false. */
    checkAndAdd(id: string): boolean {
      if (ids.has(id)) {
        // Refresh its place so a burst of retries keeps it from being evicted.
        ids.delete(id);
        ids.set(id, true);
        return true;
      }
      ids.set(id, true);
      if (ids.size > capacity) ids.delete(ids.keys().next().value!);
      return false;
    },
    get size() {
      return ids.size;
    },
  };
}

export type RecentIds = ReturnType<typeof createRecentIds>;
