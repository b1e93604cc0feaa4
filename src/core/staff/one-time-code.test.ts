import { describe, expect, it } from 'vitest';
import { formatOneTimeCode, makeOneTimeCode, normalizeOneTimeCode } from './one-time-code';

describe('one-time codes', () => {
  it('are made in the unambiguous alphabet and read back however they are typed', () => {
    const code = makeOneTimeCode(Uint8Array.from([0, 1, 2, 3, 4, 5, 6, 7, 200, 255]), 10);
    expect(code).toMatch(/^[2-9A-HJ-NP-Z]{10}$/);
    expect(formatOneTimeCode('ABCDEFGH')).toBe('ABCD-EFGH');
    expect(normalizeOneTimeCode(' abcd-efgh ')).toBe('ABCDEFGH');
    expect(normalizeOneTimeCode('ABCD-EFG0')).toBeNull();
    expect(normalizeOneTimeCode('AB')).toBeNull();
  });
});
