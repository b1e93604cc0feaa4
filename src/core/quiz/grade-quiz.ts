import { isPass } from './pass-rule';
import { isAnswered, type AnswerKey, type QuizSession } from './quiz-session';

export type QuizResult =
  | { kind: 'incomplete'; unanswered: number[] }
  | { kind: 'graded'; correctFirstTry: number; total: number; score: number; passed: boolean; review: number[] };

/** Grades a finished quiz: only first-try answers count toward the score; retries teach but do not score. */
export function gradeQuiz(session: QuizSession, key: AnswerKey): QuizResult {
  const unanswered = key.map((_, i) => i).filter((i) => !isAnswered(session, key, i));
  if (unanswered.length) return { kind: 'incomplete', unanswered };
  const review = key.map((_, i) => i).filter((i) => session.taps[i][0] !== key[i].correct);
  const total = key.length;
  const correctFirstTry = total - review.length;
  const score = total ? correctFirstTry / total : 0;
  return { kind: 'graded', correctFirstTry, total, score, passed: isPass(correctFirstTry, total), review };
}

/** Cards to read again: the card of each question missed on the first try, once each, in the lesson's card order. */
export function cardsToReread(
  cards: readonly { id: string }[],
  questions: readonly { card: string }[],
  review: readonly number[],
): string[] {
  const missed = new Set(review.map((i) => questions[i]?.card).filter((c): c is string => c !== undefined));
  return cards.map((c) => c.id).filter((id) => missed.has(id));
}
