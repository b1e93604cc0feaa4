import { createStore } from 'zustand/vanilla';
import { persist } from 'zustand/middleware';
import type { HouseholdView, PracticeRoundBody } from '../../core/api/schemas';
import { emptyProgress, parseProgress, recordQuiz, rememberCard, type Progress } from '../../core/progress/progress';
import { backfill, emptyOutbox, enqueue, enqueueRound, parseOutbox, type Outbox } from '../../core/sync/outbox';
import type { KeyValueStore } from '../../platform';
import { noAccount, noConsent, parseAccount, parseConsent, type Account, type Consent, type Session } from './account';
import { appendChat, parseChatId, type ChatEntry } from './chat-log';
import { jsonStorage } from './json-storage';
import { randomId } from './random-id';

export type TextSize = 'normal' | 'large' | 'xlarge';
export type Settings = { lang: 'vi' | 'en'; textSize: TextSize; highContrast: boolean; langChosen: boolean };

export type AppState = {
  settings: Settings;
  progress: Progress;
  consent: Consent;
  account: Account;
  outbox: Outbox;
  /** Bumped whenever results reach the service, so an open household screen reads it again. Not saved. */
  syncedAt: number;
  /** Bumped by "Gửi ngay": the sync agent tries at once, whatever the backoff said. Not saved. */
  syncNudge: number;
  /** The chat with the assistant, for this session only. Not saved: it may hold personal data. */
  chat: ChatEntry[];
  /** Random id for chatting without an account (no consent, or not signed in yet). Saved; nothing personal. */
  chatId: string | null;
  setLang(lang: Settings['lang']): void;
  setTextSize(size: TextSize): void;
  setHighContrast(on: boolean): void;
  rememberCard(lessonId: string, card: number): void;
  /** Records a finished quiz on the phone and, with consent, queues it for the household. */
  recordQuiz(lessonId: string, score: number, passed: boolean): void;
  /** A finished practice round: queued for the service only when the resident agreed to store data. */
  recordPracticeRound(counts: Omit<PracticeRoundBody, 'id' | 'playedAt'>): void;
  /** A new decision is not yet known to the service (`sent` false) unless the caller has just told it. */
  decideConsent(given: boolean, sent?: boolean): void;
  consentSent(): void;
  signedIn(session: Session, household: HouseholdView | null): void;
  /** Staff sign-in by a one-time code: the browser's development name must not silently renew it as someone else. */
  signedInByCode(session: Session, household: HouseholdView | null): void;
  sessionLost(): void;
  setDevIdentity(deviceId: string, name: string): void;
  setHousehold(household: HouseholdView | null): void;
  updateOutbox(change: (o: Outbox) => Outbox, landed?: boolean): void;
  nudgeSync(): void;
  addToChat(...entries: ChatEntry[]): void;
  /** The saved anonymous chat id, made on first use. */
  chatIdOrNew(): string;
  /** After "delete my data": the service holds nothing any more, so neither does the phone, except lesson progress. */
  forgetServerData(): void;
};

type Saved = Pick<AppState, 'settings' | 'progress' | 'consent' | 'account' | 'outbox' | 'chatId'>;

export type StoreDeps = {
  now: () => Date;
  newId: () => string;
  lessonVersion: (lessonId: string) => number | undefined;
};

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

export const STORE_KEY = 'hvs-app';

