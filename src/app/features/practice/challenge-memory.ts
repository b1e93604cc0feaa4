import type { KeyValueStore } from '../../../platform';

/** Challenges this phone sent or answered: opening the link again shows the scores instead of another go. */
export const CHALLENGES_KEY = 'hvs-practice-challenges';

export function playedChallenges(kv: KeyValueStore): string[] {
  try {
    const ids: unknown = JSON.parse(kv.getItem(CHALLENGES_KEY) ?? '[]');
    return Array.isArray(ids) ? ids.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

export function rememberChallenge(kv: KeyValueStore, id: string) {
  try {
    kv.setItem(CHALLENGES_KEY, JSON.stringify([...playedChallenges(kv).filter((x) => x !== id), id].slice(-20)));
  } catch {
    // Without storage the link can be played again: one more score, no harm.
  }
}
