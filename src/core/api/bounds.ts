import { z } from 'zod';

// Bounds every field of the API shares, stated once. Anything outside them used to reach the database and come back
// as a 500 (a NUL byte PostgreSQL text cannot hold, a version beyond int4, a date in year 0): now it is a 400.

/** Largest value of a PostgreSQL `integer` column. */
export const INT4_MAX = 2_147_483_647;

/** Earliest and latest instants the service accepts ("from 2000" reads as "since ever"): anything else is a typo. */
export const EARLIEST = Date.UTC(2000, 0, 1);
export const LATEST = Date.UTC(2100, 0, 1);

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why a string cannot be stored as text, or undefined when it can. */
export function unsafeTextReason(s: string): string | undefined {
  if (s.includes('\u0000')) return 'must not contain a NUL character';
  if (LONE_SURROGATE.test(s)) return 'must be valid Unicode text';
  return undefined;
}

/**
 * The path of the first string anywhere in a parsed JSON value (keys included) that cannot be stored as text.
 * Checked once for every request body and query, so no single field can forget it.
 */
export function findUnsafeText(
  value: unknown,
  path: (string | number)[] = [],
): { path: (string | number)[]; reason: string } | undefined {
  if (typeof value === 'string') {
    const reason = unsafeTextReason(value);
    return reason ? { path, reason } : undefined;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findUnsafeText(value[i], [...path, i]);
      if (found) return found;
    }
    return undefined;
  }
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const found = findUnsafeText(k, [...path, k]) ?? findUnsafeText(v, [...path, k]);
      if (found) return found;
    }
  }
  return undefined;
}

// An ISO offset is at most ±14:00 (Kiribati, Line Islands); "+23:59" parses but names no place on Earth.
const OFFSET = /(?:Z|([+-])(\d{2}):?(\d{2}))$/i;
const offsetOk = (s: string) => {
  const m = OFFSET.exec(s);
  if (!m || !m[1]) return true;
  return Number(m[2]) * 60 + Number(m[3]) <= 14 * 60;
};
const inRange = (s: string) => {
  const t = Date.parse(s);
  return Number.isFinite(t) && t >= EARLIEST && t < LATEST;
};

/** An ISO date-time with an offset, between 2000 and 2100, with a real-world offset. */
export const isoDateTime = z.iso
  .datetime({ offset: true, message: 'must be an ISO date-time such as 2026-11-23T08:00:00Z' })
  .refine(offsetOk, 'the time-zone offset must be between -14:00 and +14:00')
  .refine(inRange, 'must be between 2000 and 2100');

/** A calendar day or a date-time, for report ranges; same bounds. */
export const reportDay = z
  .union([z.iso.date(), z.iso.datetime({ offset: true })], {
    error: 'must be a date such as 2026-11-01 or an ISO date-time',
  })
  .refine(offsetOk, 'the time-zone offset must be between -14:00 and +14:00')
  .refine(inRange, 'must be between 2000 and 2100');

/**
 * A quiz score between 0 and 1. Scores are shares of at most a few dozen questions, so four decimals keep every real
 * score exact enough while values like 5e-324 (which PostgreSQL's real type cannot hold) are rounded to 0.
 */
export const quizScore = z
  .number()
  .min(0)
  .max(1)
  .transform((x) => Math.round(x * 10_000) / 10_000);

/** A lesson version: a positive int4. */
export const lessonVersion = z.number().int().min(1).max(INT4_MAX, 'is too large');

/** A lesson id as the content names it: lower-case words joined by dashes. */
export const lessonId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a lesson id such as "vneid-install"');

/** A random id the app keeps on the phone (a device or an anonymous chat): never a Zalo id. */
export const phoneKeptId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, '8 to 64 letters, digits, _ or -');
