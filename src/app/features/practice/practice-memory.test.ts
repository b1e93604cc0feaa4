import { describe, expect, it } from 'vitest';
import type { KeyValueStore } from '../../../platform';
import { playedChallenges, rememberChallenge } from './challenge-memory';
import { forgetPractice, hasPracticeMemory, PRACTICE_KEYS } from './practice-memory';
import { loadSave, storeSave } from './practice-save';
import { memoryStore } from '../../../platform/memory-store';

const items = [{ id: 'scam-1' }, { id: 'scam-2' }] as Parameters<typeof loadSave>[1];

describe('practice memory', () => {
  it('names every key the practice writes, and forgets them all while other keys stay', () => {
    const kv = memoryStore();
    kv.setItem('hvs-app', '{}');
    kv.setItem('hvs-school', '{}');
    expect(hasPracticeMemory(kv)).toBe(false);
    storeSave(kv, { seen: ['scam-1'], round: null });
    rememberChallenge(kv, 'challenge-1');
    expect(hasPracticeMemory(kv)).toBe(true);
    // Whatever the practice wrote is one of the keys forgetPractice knows about.
    expect([...kv.data.keys()].filter((k) => !['hvs-app', 'hvs-school'].includes(k)).sort()).toEqual(
      [...PRACTICE_KEYS].sort(),
    );

    forgetPractice(kv);
    expect(hasPracticeMemory(kv)).toBe(false);
    expect(loadSave(kv, items).seen).toEqual([]);
    expect(playedChallenges(kv)).toEqual([]);
    expect([...kv.data.keys()].sort()).toEqual(['hvs-app', 'hvs-school']);
  });

  it('tries every key even when the host refuses one', () => {
    const kv = memoryStore();
    for (const key of PRACTICE_KEYS) kv.setItem(key, '[]');
    const stubborn: KeyValueStore = {
      ...kv,
      removeItem: (k) => {
        if (k === PRACTICE_KEYS[0]) throw new Error('blocked');
        kv.removeItem(k);
      },
    };
    expect(() => forgetPractice(stubborn)).not.toThrow();
    expect([...kv.data.keys()]).toEqual([PRACTICE_KEYS[0]]);
  });
});
