import type { PersistStorage } from 'zustand/middleware';
import type { KeyValueStore } from '../../platform';

/** JSON over the platform's key-value store; unreadable saves are treated as absent rather than thrown. */
export function jsonStorage<S>(kv: KeyValueStore): PersistStorage<S> {
  return {
    getItem(name) {
      try {
        const raw = kv.getItem(name);
        return raw ? (JSON.parse(raw) as { state: S; version?: number }) : null;
      } catch {
        return null;
      }
    },
    setItem(name, value) {
      try {
        kv.setItem(name, JSON.stringify(value));
      } catch {
        // A full or blocked store must not break learning; the next change tries again.
      }
    },
    removeItem: (name) => kv.removeItem(name),
  };
}
