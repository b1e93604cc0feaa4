import { describe, expect, it } from 'vitest';
import type { KeyValueStore } from '../../platform';
import { createAppStore, defaultSettings, STORE_KEY } from './app-store';

const memory = (init: Record<string, string> = {}): KeyValueStore & { data: Map<string, string> } => {
  const data = new Map(Object.entries(init));
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
};

describe('app store', () => {
  it('persists progress and settings through the storage port and reads them back', () => {
    const kv = memory();
    const a = createAppStore(kv, () => new Date('2026-11-20T00:00:00Z'));
    a.getState().recordQuiz('vneid-install', 1, true);
    a.getState().setTextSize('xlarge');
    a.getState().rememberCard('fraud-bank-sms', 2);
    const b = createAppStore(kv);
    expect(b.getState().progress.lessons['vneid-install'].passedAt).toBe('2026-11-20T00:00:00.000Z');
    expect(b.getState().progress.lessons['fraud-bank-sms'].card).toBe(2);
    expect(b.getState().settings.textSize).toBe('xlarge');
  });
  it('starts fresh on unreadable or old-shaped saves instead of crashing', () => {
    expect(createAppStore(memory({ [STORE_KEY]: '{not json' })).getState().settings).toEqual(defaultSettings);
    const old = createAppStore(memory({ [STORE_KEY]: JSON.stringify({ state: { settings: { textSize: 'huge', lang: 'fr' }, progress: [1] } }) }));
    expect(old.getState().settings).toEqual(defaultSettings);
    expect(old.getState().progress).toEqual({ version: 1, lessons: {} });
  });
});
