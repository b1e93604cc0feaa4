/**
 * Natural batching for the hot paths: requests that arrive while a batch is at the database wait, and go together in
 * the next one. Nothing is delayed on purpose: a lone request goes at once, alone. Under load, N requests cost one
 * round trip and one statement instead of N.
 * - Writes (group commit): one transaction and one WAL flush for N results. The flush on this machine's disk takes
 *   ~2.4 ms, so one-by-one commits cap writes near 400/s whatever the CPU does. Every caller still gets its own
 *   outcome, and only after its batch has committed: a 2xx still means "stored".
 * - Reads: on loopback a round trip costs the service more CPU than the query costs the database.
 */
export type NaturalBatch<I, O> = { submit(item: I): Promise<O> };

type Pending<I, O> = { item: I; resolve(o: O): void; reject(e: unknown): void };

export function naturalBatch<I, O>(
  write: (items: I[]) => Promise<O[]>,
  opts: { maxBatch: number; maxInFlight: number },
): NaturalBatch<I, O> {
  let queue: Pending<I, O>[] = [];
  let inFlight = 0;

  function pump() {
    while (inFlight < opts.maxInFlight && queue.length) {
      const batch = queue.slice(0, opts.maxBatch);
      queue = queue.slice(batch.length);
      inFlight++;
      write(batch.map((p) => p.item))
        .then(
          (outs) => batch.forEach((p, i) => p.resolve(outs[i])),
          (err: unknown) => batch.forEach((p) => p.reject(err)),
        )
        .finally(() => {
          inFlight--;
          pump();
        });
    }
  }

  return {
    submit(item) {
      return new Promise<O>((resolve, reject) => {
        queue.push({ item, resolve, reject });
        // Wait for the rest of this turn of the event loop: every request read from the network in it joins the
        // batch. PGlite runs a statement synchronously, so without this pause a batch ended before the next request
        // was even read, and every batch held one request.
        setImmediate(pump);
      });
    },
  };
}
