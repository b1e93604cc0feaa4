import { dropClassifiers } from '../text/classifier';
import { expandShorthand } from '../text/teencode';
import { syllables } from '../text/vietnamese';

/**
 * Words that only carry politeness or address ("cho bác hỏi…, ạ, nhé, hả cháu"). They say nothing about the
 * question, and long polite sentences would otherwise drown the few words that matter.
 */
const STOP = new Set(
  'a ah ak ad ba bac ban cho chau chi co con cu cua da dang day de di do em ha hay hoi huhu khi la lam luc minh mot moi nao nay nha nhe nhi no o oi ong roi sao thi thoi toi tui u vay vang voi xin nhung cac nhieu rat qua that va nua duoc ra vao len bi'.split(
    ' ',
  ),
);

/** Syllables as the resident meant them: classifier dropped, folded, shorthand expanded. */
const plainSyllables = (text: string) => syllables(expandShorthand(dropClassifiers(text)));

/** Content words of a text: folded, shorthand expanded, politeness removed. */
export function contentWords(text: string): string[] {
  return plainSyllables(text).filter((w) => !STOP.has(w));
}

/**
 * Terms for the index: content words plus syllable bigrams, because Vietnamese words are mostly two syllables.
 * Bigrams come both from neighbouring content words ("quen_mat" across a dropped "cái") and from the syllables as
 * typed: a stop word folds together with a word that is not one ("đăng ký" and "đang", "ở đâu" and "ổ gà",
 * "tiến độ" and "đó"), and the pair keeps the meaning ("dang_ky", "o_dau", "o_ga", "tien_do", "la_gi") that
 * dropping the syllable loses. The asking words are how near-neighbour entries differ ("là gì" vs "ở đâu").
 */
export function faqTerms(text: string): string[] {
  const all = plainSyllables(text);
  const words = all.filter((w) => !STOP.has(w));
  const pairs = (xs: string[]) => xs.slice(1).map((w, i) => `${xs[i]}_${w}`);
  return [...words, ...new Set([...pairs(words), ...pairs(all)])];
}
