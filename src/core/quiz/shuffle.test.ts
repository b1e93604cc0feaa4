import { describe, expect, it } from 'vitest';
import { seededRandom, shuffledOrder, shuffleQuiz } from './shuffle';

describe('shuffledOrder', () => {
  it('is a permutation of the authored indexes', () => {
    for (let seed = 1; seed < 50; seed++)
      expect([...shuffledOrder(4, seededRandom(seed))].sort()).toEqual([0, 1, 2, 3]);
  });
  it('is deterministic for a given random source', () => {
    expect(shuffledOrder(4, seededRandom(7))).toEqual(shuffledOrder(4, seededRandom(7)));
  });
  it('moves the authored last option away from the end in some attempts', () => {
    const lastPositions = new Set(Array.from({ length: 40 }, (_, s) => shuffledOrder(4, seededRandom(s)).indexOf(3)));
    expect(lastPositions.size).toBe(4);
  });
  it('copes with a source that returns values at the edge of [0, 1)', () => {
    expect([...shuffledOrder(3, () => 0.9999999999)].sort()).toEqual([0, 1, 2]);
    expect([...shuffledOrder(3, () => 0)].sort()).toEqual([0, 1, 2]);
  });
});

describe('shuffleQuiz', () => {
  it('draws one order per question, sized to its options', () => {
    const orders = shuffleQuiz([{ options: [1, 2, 3] }, { options: [1, 2] }], seededRandom(3));
    expect(orders.map((o) => o.length)).toEqual([3, 2]);
  });
});
