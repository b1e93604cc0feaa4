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
    expect(decide([hit('a', 40, 0.95), hit('b', 38, 0.9)])).toEqual({
      kind: 'clarify',
      hits: [hit('a', 40, 0.95), hit('b', 38, 0.9)],
    });
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

describe('decide: holding back when the entry does not cover the question', () => {
  const cov = (faqId: string, score: number, confidence: number, coverage: number, words = 6) => ({
    faqId,
    score,
    confidence,
    coverage,
    words,
  });
  it('answers a confident winner that covers the question', () => {
    expect(decide([cov('a', 400, 0.8, 0.9), cov('b', 100, 0.4, 0.2)]).kind).toBe('answer');
  });
  it('holds back (the caller gives the topic fallback) when the winner leaves salient words unexplained', () => {
    expect(decide([cov('a', 400, 0.8, T.minCoverage - 0.1), cov('b', 300, 0.4, 0.2)])).toEqual({
      kind: 'unknown',
      best: cov('a', 400, 0.8, T.minCoverage - 0.1),
    });
  });
  it('holds back when the winner barely beats the runner-up, however well it covers', () => {
    expect(decide([cov('a', 400, 0.8, 1), cov('b', 400 / (T.answerMargin - 0.05), 0.3, 0.2)]).kind).toBe('unknown');
  });
  it('still answers a partial cover that beats every other entry by far', () => {
    expect(
      decide([cov('a', 400, 0.8, T.lowCoverage + 0.05), cov('b', 400 / (T.strongRatio + 0.5), 0.3, 0.2)]).kind,
    ).toBe('answer');
  });
  it('asks more of a long, story-like question', () => {
    const c = (T.minCoverage + T.longCoverage) / 2;
    expect(decide([cov('a', 400, 0.8, c, 6), cov('b', 300, 0.3, 0.2)]).kind).toBe('answer');
    expect(decide([cov('a', 400, 0.8, c, T.longWords), cov('b', 300, 0.3, 0.2)]).kind).toBe('unknown');
  });
});
