import { foldVi, normalizeVi, syllables } from './vietnamese';

// Words after which an unaccented "cai" is the classifier ("xem cái app"), not the verb "cài" (install).
const BEFORE = new Set([
  'la',
  'tai',
  'xem',
  'bam',
  'an',
  'mo',
  'nhan',
  'thay',
  'cai',
  'biet',
  'hoi',
  'voi',
  'nhu',
  'dung',
]);
// Words before which it is the classifier too ("cái gì", "cái này").
const AFTER = new Set(['gi', 'j', 'nay', 'do', 'kia', 'ay', 'nao', 'ni']);
const CLASSIFIERS = new Set(['cái', 'chiếc']);

/**
 * Drops the classifier "cái" ("cái app này", "là cái gì"), which folds to the same "cai" as "cài" (install):
 * left in, every "what is this thing" question looks like an installation question. Typed with accents it is
 * certain; without them, the neighbouring words decide, and an unclear "cai" stays (it is most often "cài").
 */
export function dropClassifiers(text: string): string {
  const words = syllables(normalizeVi(text));
  // Folding never splits or joins syllables, so one pass over the whole text lines up with `words`.
  const folded = syllables(foldVi(text));
  return words
    .filter((w, i) => !(CLASSIFIERS.has(w) || (w === 'cai' && (BEFORE.has(folded[i - 1]) || AFTER.has(folded[i + 1])))))
    .join(' ');
}
