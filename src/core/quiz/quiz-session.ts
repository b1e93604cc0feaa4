/** The answers given to one quiz so far: for each question, the options tapped in order. */
export type QuizSession = { taps: number[][] };

export type AnswerKey = { correct: number; options: readonly unknown[] }[];

export type TapOutcome =
  | { kind: 'correct'; firstTry: boolean }
  | { kind: 'wrong' }
  | { kind: 'ignored'; reason: 'out-of-range' | 'already-answered' };

export const newSession = (questionCount: number): QuizSession => ({
  taps: Array.from({ length: questionCount }, () => []),
});

/** Whether a question has been answered right (after any number of retries). */
export const isAnswered = (s: QuizSession, key: AnswerKey, q: number) => s.taps[q]?.includes(key[q].correct) ?? false;

/** Records a tap on an option; wrong answers may be retried until the right one is found. */
export function tapOption(
  s: QuizSession,
  key: AnswerKey,
  q: number,
  option: number,
): { session: QuizSession; outcome: TapOutcome } {
  if (!key[q] || option < 0 || option >= key[q].options.length)
    return { session: s, outcome: { kind: 'ignored', reason: 'out-of-range' } };
  if (isAnswered(s, key, q)) return { session: s, outcome: { kind: 'ignored', reason: 'already-answered' } };
  const taps = s.taps.map((t, i) => (i === q ? [...t, option] : t));
  const right = option === key[q].correct;
  return {
    session: { taps },
    outcome: right ? { kind: 'correct', firstTry: taps[q].length === 1 } : { kind: 'wrong' },
  };
}
