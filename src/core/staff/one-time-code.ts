import { CODE_ALPHABET } from '../household/join-code';

/** Invite codes live 7 days and travel by chat or paper: longer. Sign-in codes live 10 minutes: shorter to type. */
export const INVITE_CODE_LENGTH = 10;
export const LOGIN_CODE_LENGTH = 8;

/** Makes a code from random bytes in the join-code alphabet (no 0/O/1/I); 32 symbols, so no modulo bias. */
export function makeOneTimeCode(randomBytes: Uint8Array, length: number): string {
  if (randomBytes.length < length) throw new Error(`need ${length} random bytes`);
  let out = '';
  for (let i = 0; i < length; i++) out += CODE_ALPHABET[randomBytes[i] % CODE_ALPHABET.length];
  return out;
}

/** "ABCDEFGH" → "ABCD-EFGH": halves are easier to read out and type. */
export const formatOneTimeCode = (code: string) =>
  `${code.slice(0, Math.ceil(code.length / 2))}-${code.slice(Math.ceil(code.length / 2))}`;

/** What people type back: any case, with or without dashes and spaces. Null when it cannot be a code. */
export function normalizeOneTimeCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s-]/g, '');
  if (code.length < 6 || code.length > 16) return null;
  return [...code].every((ch) => CODE_ALPHABET.includes(ch)) ? code : null;
}