/** One store for the app, persisted through the platform's storage (nativeStorage in Zalo, localStorage elsewhere). */
export function createAppStore(
  kv: KeyValueStore,
  now: () => Date = () => new Date(),
  deps: Partial<Omit<StoreDeps, 'now'>> = {},
) {
  const { newId = randomId, lessonVersion = () => 1 } = deps;
  return createStore<AppState>()(
    persist(
      (set, get) => ({
        settings: defaultSettings,
        progress: emptyProgress(),
        consent: noConsent,
        account: noAccount,
        outbox: emptyOutbox(),
        syncedAt: 0,
        syncNudge: 0,
        chat: [],
        chatId: null,
        setLang: (lang) => set((s) => ({ settings: { ...s.settings, lang, langChosen: true } })),
        setTextSize: (textSize) => set((s) => ({ settings: { ...s.settings, textSize } })),
        setHighContrast: (highContrast) => set((s) => ({ settings: { ...s.settings, highContrast } })),
        rememberCard: (id, card) => set((s) => ({ progress: rememberCard(s.progress, id, card) })),
        recordQuiz: (id, score, passed) =>
          set((s) => {
            const at = now();
            const progress = recordQuiz(s.progress, id, score, passed, at);
            const version = lessonVersion(id);
            if (s.consent.decision !== 'given' || !version) return { progress };
            const item = {
              id: newId(),
              lessonId: id,
              lessonVersion: version,
              score,
              passed,
              completedAt: at.toISOString(),
            };
            return { progress, outbox: enqueue(s.outbox, item) };
          }),
        recordPracticeRound: (counts) =>
          set((s) =>
            s.consent.decision === 'given'
              ? { outbox: enqueueRound(s.outbox, { id: newId(), ...counts, playedAt: now().toISOString() }) }
              : {},
          ),
        decideConsent: (given, sent = false) =>
          set((s) => ({
            consent: { decision: given ? 'given' : 'declined', at: now().toISOString(), sent },
            // Lessons passed while results stayed on the phone count for the household once the resident agrees.
            outbox: given ? backfill(s.outbox, s.progress, lessonVersion, newId) : s.outbox,
          })),
        consentSent: () => set((s) => ({ consent: { ...s.consent, sent: true } })),
        signedIn: (session, household) => set((s) => ({ account: { ...s.account, session, household } })),
        signedInByCode: (session, household) =>
          set((s) => ({ account: { ...s.account, session, household, devName: null } })),
        sessionLost: () => set((s) => ({ account: { ...s.account, session: null } })),
        setDevIdentity: (deviceId, devName) => set((s) => ({ account: { ...s.account, deviceId, devName } })),
        setHousehold: (household) => set((s) => ({ account: { ...s.account, household } })),
        updateOutbox: (change, landed = false) =>
          set((s) => ({ outbox: change(s.outbox), ...(landed ? { syncedAt: s.syncedAt + 1 } : {}) })),
        nudgeSync: () => set((s) => ({ syncNudge: s.syncNudge + 1 })),
        addToChat: (...entries) => set((s) => ({ chat: appendChat(s.chat, entries) })),
        chatIdOrNew: () => {
          const id = get().chatId ?? newId();
          set({ chatId: id });
          return id;
        },
        forgetServerData: () =>
          set((s) => ({
            account: { ...noAccount, deviceId: s.account.deviceId },
            // A fresh chat id: a quiz in chat under the old one is no longer tied to this phone.
            chatId: null,
            chat: [],
            // The team's queued visits are not the resident's data: they stay, to be sent or shown as notes.
            outbox: { ...emptyOutbox(), team: s.outbox.team, teamNotes: s.outbox.teamNotes },
            consent: { decision: 'declined', at: now().toISOString(), sent: true },
          })),
      }),
      {
        name: STORE_KEY,
        storage: jsonStorage<Saved>(kv),
        partialize: (s) => ({
          settings: s.settings,
          progress: s.progress,
          consent: s.consent,
          account: s.account,
          outbox: s.outbox,
          chatId: s.chatId,
        }),
        merge: (saved, current) => {
          const s = (saved ?? {}) as Partial<Record<keyof Saved, unknown>>;
          return {
            ...current,
            settings: parseSettings(s.settings),
            progress: parseProgress(s.progress),
            consent: parseConsent(s.consent),
            account: parseAccount(s.account),
            outbox: parseOutbox(s.outbox),
            chatId: parseChatId(s.chatId),
          };
        },
      },
    ),
  );
}

export type AppStore = ReturnType<typeof createAppStore>;
