import { drawRound } from '../../../core/practice/draw-round';
import {
  isOver,
  newRound,
  parseSave,
  type PracticeSave,
  type PlayableItem,
} from '../../../core/practice/practice-round';
import type { RandomSource } from '../../../core/quiz/shuffle';
import type { KeyValueStore } from '../../../platform';

/** Its own key, not the app store's: nothing of the practice should weigh on the first screen's download. */
export const PRACTICE_KEY = 'hvs-practice';

export function loadSave(kv: KeyValueStore, items: PlayableItem[]): PracticeSave {
  try {
    const raw = kv.getItem(PRACTICE_KEY);
    return parseSave(
      raw ? JSON.parse(raw) : null,
      items.map((i) => i.id),
    );
  } catch {
    return parseSave(null, []);
  }
}

export function storeSave(kv: KeyValueStore, save: PracticeSave) {
  try {
    kv.setItem(PRACTICE_KEY, JSON.stringify(save));
  } catch {
    // A full store only costs the "no repeats" memory; the round on screen goes on.
  }
}

/** A fresh round drawn from the pool, skipping what this phone has seen. */
export function freshRound(save: PracticeSave, items: PlayableItem[], random: RandomSource): PracticeSave {
  const { ids, seen } = drawRound(items, save.seen, random);
  return { seen, round: newRound(ids) };
}

/** Where the screen opens: the unfinished round a resident left (for a lesson, a phone call), or a fresh one. */
export const openingSave = (save: PracticeSave, items: PlayableItem[], random: RandomSource) =>
  save.round && !isOver(save.round) ? save : freshRound(save, items, random);
