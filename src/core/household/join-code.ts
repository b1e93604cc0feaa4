/** Join-code letters: no 0/O or 1/I, which residents (and printers) confuse. 32 symbols, 6 of them ≈ 10⁹ codes. */
export const CODE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
export const CODE_LENGTH = 6;

/** Makes a code from random bytes (the caller supplies them, so this stays pure and testable). */
export function makeJoinCode(randomBytes: Uint8Array): string {
  if (randomBytes.length < CODE_LENGTH) throw new Error(`need ${CODE_LENGTH} random bytes`);
  let out = '';
  for (let i = 0; i < CODE_LENGTH; i++) out += CODE_ALPHABET[randomBytes[i] % CODE_ALPHABET.length];
  return out;
}

export type CodeCheck = { ok: true; code: string } | { ok: false; reason: 'length' | 'letters' };

/** Accepts what people type: lower case, spaces and dashes ("abc-234") are fine; look-alike letters are not. */
export function normalizeJoinCode(input: string): CodeCheck {
  const code = input.toUpperCase().replace(/[\s-]/g, '');
  if (code.length !== CODE_LENGTH) return { ok: false, reason: 'length' };
  for (const ch of code) if (!CODE_ALPHABET.includes(ch)) return { ok: false, reason: 'letters' };
  return { ok: true, code };
}

/** "ABC234" → "ABC-234": easier to read aloud and to copy from a printed card. */
export const formatJoinCode = (code: string) => `${code.slice(0, 3)}-${code.slice(3)}`;

/**
 * What a scanned QR holds: a printed card carries a link (`…/household/join?code=ABC234`, also as a Zalo deep
 * link) or, on older cards, the bare code. Returns the text to put in the code field; checking is normalizeJoinCode's job.
 */
export function codeFromScan(text: string): string {
  const raw = text.trim();
  const param = /[?&]code=([^&#\s]+)/i.exec(raw)?.[1];
  if (param) {
    try {
      return decodeURIComponent(param).trim();
    } catch {
      return param;
    }
  }
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? '' : raw;
}
