import { describe, expect, it } from 'vitest';
import { seededRandom } from '../quiz/shuffle';
import { drawRound, type PoolEntry } from './draw-round';

const pool = (n: number, genuineEvery = 3): PoolEntry[] =>
  Array.from({ length: n }, (_, i) => ({ id: `item-${i}`, verdict: i % genuineEvery === 0 ? 'genuine' : 'scam' }));

describe('drawRound', () => {
  it('draws 5 different items and remembers them as seen', () => {
    const { ids, seen } = drawRound(pool(12), [], seededRandom(1));
    expect(ids).toHaveLength(5);
    expect(new Set(ids).size).toBe(5);
    expect(seen.sort()).toEqual([...ids].sort());
  });

  it('never repeats an item until the pool is used up, then starts a new cycle', () => {
    const items = pool(12);
    const random = seededRandom(7);
    const r1 = drawRound(items, [], random);
    const r2 = drawRound(items, r1.seen, random);
    expect(r2.ids.filter((id) => r1.ids.includes(id))).toEqual([]);
    // 10 seen, 2 left: both come in the third round, filled with 3 from the new cycle.
    const left = items.map((p) => p.id).filter((id) => !r2.seen.includes(id));
    const r3 = drawRound(items, r2.seen, random);
    expect(r3.ids).toEqual(expect.arrayContaining(left));
    expect(new Set(r3.ids).size).toBe(5);
    expect(r3.seen).toHaveLength(3);
    expect(r3.seen.some((id) => left.includes(id))).toBe(false);
  });

  it('is the same for the same seed and differs for another', () => {
    const items = pool(20);
    expect(drawRound(items, [], seededRandom(3)).ids).toEqual(drawRound(items, [], seededRandom(3)).ids);
    expect(drawRound(items, [], seededRandom(3)).ids).not.toEqual(drawRound(items, [], seededRandom(4)).ids);
  });

  it('forgets seen ids that are no longer in the pool', () => {
    const { seen } = drawRound(pool(8), ['gone-item', 'item-0'], seededRandom(2));
    expect(seen).not.toContain('gone-item');
  });

  it('gives a smaller round when the pool has fewer than 5 items', () => {
    const { ids } = drawRound(pool(3), [], seededRandom(5));
    expect(ids.sort()).toEqual(['item-0', 'item-1', 'item-2']);
  });

  it('never makes a round of one verdict when the pool has both', () => {
    // One genuine item in ten: most seeds would draw five scams.
    const items = pool(10, 10);
    for (let seed = 1; seed <= 40; seed++) {
      const { ids } = drawRound(items, [], seededRandom(seed));
      expect(ids, `seed ${seed}`).toContain('item-0');
    }
  });
});
