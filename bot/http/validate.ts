import type { Context } from 'hono';
import type { z } from 'zod';
import { findUnsafeText } from '../../src/core/api/bounds';
import { ServiceError } from '../../src/core/api/outcomes';
import { validationError } from './api-error';

/** A 400 for text the database cannot store (NUL, lone surrogates), naming where it was. */
export function rejectUnsafeText(value: unknown) {
  const bad = findUnsafeText(value);
  if (!bad) return;
  const field = bad.path.join('.') || undefined;
  throw new ServiceError('invalid_input', `${field ?? 'body'}: ${bad.reason}`, field);
}

/** Reads and validates a JSON body; malformed JSON and wrong shapes both become a 400 with the field named. */
export async function jsonBody<S extends z.ZodType>(c: Context, schema: S): Promise<z.infer<S>> {
  let raw: unknown;
  try {
    raw = await c.req.json();
  } catch (err) {
    // The body limit throws its own 413 through the reader; everything else is a body that is not JSON.
    if (err instanceof ServiceError) throw err;
    throw new ServiceError('invalid_json', 'The request body must be JSON.');
  }
  rejectUnsafeText(raw);
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw validationError(parsed.error);
  return parsed.data;
}
