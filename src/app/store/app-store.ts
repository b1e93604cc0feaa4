import { createStore } from 'zustand/vanilla';
import { persist, type PersistStorage } from 'zustand/middleware';
import { emptyProgress, parseProgress, recordQuiz, rememberCard, type Progress } from '../../core/progress/progress';
import type { KeyValueStore } from '../../platform';

export type TextSize = 'normal' | 'large' | 'xlarge';
export type Settings = { lang: 'vi' | 'en'; textSize: TextSize; highContrast: boolean; langChosen: boolean };

export type AppState = {
  settings: Settings;
  progress: Progress;
  setLang(lang: Settings['lang']): void;
  setTextSize(size: TextSize): void;
  setHighContrast(on: boolean): void;
  rememberCard(lessonId: string, card: number): void;
  recordQuiz(lessonId: string, score: number, passed: boolean): void;
};

type Saved = Pick<AppState, 'settings' | 'progress'>;

export const defaultSettings: Settings = { lang: 'vi', textSize: 'normal', highContrast: false, langChosen: false };

const SIZES: TextSize[] = ['normal', 'large', 'xlarge'];

/** Reads saved settings field by field; unknown or broken values fall back to defaults. */
export function parseSettings(raw: unknown): Settings {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  return {
    lang: r.lang === 'en' ? 'en' : 'vi',
    textSize: SIZES.includes(r.textSize as TextSize) ? (r.textSize as TextSize) : 'normal',
    highContrast: r.highContrast === true,
    langChosen: r.langChosen === true,
  };
}

/** JSON over the platform's key-value store; unreadable saves are treated as absent rather than thrown. */
function jsonStorage(kv: KeyValueStore): PersistStorage<Saved> {
  return {
    getItem(name) {
      try {
        const raw = kv.getItem(name);
        return raw ? (JSON.parse(raw) as { state: Saved; version?: number }) : null;
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

export const STORE_KEY = 'hvs-app';

/** One store for the app, persisted through the platform's storage (nativeStorage in Zalo, localStorage elsewhere). */
export function createAppStore(kv: KeyValueStore, now: () => Date = () => new Date()) {
  return createStore<AppState>()(
    persist(
      (set) => ({
        settings: defaultSettings,
        progress: emptyProgress(),
        setLang: (lang) => set((s) => ({ settings: { ...s.settings, lang, langChosen: true } })),
        setTextSize: (textSize) => set((s) => ({ settings: { ...s.settings, textSize } })),
        setHighContrast: (highContrast) => set((s) => ({ settings: { ...s.settings, highContrast } })),
        rememberCard: (id, card) => set((s) => ({ progress: rememberCard(s.progress, id, card) })),
        recordQuiz: (id, score, passed) => set((s) => ({ progress: recordQuiz(s.progress, id, score, passed, now()) })),
      }),
      {
        name: STORE_KEY,
        storage: jsonStorage(kv),
        partialize: (s) => ({ settings: s.settings, progress: s.progress }),
        merge: (saved, current) => {
          const s = (saved ?? {}) as Partial<Record<keyof Saved, unknown>>;
          return { ...current, settings: parseSettings(s.settings), progress: parseProgress(s.progress) };
        },
      },
    ),
  );
}

export type AppStore = ReturnType<typeof createAppStore>;
