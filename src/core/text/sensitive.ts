import { foldVi } from './vietnamese';

export type Sensitive = 'id_number' | 'otp' | 'password' | 'passcode' | 'card_number' | 'account_number';

// A 12-digit run (also written in groups: "031 234 567 890") is the shape of a personal ID (CCCD) number; 4–8 digits
// next to words like "mã", "otp", "passcode", "pin" is a one-time code or a passcode. Phone numbers (10 digits
// starting with 0) are not secrets.
const ID = /(?<![\d.-])\d(?:[ .-]?\d){11}(?![\d])/;
const DIGITS = /(?<!\d)\d{4,8}(?!\d)/;
const OTP_WORDS = /\b(otp|ma|code|xac nhan|xac thuc|ma so)\b/;
const PASSCODE_WORDS = /\b(pass ?code|pin)\b/;
// "mật khẩu là …", "mk zalo la …", "pass zalo: …", "my password is …", "mat khau vneid cua bac la …": the secret word,
// up to three words naming whose or which account, then "là", ":", "=" or "is", then the secret itself.
const OWNER =
  '(?:\\s+(?:cua|zalo|vneid|facebook|fb|ngan hang|bank|app|tai khoan|tk|dang nhap|toi|tao|bac|minh|em|me|con|chau|my|of|account|login)){0,4}';
const PASSWORD = new RegExp(`\\b(?:mat khau|mk|pass|password|passwd|pwd|pw)${OWNER}\\s*(?:la|:|=|is|la:)\\s*\\S{4,}`);
// Written out without "là": "mk vneid Abc@12345 sao ko vao dc", "password hoa1960!". The word after the secret word
// (and its owner words) mixes letters with digits or symbols, as passwords do and ordinary words never do.
const PASSWORD_BARE = new RegExp(
  `\\b(?:mat khau|mk|pass|password|passwd|pwd|pw)${OWNER}\\s+(?=\\S*\\d)(?=\\S*[a-z@#$!%&*])\\S{6,}`,
);
// Card numbers: 16 digits (13–19), in groups of four or not. Bank account numbers: 6–19 digits next to the words.
const CARD = /(?<![\d])\d{4}(?:[ .-]?\d{4}){2}[ .-]?\d{1,7}(?![\d])/;
const CARD_WORDS = /\b(the|card|atm|visa|mastercard|so the)\b/;
// "số tài khoản", "stk" say it outright; a bare "tài khoản" next to a phone-shaped number is most often a phone number.
const ACCOUNT_SURE = /\b(stk|so tai khoan|so tk|account number|account no)\b[^\d]{0,20}\d(?:[ .-]?\d){5,18}(?!\d)/;
const ACCOUNT = /\b(tai khoan|tk|account|acc)\b[^\d]{0,20}\d(?:[ .-]?\d){5,18}(?!\d)/;

// Characters that are invisible or only change how text looks: zero-width spaces and joiners, soft hyphens, BOMs,
// bidi marks. Someone who types a code with them in between means the code.
const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/g;

const PHONE = /(?<!\d)0(?:[ .-]?\d){9}(?!\d)/;

/** The text as a reader sees it: full-width and other compatibility forms made plain, invisible characters removed. */
export const plainForm = (text: string) => text.normalize('NFKC').replace(INVISIBLE, '');

/** Finds what looks like a secret in a message, so the bot can warn instead of storing it. */
export function findSensitive(text: string): Sensitive[] {
  const folded = foldVi(plainForm(text));
  const found = new Set<Sensitive>();
  const isCard = CARD.test(folded) && CARD_WORDS.test(folded);
  const isAccount =
    !isCard && (ACCOUNT_SURE.test(folded) || (ACCOUNT.test(folded) && !PHONE.test(folded) && !ID.test(folded)));
  if (isCard) found.add('card_number');
  else if (isAccount) found.add('account_number');
  else if (ID.test(folded)) found.add('id_number');
  const digits = folded.replace(new RegExp(ID.source, 'g'), ' ');
  if (DIGITS.test(digits)) {
    if (PASSCODE_WORDS.test(folded)) found.add('passcode');
    else if (OTP_WORDS.test(folded)) found.add('otp');
  }
  if (PASSWORD.test(folded) || PASSWORD_BARE.test(folded)) found.add('password');
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

// Runs of six or more digits (spaces, dots and dashes between them allowed): IDs, cards, accounts, longer codes.
const LONG_DIGITS = /(?<![\d])\d(?:[ .-]?\d){5,}(?![\d])/g;

/**
 * The message as the resident's own bubble shows it when the guard found a secret: every long digit run masked but its
 * last four digits, and a written-out password hidden, so a phone screen seen over a shoulder gives nothing away.
 */
export function maskSensitive(text: string): string {
  if (!findSensitive(text).length) return text;
  return plainForm(text)
    .replace(LONG_DIGITS, (run) => {
      const digits = run.replace(/\D/g, '');
      return `${'•'.repeat(Math.max(2, digits.length - 4))}${digits.slice(-4)}`;
    })
    .replace(
      /((?<!\p{L})(?:mật khẩu|mat khau|mk|pass|password|passwd|pwd|pw|passcode|pin|otp|mã|ma)(?:\s+\S+){0,4}?\s*(?:là|la|:|=|is)?\s*)(?=\S*\d)(\S{4,})/giu,
      (_, lead: string, secret: string) => `${lead}${'•'.repeat(Math.min(8, secret.length))}`,
    );
}
