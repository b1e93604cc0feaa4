import type { KeyValueStore } from '../../../platform';
import { CHALLENGES_KEY } from './challenge-memory';
import { PRACTICE_KEY } from './practice-save';

/**
 * Every key the practice keeps on the phone, outside the app store: which items were drawn (and a round left
 * unfinished), and which challenge links were played. Its rounds waiting for the service sit in the outbox instead.
 */
export const PRACTICE_KEYS = [PRACTICE_KEY, CHALLENGES_KEY] as const;

/** Whether the practice remembers anything on this phone. Read raw: My data must not load the items to ask. */
export function hasPracticeMemory(kv: KeyValueStore): boolean {
  try {
    return PRACTICE_KEYS.some((key) => kv.getItem(key) !== null);
  } catch {
    return false;
  }
}

/** "Delete my data": the phone forgets what the practice showed and played, so the next round starts afresh. */
export function forgetPractice(kv: KeyValueStore) {
  for (const key of PRACTICE_KEYS) {
    try {
      kv.removeItem(key);
    } catch {
      // One key the host refuses to remove must not keep the other.
    }
  }
}
