import { expandShorthand } from '../text/teencode';
import { syllables } from '../text/vietnamese';

/**
 * Words that only carry politeness or address ("cho bác hỏi…, ạ, nhé, hả cháu"). They say nothing about the
 * question, and long polite sentences would otherwise drown the few words that matter.
 */
const STOP = new Set(
  'a ah ak ad ba bac ban cho chau chi co con cu cua da dang day de di do em ha hay hoi huhu khi la lam luc minh mot moi nao nay nha nhe nhi no o oi ong roi sao thi thoi toi tui u vay vang voi xin nhung cac nhieu rat qua that va nua duoc ra vao len bi'.split(' '),
);

/** Content words of a text: folded, shorthand expanded, politeness removed. */
export function contentWords(text: string): string[] {
  return syllables(expandShorthand(text)).filter((w) => !STOP.has(w));
}

/** Terms for the index: content words plus syllable bigrams ("mat_khau"), because Vietnamese words are mostly two syllables. */
export function faqTerms(text: string): string[] {
  const words = contentWords(text);
  const bigrams = words.slice(1).map((w, i) => `${words[i]}_${w}`);
  return [...words, ...bigrams];
}
