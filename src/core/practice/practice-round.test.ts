import { describe, expect, it } from 'vitest';
import { answer, answered, clueMarks, isOver, newRound, nextItem, parseSave, roundScore } from './practice-round';

const verdicts: Record<string, 'scam' | 'genuine'> = { a: 'scam', b: 'genuine', c: 'scam' };

describe('a practice round', () => {
  it('counts first answers only and moves on only once answered', () => {
    let r = newRound(['a', 'b', 'c']);
    expect(nextItem(r)).toBe(r);
    r = answer(r, 'genuine');
    expect(answered(r)).toBe(true);
    expect(answer(r, 'scam').answers).toEqual(['genuine']);
    r = answer(nextItem(r), 'genuine');
    r = answer(nextItem(r), 'scam');
    expect(isOver(r)).toBe(false);
    r = nextItem(r);
    expect(isOver(r)).toBe(true);
    expect(roundScore(r, (id) => verdicts[id])).toBe(2);
  });

  it('numbers clues by the part they point at', () => {
    const marks = clueMarks({
      clues: [
        { part: 'from', why: 'x' },
        { part: 'p2', why: 'y' },
        { part: 'from', why: 'z' },
      ],
    });
    expect(marks.get('from')).toEqual([1, 3]);
    expect(marks.get('p2')).toEqual([2]);
    expect(marks.get('p1')).toBeUndefined();
  });
});

describe('parseSave', () => {
  const pool = ['a', 'b', 'c'];
  it('keeps a valid save', () => {
    const save = { seen: ['a', 'b'], round: { ids: ['a', 'b'], answers: ['scam'], at: 1 } };
    expect(parseSave(save, pool)).toEqual(save);
  });

  it('drops ids no longer shipped and rounds that cannot be resumed', () => {
    expect(parseSave({ seen: ['a', 'old'], round: { ids: ['old'], answers: [], at: 0 } }, pool)).toEqual({
      seen: ['a'],
      round: null,
    });
    expect(parseSave({ seen: 'x', round: { ids: ['a'], answers: ['maybe'], at: 0 } }, pool)).toEqual({
      seen: [],
      round: null,
    });
    expect(parseSave({ round: { ids: ['a'], answers: [], at: 1 } }, pool).round).toBeNull();
    expect(parseSave(null, pool)).toEqual({ seen: [], round: null });
  });
});
