import type { Context } from 'hono';
import type { z } from 'zod';
import { validationError } from './api-error';
import { rejectUnsafeText } from './validate';

/** Validates the query string like a body: a wrong parameter is a 400 naming it. */
export function queryOf<S extends z.ZodType>(c: Context, schema: S): z.infer<S> {
  const raw = c.req.query();
  rejectUnsafeText(raw);
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw validationError(parsed.error);
  return parsed.data;
}
