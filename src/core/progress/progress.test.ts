import { describe, expect, it } from 'vitest';
import { emptyProgress, isDone, nextLesson, parseProgress, recordQuiz, rememberCard } from './progress';

const at = new Date('2026-11-20T08:00:00Z');

describe('progress', () => {
  it('resumes at the remembered card and resets it after the quiz', () => {
    let p = rememberCard(emptyProgress(), 'a', 3);
    expect(p.lessons.a.card).toBe(3);
    p = recordQuiz(p, 'a', 0.6, false, at);
    expect(p.lessons.a).toEqual({ card: 0, attempts: 1, bestScore: 0.6, passedAt: undefined });
  });
  it('keeps a pass and the best score when a retake goes worse', () => {
    let p = recordQuiz(emptyProgress(), 'a', 1, true, at);
    p = recordQuiz(p, 'a', 0.4, false, new Date('2026-11-21T08:00:00Z'));
    expect(isDone(p, 'a')).toBe(true);
    expect(p.lessons.a.bestScore).toBe(1);
    expect(p.lessons.a.passedAt).toBe(at.toISOString());
    expect(p.lessons.a.attempts).toBe(2);
  });
  it('suggests the next unfinished lesson, skipping done ones and wrapping', () => {
    const p = recordQuiz(emptyProgress(), 'b', 1, true, at);
    expect(nextLesson(['a', 'b', 'c'], p, 'a')).toBe('c');
    expect(nextLesson(['a', 'b', 'c'], p, 'c')).toBe('a');
    expect(nextLesson(['a', 'b'], recordQuiz(p, 'a', 1, true, at), 'a')).toBeUndefined();
  });
  it('treats corrupt or old-shaped saves as a fresh start', () => {
    expect(parseProgress('not json at all')).toEqual(emptyProgress());
    expect(parseProgress({ version: 0, done: ['a'] })).toEqual(emptyProgress());
    const p = parseProgress({ version: 1, lessons: { a: { card: -2, attempts: 'x', passedAt: 'yesterday' }, b: 7 } });
    expect(p).toEqual({
      version: 1,
      lessons: { a: { card: 0, attempts: 0, bestScore: undefined, passedAt: undefined } },
    });
  });
});
