import { z } from 'zod';

/** Languages every lesson, FAQ entry and UI string must exist in; the first is the default. */
export const LANGS = ['vi', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export const id = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use lower-case letters, digits and dashes (e.g. "vneid-install")');
export const text = z.string().trim().min(1, 'must not be empty');

export const wordCount = (s: string) => s.split(/\s+/).filter(Boolean).length;

/** FAQ answers (and advice that can stand in for one) stay short enough to read in a chat bubble. */
export const MAX_ANSWER_WORDS = 80;

// A public page an author opened: readers and reviewers can find it again by site, title and date.
export const sourceSchema = z.strictObject(
  {
    site: text,
    title: text,
    // A bare year (date: 2025) reads as a number in YAML; keep it a string so the message says what to write.
    date: z.preprocess(
      (v) => (typeof v === 'number' ? String(v) : v),
      z
        .string()
        .regex(
          /^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/,
          'use the publication date YYYY-MM-DD (or YYYY-MM if only the month is known)',
        ),
    ),
    url: z.url().optional(),
  },
  {
    error: (iss) =>
      iss.code === 'invalid_type'
        ? 'a source is { site, title, date (YYYY-MM-DD), url (optional) }, not plain text'
        : undefined,
  },
);

export const sourcesSchema = z
  .array(sourceSchema, { error: 'list at least 1 public source: - { site, title, date }' })
  .min(1, 'list at least 1 public source (site, title, date)');

export type Source = z.infer<typeof sourceSchema>;
