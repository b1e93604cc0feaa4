/** A source of numbers in [0, 1); Math.random in use, a seeded one in tests. */
export type RandomSource = () => number;

/**
 * A per-attempt order of a question's options: `order[shown] = authored index`. Answers are recorded by authored
 * index, so results stay comparable whatever order a resident saw.
 */
export function shuffledOrder(count: number, random: RandomSource = Math.random): number[] {
  const order = Array.from({ length: count }, (_, i) => i);
  for (let i = count - 1; i > 0; i--) {
    const j = Math.min(i, Math.floor(random() * (i + 1)));
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}

/** One order per question, drawn once when an attempt starts. */
export const shuffleQuiz = (
  questions: readonly { options: readonly unknown[] }[],
  random: RandomSource = Math.random,
) => questions.map((q) => shuffledOrder(q.options.length, random));

/** A small deterministic generator (mulberry32) so tests and e2e can fix the order by seed. */
export function seededRandom(seed: number): RandomSource {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
