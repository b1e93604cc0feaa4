/**
 * Questions a resident may get wrong on the first try and still pass. One slip is fair to an older learner who
 * taps too fast (4 of 5, 5 of 6); two in a 5-question quiz is closer to guessing. The only place the rule lives:
 * the app, the chat quiz, the service and check:lessons' blind-guess rule all call isPass.
 */
export const ALLOWED_SLIPS = 1;

/** The pass rule: at most ALLOWED_SLIPS questions wrong on the first try. */
export const isPass = (correctFirstTry: number, total: number) => total > 0 && total - correctFirstTry <= ALLOWED_SLIPS;

/** How many right answers out of `total` the rule needs, for "4 of 5" in the quiz intro. */
export const rightNeeded = (total: number) => Math.max(0, total - ALLOWED_SLIPS);

/**
 * The pass the service records for a result: worked out from the score and the lesson's number of questions, never
 * from the `passed` flag a client sends (a crafted request could claim a pass with a score of 0). A score is
 * right-first-try / total, so rounding score × total recovers the count.
 */
export const passFromScore = (score: number, total: number) => isPass(Math.round(score * total), total);
