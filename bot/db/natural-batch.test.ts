import { describe, expect, it } from 'vitest';
import { naturalBatch } from './natural-batch';

/** A writer whose batches finish only when the test says so, recording what each batch held. */
function controlledWriter() {
  const batches: number[][] = [];
  const finish: (() => void)[] = [];
  const write = (items: number[]) => {
    batches.push(items);
    return new Promise<number[]>((resolve, reject) => {
      finish.push(() => (items.includes(-1) ? reject(new Error('bad batch')) : resolve(items.map((x) => x * 10))));
    });
  };
  return { batches, finish, write };
}

// The batcher pumps on setImmediate; an immediate queued after it runs after it, whatever the machine's load. (A
// setTimeout(0) tick could fire first on a busy machine, and the test then saw the next items join the first batch.)
const tick = () => new Promise((r) => setImmediate(r));

describe('naturalBatch', () => {
  it('writes a lone item at once, alone', async () => {
    const w = controlledWriter();
    const gc = naturalBatch(w.write, { maxBatch: 10, maxInFlight: 1 });
    const p = gc.submit(1);
    await tick();
    expect(w.batches).toEqual([[1]]);
    w.finish[0]();
    expect(await p).toBe(10);
  });

  it('gathers items that arrive while a batch is in flight into the next batch, each caller getting its own result', async () => {
    const w = controlledWriter();
    const gc = naturalBatch(w.write, { maxBatch: 10, maxInFlight: 1 });
    const first = gc.submit(1);
    await tick();
    const rest = [2, 3, 4].map((x) => gc.submit(x));
    await tick();
    expect(w.batches).toEqual([[1]]);
    w.finish[0]();
    await first;
    await tick();
    expect(w.batches).toEqual([[1], [2, 3, 4]]);
    w.finish[1]();
    expect(await Promise.all(rest)).toEqual([20, 30, 40]);
  });

  it('never puts more than maxBatch items in one batch, and runs up to maxInFlight batches at once', async () => {
    const w = controlledWriter();
    const gc = naturalBatch(w.write, { maxBatch: 2, maxInFlight: 2 });
    const all = [1, 2, 3, 4, 5].map((x) => gc.submit(x));
    await tick();
    expect(w.batches).toEqual([
      [1, 2],
      [3, 4],
    ]);
    w.finish[0]();
    await tick();
    expect(w.batches).toEqual([[1, 2], [3, 4], [5]]);
    w.finish[1]();
    w.finish[2]();
    expect(await Promise.all(all)).toEqual([10, 20, 30, 40, 50]);
  });

  it('a failed batch rejects only its own callers; the next batch still runs', async () => {
    const w = controlledWriter();
    const gc = naturalBatch(w.write, { maxBatch: 10, maxInFlight: 1 });
    const bad = gc.submit(-1);
    await tick();
    const good = gc.submit(7);
    w.finish[0]();
    await expect(bad).rejects.toThrow('bad batch');
    await tick();
    w.finish[1]();
    expect(await good).toBe(70);
  });
});
