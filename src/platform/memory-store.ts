import type { KeyValueStore } from './types';

/** A key-value store in memory: the browser's fallback when localStorage is blocked, and every test's phone storage. */
export function memoryStore(): KeyValueStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}
