import { z } from 'zod';
import { id, LANGS, sourcesSchema, text } from './fields';

export { LANGS, type Lang } from './fields';

export const optionSchema = z.strictObject({
  text,
  /** Why this option is right or wrong: shown right after the resident taps it. */
  explain: text,
});

export const questionSchema = z
  .strictObject({
    id,
    /** The card that teaches the answer: the result screen sends a resident who missed it back there. */
    card: z.string({ error: 'name the card that teaches the answer (card: <id of a card in this lesson>)' }).pipe(id),
    question: text,
    options: z
      .array(optionSchema)
      .min(2, 'a question needs at least 2 options')
      .max(4, 'at most 4 options fit a phone screen'),
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

// A card is written out, or borrows title and body from shared advice (lessons/advice/<id>.yaml) so the same
// advice never exists in two diverging copies. One object with a refinement (not a union) keeps errors readable.
export const authoredCardSchema = z
  .strictObject({
    id,
    /** An emoji that illustrates the card; large and colourful without downloading an image. */
    icon: z.string().max(8).optional(),
    title: text.optional(),
    body: text.optional(),
    /** Id of shared advice whose title and body this card shows. */
    advice: id.optional(),
  })
  .superRefine((c, ctx) => {
    if (c.advice !== undefined) {
      for (const key of ['title', 'body'] as const) {
        if (c[key] !== undefined)
          ctx.addIssue({
            code: 'custom',
            path: [key],
            message: `a card with "advice: ${c.advice}" takes its ${key} from the advice file: remove ${key}`,
          });
      }
      return;
    }
    for (const key of ['title', 'body'] as const) {
      if (c[key] === undefined)
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: `a card needs a ${key} (or "advice: <id>" to use shared advice)`,
        });
    }
  });

const quizSize = 'a quiz has 5 or 6 questions';

export const authoredLessonSchema = z
  .strictObject({
    id,
    lang: z.enum(LANGS),
    /** Bump when the meaning of cards or questions changes; completions record it. */
    version: z.number().int().min(1),
    /** Month the facts were last checked against public sources, e.g. 2026-12. */
    checked: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'use the form YYYY-MM, e.g. 2026-12'),
    minutes: z.number().int().min(1).max(5, 'a lesson takes at most 5 minutes'),
    icon: z.string().max(8),
    title: text,
    summary: text,
    cards: z.array(authoredCardSchema).min(3, 'a lesson has 3 to 7 cards').max(7, 'a lesson has 3 to 7 cards'),
    quiz: z.array(questionSchema).min(5, quizSize).max(6, quizSize),
    sources: sourcesSchema,
  })
  .superRefine((l, ctx) => {
    const cardIds = new Set(l.cards.map((c) => c.id));
    l.quiz.forEach((q, i) => {
      if (!cardIds.has(q.card)) {
        ctx.addIssue({
          code: 'custom',
          path: ['quiz', i, 'card'],
          message: `card "${q.card}" is not a card of this lesson (cards: ${[...cardIds].join(', ')})`,
        });
      }
    });
  });

export type AuthoredLesson = z.infer<typeof authoredLessonSchema>;
export type AuthoredCard = z.infer<typeof authoredCardSchema>;
export type Question = z.infer<typeof questionSchema>;
export type Option = z.infer<typeof optionSchema>;

/** A card as the app and bot show it: advice references already replaced by the advice's text. */
export type Card = { id: string; icon?: string; title: string; body: string };
/** A lesson after loading: every card is plain text, whatever the author wrote. */
export type Lesson = Omit<AuthoredLesson, 'cards'> & { cards: Card[] };

const localized = z.strictObject({ vi: text, en: text });

export const programSchema = z.strictObject({
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
