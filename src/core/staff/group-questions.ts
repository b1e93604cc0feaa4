import { foldVi, syllables } from '../text/vietnamese';

export type QuestionRow = { text: string; at: string; topFaq: string | null };
export type QuestionGroup = { example: string; count: number; lastAt: string; texts: string[] };

/** Groups are similar enough when their folded word sets overlap this much (Jaccard). */
export const SIMILARITY = 0.5;
const MAX_TEXTS = 5;

const words = (text: string) => new Set(syllables(foldVi(text)));

function jaccard(a: Set<string>, b: Set<string>): number {
  if (!a.size && !b.size) return 1;
  let both = 0;
  for (const w of a) if (b.has(w)) both++;
  return both / (a.size + b.size - both);
}

/**
 * Groups the bot's unanswered questions so staff see what people keep asking: two questions belong together when
 * their folded word sets overlap ≥ 0.5, or when the FAQ search found the same nearest entry for both. Each group is
 * compared by its first (newest) question. Largest groups first; up to 5 distinct wordings each.
 */
export function groupQuestions(rows: readonly QuestionRow[]): QuestionGroup[] {
  const sorted = [...rows].sort((a, b) => b.at.localeCompare(a.at));
  const groups: (QuestionGroup & { words: Set<string>; topFaq: string | null })[] = [];
  for (const row of sorted) {
    const w = words(row.text);
    const g = groups.find((x) => (row.topFaq !== null && x.topFaq === row.topFaq) || jaccard(x.words, w) >= SIMILARITY);
    if (!g) {
      groups.push({ example: row.text, count: 1, lastAt: row.at, texts: [row.text], words: w, topFaq: row.topFaq });
      continue;
    }
    g.count++;
    if (g.texts.length < MAX_TEXTS && !g.texts.includes(row.text)) g.texts.push(row.text);
  }
  return groups
    .sort((a, b) => b.count - a.count || b.lastAt.localeCompare(a.lastAt))
    .map(({ example, count, lastAt, texts }) => ({ example, count, lastAt, texts }));
}
