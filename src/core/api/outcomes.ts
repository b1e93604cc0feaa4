/**
 * Every expected "no" the service can answer with, one list for the service and the app. The service throws a
 * ServiceError with one of these codes; only the HTTP layer (bot/http/api-error.ts) turns a code into a status; the
 * app (src/app/api/error-key.ts) has a message in each language for every code, and typecheck fails when one is
 * missing. Adding a code is three edits, all checked: here, its status, its message.
 */
export const OUTCOME_CODES = [
  // The request itself
  'invalid_input',
  'invalid_json',
  'bad_request',
  'payload_too_large',
  'not_found',
  'internal',
  // Signing in
  'unauthenticated',
  'session_expired',
  'sign_in_unavailable',
  'zalo_unreachable',
  'zalo_token_invalid',
  'consent_required',
  // Households and results
  'household_not_found',
  'invalid_code',
  'too_many_codes',
  'already_in_household',
  'no_household',
  'not_head',
  'member_not_found',
  'cannot_remove_self',
  'unknown_lesson',
  'id_conflict',
  'member_no_consent',
  // Staff
  'not_staff',
  'role_forbidden',
  'area_forbidden',
  'unknown_ward',
  'invite_invalid',
  'invite_not_found',
  'already_staff',
  'code_invalid',
  'staff_not_found',
  'cannot_revoke_self',
  'too_many_attempts',
  // School links
  'unknown_track',
  'link_not_found',
  'link_invalid',
  'link_expired',
  'lesson_not_in_link',
  // Practice challenges
  'challenge_not_found',
  'challenge_full',
  'unknown_item',
  // Channels: a webhook call that Zalo did not sign
  'invalid_signature',
] as const;

export type OutcomeCode = (typeof OUTCOME_CODES)[number];

/** An expected failure: a code from the list and a message a developer or operator can act on (the app shows its own). */
export class ServiceError extends Error {
  constructor(
    readonly code: OutcomeCode,
    message: string,
    /** The request field that is wrong, when there is one: the app puts the message beside it. */
    readonly field?: string,
  ) {
    super(message);
  }
}
