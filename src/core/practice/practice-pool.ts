import type { Problem } from '../content/problem';
import { PRACTICE_KINDS, type PracticeItem } from './practice-schema';

/** Enough items that rounds of 5 rarely repeat within a week of practice. */
export const MIN_ITEMS = 40;
/** Genuine share bounds: below 1/3 "always scam" scores well; above 2/3 the scams are too rare to learn from. */
export const MIN_GENUINE_SHARE = 1 / 3;
export const MAX_GENUINE_SHARE = 2 / 3;
/** Every kind of screen a resident meets appears often enough to be drawn in a round. */
export const MIN_PER_KIND = 3;

const pct = (x: number) => `${Math.round(x * 100)} %`;

/** Pool balance (size, genuine share, kinds) and the figures line `check:lessons` prints. */
export function checkPool(items: readonly PracticeItem[], dir: string): { problems: Problem[]; figures: string[] } {
  const problems: Problem[] = [];
  const fail = (message: string) => problems.push({ file: dir, message });
  const genuine = items.filter((i) => i.verdict === 'genuine').length;
  const share = items.length ? genuine / items.length : 0;
  const perKind = PRACTICE_KINDS.map((k) => [k, items.filter((i) => i.kind === k).length] as const);
  const figures = [
    `${items.length} items, ${genuine} genuine (${pct(share)}), ${perKind.map(([k, n]) => `${k} ${n}`).join(', ')}`,
  ];

  if (items.length < MIN_ITEMS) fail(`the practice pool has ${items.length} items; it needs at least ${MIN_ITEMS}`);
  if (items.length && (share < MIN_GENUINE_SHARE || share > MAX_GENUINE_SHARE)) {
    fail(
      `${genuine} of ${items.length} items are genuine (${pct(share)}); keep the share between ${pct(MIN_GENUINE_SHARE)} and ${pct(MAX_GENUINE_SHARE)} so that guessing one answer every time does not pay`,
    );
  }
  for (const [kind, n] of perKind) {
    if (n < MIN_PER_KIND) fail(`kind "${kind}" has ${n} item(s); every kind needs at least ${MIN_PER_KIND}`);
  }
  return { problems, figures };
}
