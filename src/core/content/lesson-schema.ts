import { z } from 'zod';

/** Languages every lesson, FAQ entry and UI string must exist in; the first is the default. */
export const LANGS = ['vi', 'en'] as const;
export type Lang = (typeof LANGS)[number];

const id = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use lower-case letters, digits and dashes (e.g. "vneid-install")');
const text = z.string().trim().min(1, 'must not be empty');

export const optionSchema = z.strictObject({
  text,
  /** Why this option is right or wrong: shown right after the resident taps it. */
  explain: text,
});

export const questionSchema = z
  .strictObject({
    id,
    question: text,
    options: z.array(optionSchema).min(2, 'a question needs at least 2 options').max(4, 'at most 4 options fit a phone screen'),
    correct: z.number().int().min(0),
  })
  .superRefine((q, ctx) => {
    if (q.correct >= q.options.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['correct'],
        message: `answer index ${q.correct} is out of range: options are numbered 0 to ${q.options.length - 1}`,
      });
    }
  });

export const cardSchema = z.strictObject({
  id,
  /** An emoji that illustrates the card; large and colourful without downloading an image. */
  icon: z.string().max(8).optional(),
  title: text,
  body: text,
});

export const lessonSchema = z.strictObject({
  id,
  lang: z.enum(LANGS),
  /** Bump when the meaning of cards or questions changes; completions record it. */
  version: z.number().int().min(1),
  /** Month the facts were last checked against ../shared/lesson-facts.md, e.g. 2026-11. */
  checked: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'use the form YYYY-MM, e.g. 2026-11'),
  minutes: z.number().int().min(1).max(5, 'a lesson takes at most 5 minutes'),
  icon: z.string().max(8),
  title: text,
  summary: text,
  cards: z.array(cardSchema).min(3, 'a lesson has 3 to 7 cards').max(7, 'a lesson has 3 to 7 cards'),
  quiz: z.array(questionSchema).min(3, 'a quiz has 3 to 5 questions').max(5, 'a quiz has 3 to 5 questions'),
  sources: z.array(text).optional(),
});

export type Lesson = z.infer<typeof lessonSchema>;
export type Card = z.infer<typeof cardSchema>;
export type Question = z.infer<typeof questionSchema>;

const localized = z.strictObject({ vi: text, en: text });

export const programSchema = z.strictObject({
  /** Share of questions right on the first try needed to pass (0.8 = 80 %). */
  passScore: z.number().gt(0).max(1).default(0.8),
  nationalPlatformUrl: z.url(),
  tracks: z
    .array(
      z.strictObject({
        id,
        icon: z.string().max(8),
        title: localized,
        description: localized,
        lessons: z.array(id).min(1),
      }),
    )
    .min(1),
  /** Lessons a household must complete (by any member) to count as done. */
  required: z.array(id).min(1),
});

export type Program = z.infer<typeof programSchema>;
export type Localized = z.infer<typeof localized>;
