/**
 * Vietnamese text handling shared by the FAQ search and the safety guard. Residents type with or without
 * diacritics, with old or new tone placement (hoà / hòa) and in teencode, so every comparison goes through here.
 */

// Old-style tone placement puts the mark on the last vowel of oa/oe/uy at the end of a word ("hoà"); the
// new style puts it on the first ("hòa"). Both are correct Vietnamese; we settle on the new style.
const TONE_MOVES: [RegExp, string][] = [];
const TONES: Record<string, string[]> = {
  a: ['à', 'á', 'ả', 'ã', 'ạ'],
  e: ['è', 'é', 'ẻ', 'ẽ', 'ẹ'],
  y: ['ỳ', 'ý', 'ỷ', 'ỹ', 'ỵ'],
};
const FIRST: Record<string, string[]> = { o: ['ò', 'ó', 'ỏ', 'õ', 'ọ'], u: ['ù', 'ú', 'ủ', 'ũ', 'ụ'] };
for (const [first, last] of [
  ['o', 'a'],
  ['o', 'e'],
  ['u', 'y'],
] as const) {
  TONES[last].forEach((marked, tone) =>
    TONE_MOVES.push([new RegExp(`${first}${marked}(?![\\p{L}\\p{N}])`, 'gu'), `${FIRST[first][tone]}${last}`]),
  );
}

/** NFC, lower case, one tone-placement style, single spaces. Keeps diacritics. */
export function normalizeVi(text: string): string {
  let s = text.normalize('NFC').toLowerCase();
  for (const [re, to] of TONE_MOVES) s = s.replace(re, to);
  return s.replace(/\s+/g, ' ').trim();
}

/** Removes every diacritic, including đ → d: "Điện thoại" → "dien thoai". */
export function foldVi(text: string): string {
  return normalizeVi(text)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .normalize('NFC');
}

/** Words (syllables) of a text, in order: letters and digits only. */
export const syllables = (text: string): string[] => text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** Whether the text was typed with any Vietnamese diacritic. */
export const hasDiacritics = (text: string) => foldVi(text) !== normalizeVi(text);
