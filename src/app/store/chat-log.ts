import type { BotButtonView } from '../../core/api/schemas';

/**
 * One bubble of the in-app chat. Held in memory for the app's session only and never saved: residents type what
 * they would say to a person, personal details included.
 */
export type ChatEntry = { from: 'resident'; text: string } | { from: 'bot'; text: string; buttons: BotButtonView[] };

/** Enough to scroll back through a long quiz; older bubbles are dropped so a long session does not grow forever. */
export const CHAT_LIMIT = 200;

export const appendChat = (log: ChatEntry[], entries: ChatEntry[]): ChatEntry[] =>
  [...log, ...entries].slice(-CHAT_LIMIT);

/** The chat's anonymous id: random, so a quiz in chat can continue without an account. Anything else is dropped. */
export const parseChatId = (raw: unknown): string | null =>
  typeof raw === 'string' && /^[A-Za-z0-9_-]{8,64}$/.test(raw) ? raw : null;
