/** The service's stable error codes, as locale keys: residents read a sentence in their language, never a code. */
const KEYS: Record<string, string> = {
  household_not_found: 'errors.householdNotFound',
  invalid_code: 'errors.invalidCode',
  already_in_household: 'errors.alreadyInHousehold',
  consent_required: 'errors.consentRequired',
  not_head: 'errors.notHead',
  member_not_found: 'errors.memberNotFound',
  cannot_remove_self: 'errors.cannotRemoveSelf',
  network: 'errors.network',
  session_expired: 'errors.signIn',
  unauthenticated: 'errors.signIn',
  signed_out: 'errors.signIn',
  zalo_token: 'errors.signIn',
  invalid_input: 'errors.invalidInput',
  unknown_lesson: 'errors.unknownLesson',
};

export const errorKey = (code: string) => KEYS[code] ?? 'errors.generic';
