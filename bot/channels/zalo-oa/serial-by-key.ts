/**
 * Runs tasks one after another per key and in parallel across keys. A resident tapping two quiz answers in a row
 * sends two webhook events; answering them concurrently could grade the second before the first.
 */
export function createSerialByKey() {
  const tails = new Map<string, Promise<void>>();
  return function run(key: string, task: () => Promise<void>): Promise<void> {
    const next = (tails.get(key) ?? Promise.resolve()).then(task);
    const tail = next.catch(() => undefined);
    tails.set(key, tail);
    // Forget the key once its queue drains, so the map holds only people mid-conversation.
    void tail.then(() => {
      if (tails.get(key) === tail) tails.delete(key);
    });
    return next;
  };
}
