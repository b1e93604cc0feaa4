import { z } from 'zod';
import { id, sourcesSchema, text } from '../content/fields';

/**
 * "Thật hay lừa?" practice items (issue 14): what arrives on a phone, drawn by the app with HTML/CSS from this data
 * (never a screenshot, never a real logo). One file a item: lessons/practice/<id>.yaml, both languages inside, so the
 * parts and clues of vi and en cannot drift apart unnoticed.
 */
export const PRACTICE_KINDS = ['sms', 'zalo', 'call', 'web', 'qr', 'notification'] as const;
export type PracticeKind = (typeof PRACTICE_KINDS)[number];

export const VERDICTS = ['scam', 'genuine'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** A piece of the item a clue can point at: a line of the SMS, a line the caller says, a button, a link, an amount. */
export const partSchema = z.strictObject({
  id,
  /** How the app draws it: a link is underlined and blue, a button looks like a button, an amount is bold. */
  role: z.enum(['text', 'link', 'button', 'amount']).default('text'),
  text,
});

/** One clue: a part of the item (or its sender, "from") and one sentence of why it matters. */
export const clueSchema = z.strictObject({
  part: id,
  why: text,
});

/** The item in one language. */
export const practiceSideSchema = z.strictObject({
  /** Sender name, caller, page address or app name, as the phone would show it. */
  from: text,
  /** Under the sender: a phone number, a time, "Cuộc gọi đến", a domain. */
  subtitle: text.optional(),
  parts: z.array(partSchema).min(1, 'an item has at least 1 part').max(8, 'at most 8 parts fit a phone screen'),
  /** What gives it away (scam) or what makes it safe (genuine): 1 to 4, each pointing at a part id or "from". */
  clues: z.array(clueSchema).min(1, 'name at least 1 clue').max(4, 'at most 4 clues'),
  /** The one thing to do, in plain words: "Cúp máy. Tự gọi số in trên thẻ ngân hàng." */
  action: text,
});

export const practiceItemSchema = z.strictObject({
  id,
  kind: z.enum(PRACTICE_KINDS),
  verdict: z.enum(VERDICTS),
  /** Month the facts were last checked against the sources, e.g. 2026-12. */
  checked: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'use the form YYYY-MM, e.g. 2026-12'),
  /** The lesson card that teaches what this item practises: the feedback links there. */
  teaches: z.strictObject({ lesson: id, card: id }),
  sources: sourcesSchema,
  vi: practiceSideSchema,
  en: practiceSideSchema,
});

export type PracticePart = z.infer<typeof partSchema>;
export type PracticeSide = z.infer<typeof practiceSideSchema>;
export type PracticeItem = z.infer<typeof practiceItemSchema>;

/** A round is 5 items. */
export const ROUND_SIZE = 5;
