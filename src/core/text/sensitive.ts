import { foldVi } from './vietnamese';

export type Sensitive = 'id_number' | 'otp' | 'password' | 'passcode';

// A 12-digit run (also written in groups: "031 234 567 890") is the shape of a personal ID (CCCD) number; 4–8 digits
// next to words like "mã", "otp", "passcode", "pin" is a one-time code or a passcode. Phone numbers (10 digits
// starting with 0) are not secrets.
const ID = /(?<![\d.-])\d(?:[ .-]?\d){11}(?![\d])/;
const DIGITS = /(?<!\d)\d{4,8}(?!\d)/;
const OTP_WORDS = /\b(otp|ma|code|xac nhan|xac thuc|ma so)\b/;
const PASSCODE_WORDS = /\b(pass ?code|pin)\b/;
// "mật khẩu là …", "mk zalo la …", "pass zalo: …", "my password is …", "mat khau vneid cua bac la …": the secret word,
// up to three words naming whose or which account, then "là", ":", "=" or "is", then the secret itself.
const OWNER = '(?:\\s+(?:cua|zalo|vneid|facebook|fb|ngan hang|bank|app|tai khoan|tk|dang nhap|toi|tao|bac|minh|em|me|con|chau|my|of|account|login)){0,4}';
const PASSWORD = new RegExp(`\\b(?:mat khau|mk|pass|password|passwd|pwd|pw)${OWNER}\\s*(?:la|:|=|is|la:)\\s*\\S{4,}`);

// Characters that are invisible or only change how text looks: zero-width spaces and joiners, soft hyphens, BOMs,
// bidi marks. Someone who types a code with them in between means the code.
const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/g;

/** The text as a reader sees it: full-width and other compatibility forms made plain, invisible characters removed. */
export const plainForm = (text: string) => text.normalize('NFKC').replace(INVISIBLE, '');

/** Finds what looks like a secret in a message, so the bot can warn instead of storing it. */
export function findSensitive(text: string): Sensitive[] {
  const folded = foldVi(plainForm(text));
  const found = new Set<Sensitive>();
  if (ID.test(folded)) found.add('id_number');
  const digits = folded.replace(new RegExp(ID.source, 'g'), ' ');
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
