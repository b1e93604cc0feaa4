import { z } from 'zod';

const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use lower-case letters, digits and dashes');
const text = z.string().trim().min(1, 'must not be empty');
const wordCount = (s: string) => s.split(/\s+/).filter(Boolean).length;

const faqSide = z.strictObject({
  question: text,
  /** Other ways residents ask the same thing; the bot indexes these with the question. */
  phrasings: z.array(text).min(2, 'give at least 2 example phrasings'),
  answer: text.refine((s) => wordCount(s) <= 80, 'answer must be at most 80 words'),
});

export const faqEntrySchema = z.strictObject({
  id,
  topic: z.enum(['vneid', 'smart-hp', 'fraud', 'app', 'movement']),
  /** Lesson that teaches this, for the "learn more" button; omit when no lesson fits. */
  lesson: id.optional(),
  vi: faqSide,
  en: faqSide,
});

export const faqFileSchema = z.strictObject({ entries: z.array(faqEntrySchema).min(1) });

export type FaqEntry = z.infer<typeof faqEntrySchema>;
