import { describe, expect, it } from 'vitest';
import { cardsToReread, gradeQuiz } from './grade-quiz';
import { isPass, passFromScore } from './pass-rule';
import { newSession, tapOption, type AnswerKey, type QuizSession } from './quiz-session';

const key = (...correct: number[]): AnswerKey => correct.map((c) => ({ correct: c, options: [0, 1, 2] }));

function play(k: AnswerKey, taps: [number, number][]): QuizSession {
  return taps.reduce((s, [q, o]) => tapOption(s, k, q, o).session, newSession(k.length));
}

describe('tapOption', () => {
  it('marks a first-try right answer', () => {
    const { outcome } = tapOption(newSession(1), key(2), 0, 2);
    expect(outcome).toEqual({ kind: 'correct', firstTry: true });
  });
  it('lets a wrong answer be retried, and the retry is not first-try', () => {
    const k = key(1);
    const first = tapOption(newSession(1), k, 0, 0);
    expect(first.outcome.kind).toBe('wrong');
    expect(tapOption(first.session, k, 0, 1).outcome).toEqual({ kind: 'correct', firstTry: false });
  });
  it('ignores taps after the right answer and out-of-range options', () => {
    const k = key(0);
    const s = play(k, [[0, 0]]);
    expect(tapOption(s, k, 0, 1).outcome).toEqual({ kind: 'ignored', reason: 'already-answered' });
    expect(tapOption(s, k, 0, 7).outcome).toEqual({ kind: 'ignored', reason: 'out-of-range' });
    expect(tapOption(s, k, 3, 0).outcome).toEqual({ kind: 'ignored', reason: 'out-of-range' });
  });
});

describe('gradeQuiz', () => {
  it('reports unanswered questions instead of a score', () => {
    expect(gradeQuiz(play(key(0, 1), [[0, 0]]), key(0, 1))).toEqual({ kind: 'incomplete', unanswered: [1] });
  });
  it('counts only first tries: one slip in 5 still passes', () => {
    const k = key(0, 1, 2, 0, 1);
    const s = play(k, [
      [0, 0],
      [1, 1],
      [2, 2],
      [3, 0],
      [4, 0],
      [4, 1],
    ]);
    expect(gradeQuiz(s, k)).toEqual({
      kind: 'graded',
      correctFirstTry: 4,
      total: 5,
      score: 0.8,
      passed: true,
      review: [4],
    });
  });
  it('fails two slips in 6 and lists what to review', () => {
    const k = key(0, 1, 2, 0, 1, 2);
    const s = play(k, [
      [0, 1],
      [0, 0],
      [1, 1],
      [2, 0],
      [2, 2],
      [3, 0],
      [4, 1],
      [5, 2],
    ]);
    const r = gradeQuiz(s, k);
    expect(r.kind === 'graded' && r.passed).toBe(false);
    expect(r.kind === 'graded' && r.review).toEqual([0, 2]);
  });
});

describe('isPass', () => {
  it('allows exactly one question wrong on the first try', () => {
    expect(isPass(4, 5)).toBe(true);
    expect(isPass(5, 6)).toBe(true);
    expect(isPass(3, 5)).toBe(false);
    expect(isPass(4, 6)).toBe(false);
    expect(isPass(0, 0)).toBe(false);
  });
});

describe('cardsToReread', () => {
  const cards = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
  it("names each missed question's card once, in card order", () => {
    const questions = [{ card: 'c' }, { card: 'a' }, { card: 'c' }, { card: 'b' }];
    expect(cardsToReread(cards, questions, [2, 1, 0])).toEqual(['a', 'c']);
    expect(cardsToReread(cards, questions, [])).toEqual([]);
  });
});

describe('passFromScore', () => {
  it('passes 4 of 5 and 5 of 6, and refuses a claimed pass with a low score', () => {
    expect(passFromScore(0.8, 5)).toBe(true);
    expect(passFromScore(5 / 6, 6)).toBe(true);
    expect(passFromScore(0.6, 5)).toBe(false);
    expect(passFromScore(0, 5)).toBe(false);
    expect(passFromScore(1, 0)).toBe(false);
  });
});
