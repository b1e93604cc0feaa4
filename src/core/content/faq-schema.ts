import { z } from 'zod';
import { id, MAX_ANSWER_WORDS, text, wordCount } from './fields';

/** FAQ topics; the bot and app label each (locales: faq.topics.<topic>). */
export const FAQ_TOPICS = [
  'vneid',
  'smart-hp',
  'fraud',
  'app',
  'movement',
  'public-services',
  'payments',
  'account-safety',
] as const;
export type FaqTopic = (typeof FAQ_TOPICS)[number];

// A side answers in its own words or borrows the body of shared advice (lessons/advice/<id>.yaml).
const authoredSide = z
  .strictObject({
    question: text,
    /** Other ways residents ask the same thing; the bot indexes these with the question. */
    phrasings: z.array(text).min(2, 'give at least 2 example phrasings'),
    answer: text
      .refine((s) => wordCount(s) <= MAX_ANSWER_WORDS, `answer must be at most ${MAX_ANSWER_WORDS} words`)
      .optional(),
    /** Id of shared advice whose body is the answer. */
    advice: id.optional(),
  })
  .superRefine((s, ctx) => {
    if (s.answer !== undefined && s.advice !== undefined)
      ctx.addIssue({ code: 'custom', path: ['answer'], message: 'give either answer or advice, not both' });
    if (s.answer === undefined && s.advice === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['answer'],
        message: 'give an answer (or "advice: <id>" to answer with shared advice)',
      });
  });

export const authoredFaqEntrySchema = z.strictObject({
  id,
  topic: z.enum(FAQ_TOPICS),
  /** Lesson that teaches this, for the "learn more" button; omit when no lesson fits. */
  lesson: id.optional(),
  vi: authoredSide,
  en: authoredSide,
});

export const faqFileSchema = z.strictObject({ entries: z.array(authoredFaqEntrySchema).min(1) });

export type AuthoredFaqEntry = z.infer<typeof authoredFaqEntrySchema>;
type FaqSide = { question: string; phrasings: string[]; answer: string };
/** A FAQ entry after loading: each side has a plain answer, whether written out or taken from advice. */
export type FaqEntry = Omit<AuthoredFaqEntry, 'vi' | 'en'> & { vi: FaqSide; en: FaqSide };
