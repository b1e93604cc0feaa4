import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod';

/** An expected failure with a status, a stable code for the app, and a message a person can act on. */
export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

export const errorBody = (code: string, message: string, field?: string) => ({ error: field ? { code, message, field } : { code, message } });

export function sendError(c: Context, err: ApiError) {
  return c.json(errorBody(err.code, err.message, err.field), err.status);
}

/** Turns a zod failure into a 400 naming the first field that is wrong. */
export function validationError(error: z.ZodError): ApiError {
  const issue = error.issues[0];
  const field = issue.path.join('.') || undefined;
  const keys = issue.code === 'unrecognized_keys' ? ` (${issue.keys.join(', ')})` : '';
  return new ApiError(400, 'invalid_input', `${field ?? 'body'}: ${issue.message}${keys}`, field);
}
