import type { Context } from 'hono';
import type { z } from 'zod';
import { ApiError, validationError } from './api-error';

/** Reads and validates a JSON body; malformed JSON and wrong shapes both become a 400 with the field named. */
export async function jsonBody<S extends z.ZodType>(c: Context, schema: S): Promise<z.infer<S>> {
  let raw: unknown;
  try {
    raw = await c.req.json();
  } catch {
    throw new ApiError(400, 'invalid_json', 'The request body must be JSON.');
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw validationError(parsed.error);
  return parsed.data;
}
