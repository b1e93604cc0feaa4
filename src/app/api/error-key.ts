import type { OutcomeCode } from '../../core/api/outcomes';

/** Failures the app itself names (no server answer behind them). */
type AppCode = 'network' | 'signed_out' | 'zalo_token' | 'desktop_only';

/**
 * Every code the service can answer with (src/core/api/outcomes.ts) and every code the app makes, as a locale key:
 * residents read a sentence in their language, never a code. A new service code without a message fails typecheck;
 * error-key.test.ts checks each key exists in vi and en.
 */
export const ERROR_KEYS: Record<OutcomeCode | AppCode, string> = {
  invalid_input: 'errors.invalidInput',
  invalid_json: 'errors.invalidInput',
  bad_request: 'errors.invalidInput',
  payload_too_large: 'errors.tooLarge',
  not_found: 'errors.notFound',
  internal: 'errors.generic',
  unauthenticated: 'errors.signIn',
  session_expired: 'errors.signIn',
  sign_in_unavailable: 'errors.signInUnavailable',
  zalo_unreachable: 'errors.zaloUnreachable',
  zalo_token_invalid: 'errors.reopen',
  consent_required: 'errors.consentRequired',
  household_not_found: 'errors.householdNotFound',
  invalid_code: 'errors.invalidCode',
  too_many_codes: 'errors.tooManyCodes',
  already_in_household: 'errors.alreadyInHousehold',
  no_household: 'survey:noHousehold',
  not_head: 'errors.notHead',
  member_not_found: 'errors.memberNotFound',
  cannot_remove_self: 'errors.cannotRemoveSelf',
  unknown_lesson: 'errors.unknownLesson',
  // Staff and school screens (their strings load with them).
  id_conflict: 'staff:errors.idConflict',
  member_no_consent: 'staff:errors.memberNoConsent',
  not_staff: 'staff:errors.notStaff',
  role_forbidden: 'staff:errors.roleForbidden',
  area_forbidden: 'staff:errors.areaForbidden',
  unknown_ward: 'staff:errors.unknownWard',
  invite_invalid: 'staff:errors.inviteInvalid',
  invite_not_found: 'staff:errors.inviteNotFound',
  already_staff: 'staff:errors.alreadyStaff',
  code_invalid: 'staff:errors.codeInvalid',
  staff_not_found: 'staff:errors.staffNotFound',
  cannot_revoke_self: 'staff:errors.cannotRevokeSelf',
  too_many_attempts: 'staff:errors.tooManyAttempts',
  unknown_track: 'staff:errors.unknownLesson',
  link_not_found: 'staff:errors.linkNotFound',
  link_invalid: 'staff:errors.linkInvalid',
  link_expired: 'staff:errors.linkExpired',
  lesson_not_in_link: 'staff:errors.lessonNotInLink',
  challenge_not_found: 'errors.challengeNotFound',
  challenge_full: 'errors.challengeFull',
  unknown_item: 'errors.challengeNotFound',
  // Only Zalo's servers call the webhook; nobody reads this in the app.
  invalid_signature: 'errors.generic',
  network: 'errors.network',
  signed_out: 'errors.signIn',
  zalo_token: 'errors.signIn',
  desktop_only: 'staff:errors.desktopOnly',
};

export const errorKey = (code: string) => (ERROR_KEYS as Record<string, string>)[code] ?? 'errors.generic';
