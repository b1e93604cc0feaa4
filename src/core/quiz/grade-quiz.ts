import { isAnswered, type AnswerKey, type QuizSession } from './quiz-session';

export type QuizResult =
  | { kind: 'incomplete'; unanswered: number[] }
  | { kind: 'graded'; correctFirstTry: number; total: number; score: number; passed: boolean; review: number[] };

/** Grades a finished quiz: only first-try answers count toward the score; retries teach but do not score. */
export function gradeQuiz(session: QuizSession, key: AnswerKey, passScore: number): QuizResult {
  const unanswered = key.map((_, i) => i).filter((i) => !isAnswered(session, key, i));
  if (unanswered.length) return { kind: 'incomplete', unanswered };
  const review = key.map((_, i) => i).filter((i) => session.taps[i][0] !== key[i].correct);
  const total = key.length;
  const correctFirstTry = total - review.length;
  const score = total ? correctFirstTry / total : 0;
  return { kind: 'graded', correctFirstTry, total, score, passed: isPass(score, passScore), review };
}

/** The pass rule, shared by the app, the bot and the service. A tiny epsilon keeps 4/5 ≥ 0.8 true in floats. */
export const isPass = (score: number, passScore: number) => score + 1e-9 >= passScore;
