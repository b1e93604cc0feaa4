import type { BotButtonView } from '../../../core/api/schemas';

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;
const text = (x: unknown) => (typeof x === 'string' && x.trim() ? x : undefined);
/** A lesson id becomes part of an in-app path, so only the shape lesson ids have is accepted. */
const LESSON_ID = /^[a-z0-9-]{1,80}$/;

function readButton(raw: unknown): BotButtonView | undefined {
  if (!isRecord(raw)) return undefined;
  const title = text(raw.title);
  if (!title) return undefined;
  if (raw.kind === 'lesson' && typeof raw.lessonId === 'string' && LESSON_ID.test(raw.lessonId))
    return { kind: 'lesson', lessonId: raw.lessonId, title };
  if (raw.kind === 'query' && text(raw.payload)) return { kind: 'query', payload: String(raw.payload), title };
  if (raw.kind === 'handoff') return { kind: 'handoff', title };
  return undefined;
}

/**
 * The bot's answer as the chat shows it. Read field by field, so a newer service with button kinds this app does not
 * know yet still shows its text instead of breaking the screen; `undefined` when there is no text at all.
 */
export function readReply(raw: unknown): { text: string; buttons: BotButtonView[] } | undefined {
  if (!isRecord(raw) || !text(raw.text)) return undefined;
  const buttons = Array.isArray(raw.buttons) ? raw.buttons.map(readButton).filter((b) => b !== undefined) : [];
  return { text: String(raw.text), buttons };
}
