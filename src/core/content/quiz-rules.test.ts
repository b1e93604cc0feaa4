import { describe, expect, it } from 'vitest';
import { aLesson, aQuestion } from '../../../tests/builders/lesson';
import type { Question } from './lesson-schema';
import { blindGuessHits, checkQuizRules, longestShare, rightIsLongest } from './quiz-rules';

const opts = (...texts: string[]) => texts.map((text) => ({ text, explain: `vì ${text}` }));
/** A question whose right answer is short and not last: the blind guess misses it. */
const fair = (id: string): Question =>
  aQuestion({
    id,
    correct: 0,
    options: opts('Gọi 113', 'Bấm vào đường link để xem thử', 'Gọi lại số vừa gọi cho mình'),
  });
/** Right answer last of four: the blind guess hits it. */
const lastOfFour = (id: string): Question =>
  aQuestion({ id, correct: 3, options: opts('Làm theo lời họ', 'Bấm đường link', 'Gửi mã OTP cho họ', 'Cúp máy') });
/** Right answer the longest of three. */
const longest = (id: string): Question =>
  aQuestion({ id, correct: 1, options: opts('Làm theo', 'Cúp máy rồi tự gọi số trên hóa đơn', 'Gọi lại số đó') });

const lesson = (file: string, quiz: Question[]) => ({ file, lesson: aLesson({ id: file, quiz }) });

describe('rightIsLongest and blindGuessHits', () => {
  it('count a tie for longest as longest', () => {
    expect(rightIsLongest(aQuestion({ correct: 0, options: opts('abc', 'xyz', 'a') }))).toBe(true);
    expect(rightIsLongest(fair('q'))).toBe(false);
  });
  it('pick the last of four, else the longest', () => {
    expect(blindGuessHits(lastOfFour('q'))).toBe(true);
    expect(blindGuessHits(longest('q'))).toBe(true);
    expect(blindGuessHits(fair('q'))).toBe(false);
    // Four options: the guesser takes the last even when the right one is the longest.
    expect(
      blindGuessHits(aQuestion({ correct: 0, options: opts('Cúp máy rồi tự gọi lại số trên hóa đơn', 'a', 'b', 'c') })),
    ).toBe(false);
  });
});

describe('checkQuizRules', () => {
  it('passes a corpus with fair questions and prints the figure', () => {
    const { problems, figures } = checkQuizRules([
      lesson('a', [fair('1'), fair('2'), fair('3'), fair('4'), longest('5')]),
    ]);
    expect(problems).toEqual([]);
    expect(figures[0]).toContain('1 of 5 questions (20 %');
  });
  it('fails when the right answer is the longest in more than 35 % of questions', () => {
    const { problems } = checkQuizRules([lesson('a', [fair('1'), fair('2'), fair('3'), longest('4'), longest('5')])]);
    expect(problems).toContainEqual(
      expect.objectContaining({ file: 'lessons', message: expect.stringContaining('2 of 5 questions (40 %') }),
    );
    expect(longestShare([aLesson({ quiz: [longest('1'), fair('2')] })], 'vi').share).toBe(0.5);
  });
  it('fails a lesson the blind guess passes (one slip allowed), naming the file', () => {
    const guessable = lesson('lessons/fraud/01-x/lesson.vi.yaml', [
      lastOfFour('1'),
      lastOfFour('2'),
      lastOfFour('3'),
      lastOfFour('4'),
      fair('5'),
    ]);
    const { problems } = checkQuizRules([guessable]);
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: 'lessons/fraud/01-x/lesson.vi.yaml',
        message: expect.stringContaining('4 of 5 right'),
      }),
    );
  });
  it('does not fail a lesson where the blind guess gets two wrong', () => {
    const ok = lesson('b', [lastOfFour('1'), lastOfFour('2'), lastOfFour('3'), fair('4'), fair('5')]);
    expect(checkQuizRules([ok]).problems.filter((p) => p.file === 'b')).toEqual([]);
  });
});
