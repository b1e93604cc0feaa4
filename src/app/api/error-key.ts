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
  // Staff and school screens (their strings load with them).
  not_staff: 'staff:errors.notStaff',
  role_forbidden: 'staff:errors.roleForbidden',
  area_forbidden: 'staff:errors.areaForbidden',
  invite_invalid: 'staff:errors.inviteInvalid',
  already_staff: 'staff:errors.alreadyStaff',
  code_invalid: 'staff:errors.codeInvalid',
  member_no_consent: 'staff:errors.memberNoConsent',
  id_conflict: 'staff:errors.idConflict',
  unknown_track: 'staff:errors.unknownLesson',
  desktop_only: 'staff:errors.desktopOnly',
  link_not_found: 'staff:errors.linkNotFound',
  no_household: 'survey:noHousehold',
};

export const errorKey = (code: string) => KEYS[code] ?? 'errors.generic';
