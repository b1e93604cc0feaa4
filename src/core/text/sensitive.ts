import { foldVi } from './vietnamese';

export type Sensitive = 'id_number' | 'otp' | 'password' | 'passcode';

// A 12-digit run is the shape of a personal ID (CCCD) number; 4–8 digits next to words like "mã", "otp",
// "passcode" is a one-time code or a passcode. Phone numbers (10 digits starting with 0) are not secrets.
const ID = /(?<!\d)\d{12}(?!\d)/;
const DIGITS = /(?<!\d)\d{4,8}(?!\d)/;
const OTP_WORDS = /\b(otp|ma|code|xac nhan|xac thuc|ma so)\b/;
const PASSCODE_WORDS = /\bpass ?code\b/;
const PASSWORD = /\b(mat khau|mk|pass|password|pw)\s*(la|:|=|cua (toi|bac|minh|em) la)\s*\S{4,}/;

/** Finds what looks like a secret in a message, so the bot can warn instead of storing it. */
export function findSensitive(text: string): Sensitive[] {
  const folded = foldVi(text);
  const found = new Set<Sensitive>();
  if (ID.test(folded)) found.add('id_number');
  const digits = folded.replace(ID, ' ');
  if (DIGITS.test(digits)) {
    if (PASSCODE_WORDS.test(folded)) found.add('passcode');
    else if (OTP_WORDS.test(folded)) found.add('otp');
  }
  if (PASSWORD.test(folded)) found.add('password');
  return [...found];
}

/**
 * Removes personal data before a question is logged for the team: digit runs (phones, IDs, codes), e-mail
 * addresses and links. What is left is the wording, which is what the team needs to write a new FAQ entry.
 */
export function scrub(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\w.+-]+@[\w-]+\.[\w.]+/g, '[email]')
    .replace(/https?:\/\/\S+/g, '[link]')
    .replace(/(?<!\w)[+\d][\d .-]{3,}\d/g, '[số]')
    .slice(0, 300);
}
