import { createHash, randomBytes } from 'node:crypto';
import { formatOneTimeCode, makeOneTimeCode, normalizeOneTimeCode } from '../../../src/core/staff/one-time-code';

/** sha256 of the normalised code: what the database keeps, so a leaked table cannot be replayed as codes. */
export const hashCode = (code: string) => createHash('sha256').update(code).digest('hex');

/** A fresh random code: the plain form for links, the dashed form to show, and the hash to store. */
export function newCode(length: number) {
  const plain = makeOneTimeCode(randomBytes(length), length);
  return { plain, shown: formatOneTimeCode(plain), hash: hashCode(plain) };
}

/** The hash to look up for what someone typed, or null when it cannot be one of our codes. */
export function hashTyped(input: string): string | null {
  const code = normalizeOneTimeCode(input);
  return code ? hashCode(code) : null;
}
