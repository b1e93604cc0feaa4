import { describe, expect, it } from 'vitest';
import { decide, DEFAULT_THRESHOLDS as T } from './answer-policy';

const hit = (faqId: string, score: number, confidence: number) => ({ faqId, score, confidence });

describe('decide', () => {
  it('answers a confident, clear winner', () => {
    expect(decide([hit('a', 300, 0.8), hit('b', 90, 0.4)])).toEqual({ kind: 'answer', hit: hit('a', 300, 0.8) });
  });
  it('accepts a lower confidence only with a clear margin', () => {
    expect(decide([hit('a', 300, 0.55), hit('b', 150, 0.3)]).kind).toBe('answer');
    expect(decide([hit('a', 300, 0.55), hit('b', 280, 0.3)]).kind).toBe('unknown');
  });
  it('answers a short question every word of which an entry explains, whatever its raw score', () => {
    expect(decide([hit('a', 40, 0.95), hit('b', 10, 0.4)]).kind).toBe('answer');
    expect(decide([hit('a', 40, 0.95), hit('b', 38, 0.9)])).toEqual({ kind: 'clarify', hits: [hit('a', 40, 0.95), hit('b', 38, 0.9)] });
  });
  it('asks which one when two entries are too close to call', () => {
    const d = decide([hit('a', 300, 0.8), hit('b', 290, 0.7), hit('c', 50, 0.2)]);
    expect(d).toEqual({ kind: 'clarify', hits: [hit('a', 300, 0.8), hit('b', 290, 0.7)] });
  });
  it('refuses out-of-scope questions and says "don\'t know" for weak in-domain ones', () => {
    expect(decide([]).kind).toBe('out_of_scope');
    expect(decide([hit('a', 20, 0.1)]).kind).toBe('out_of_scope');
    expect(decide([hit('a', T.minScore, 0.4), hit('b', T.minScore - 1, 0.4)]).kind).toBe('unknown');
  });
});
