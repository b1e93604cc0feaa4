import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod';
import { ServiceError, type OutcomeCode } from '../../src/core/api/outcomes';

/** The one place an outcome becomes an HTTP status. A code without a status fails typecheck. */
export const STATUS: Record<OutcomeCode, ContentfulStatusCode> = {
  invalid_input: 400,
  invalid_json: 400,
  bad_request: 400,
  payload_too_large: 413,
  not_found: 404,
  internal: 500,
  unauthenticated: 401,
  session_expired: 401,
  sign_in_unavailable: 404,
  zalo_unreachable: 503,
  zalo_token_invalid: 401,
  consent_required: 403,
  household_not_found: 404,
  invalid_code: 400,
  too_many_codes: 429,
  already_in_household: 409,
  no_household: 409,
  not_head: 403,
  member_not_found: 404,
  cannot_remove_self: 400,
  unknown_lesson: 400,
  id_conflict: 409,
  member_no_consent: 409,
  not_staff: 403,
  role_forbidden: 403,
  area_forbidden: 403,
  unknown_ward: 400,
  invite_invalid: 404,
  invite_not_found: 404,
  already_staff: 409,
  code_invalid: 401,
  staff_not_found: 404,
  cannot_revoke_self: 409,
  too_many_attempts: 429,
  unknown_track: 400,
  link_not_found: 404,
  link_invalid: 403,
  link_expired: 410,
  lesson_not_in_link: 400,
  challenge_not_found: 404,
  challenge_full: 409,
  unknown_item: 400,
  invalid_signature: 401,
};

export const errorBody = (code: OutcomeCode, message: string, field?: string) => ({
  error: field ? { code, message, field } : { code, message },
});

/** Answers an outcome with its status and `{error:{code,message,field?}}`. */
export function sendError(c: Context, err: ServiceError) {
  return c.json(errorBody(err.code, err.message, err.field), STATUS[err.code]);
}

export const sendOutcome = (c: Context, code: OutcomeCode, message: string) =>
  c.json(errorBody(code, message), STATUS[code]);

/** Turns a zod failure into invalid_input naming the first field that is wrong. */
export function validationError(error: z.ZodError): ServiceError {
  const issue = error.issues[0];
  const field = issue.path.join('.') || undefined;
  const keys = issue.code === 'unrecognized_keys' ? ` (${issue.keys.join(', ')})` : '';
  return new ServiceError('invalid_input', `${field ?? 'body'}: ${issue.message}${keys}`, field);
}
