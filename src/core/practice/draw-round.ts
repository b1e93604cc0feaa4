import { shuffledOrder, type RandomSource } from '../quiz/shuffle';
import { ROUND_SIZE, type Verdict } from './practice-schema';

/** What a draw needs to know of an item: its id, and its verdict so a round is never all one answer. */
export type PoolEntry = { id: string; verdict: Verdict };

export type Draw = { ids: string[]; seen: string[] };

const shuffle = <T>(xs: T[], random: RandomSource) => shuffledOrder(xs.length, random).map((i) => xs[i]);

/**
 * Draws a round: items not seen yet come first, in random order; once the pool is used up, `seen` starts over with
 * the items that complete the round. Returns the round's ids and the new `seen` to keep on the phone.
 */
export function drawRound(
  pool: readonly PoolEntry[],
  seen: readonly string[],
  random: RandomSource = Math.random,
  size = ROUND_SIZE,
): Draw {
  const ids = [...new Set(pool.map((p) => p.id))];
  const known = new Set(seen.filter((id) => ids.includes(id)));
  const fresh = shuffle(
    ids.filter((id) => !known.has(id)),
    random,
  );
  if (fresh.length >= size) {
    const round = balance(fresh.slice(0, size), fresh.slice(size), pool);
    return { ids: round, seen: [...known, ...round] };
  }
  // The pool is used up: a new cycle begins, and the items that fill this round are its first seen ones.
  const refill = shuffle([...known], random);
  const round = balance([...fresh, ...refill.slice(0, size - fresh.length)], refill.slice(size - fresh.length), pool);
  const again = round.filter((id) => known.has(id));
  return { ids: shuffle(round, random), seen: again };
}

/**
 * A round of only scams would teach "say scam to everything": when every drawn item has the same verdict and the
 * rest of the pool (`spare`, in draw order) has the other one, the last drawn item gives way to it.
 */
function balance(round: string[], spare: string[], pool: readonly PoolEntry[]): string[] {
  const verdict = (id: string) => pool.find((p) => p.id === id)?.verdict;
  if (round.length < 2 || new Set(round.map(verdict)).size > 1) return round;
  const other = spare.find((id) => verdict(id) !== verdict(round[0]));
  return other ? [...round.slice(0, -1), other] : round;
}
