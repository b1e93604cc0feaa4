import { foldVi, syllables } from '../../../src/core/text/vietnamese';
import { LABELS } from './faq-markdown';

const labels = (pick: 'question' | 'answer' | 'phrasings') => Object.values(LABELS).map((l) => l[pick]);
const alt = (words: string[]) => words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
// The indexer may keep or drop Markdown emphasis, so `**Đáp:**` and `Đáp:` both count.
const label = (words: string[]) => `(?:\\*\\*)?(?:${alt(words)}):(?:\\*\\*)?`;
const QUESTION = new RegExp(`^\\s*${label(labels('question'))}`, 'mu');
const ANSWER = new RegExp(`${label(labels('answer'))}\\s*`, 'u');
const ANY_LABEL = new RegExp(
  `^\\s*${label([...labels('question'), ...labels('phrasings'), ...labels('answer')])}.*$`,
  'gmu',
);

const HEADING = /^\s*#+\s.*$/gmu;
const words = (s: string) => new Set(syllables(foldVi(s)));

function overlap(query: Set<string>, block: string) {
  const mine = words(block);
  let n = 0;
  for (const w of query) if (mine.has(w)) n++;
  return n;
}

const clean = (s: string) => s.replace(HEADING, '').replace(/\*\*/g, '').replace(/\s+/g, ' ').trim();

/**
 * The FAQ answer inside a search passage. A passage can span more than one entry; then the entry sharing most
 * words with the question wins, so a neighbour's answer is never returned for it.
 */
export function answerFromPassage(content: string, question: string): string | undefined {
  // Headings repeat the question of the entry *below* them, so they would pull the wrong block closer: drop them.
  const blocks = content
    .replace(HEADING, '')
    .split(QUESTION)
    .filter((b) => b.trim());
  const q = words(question);
  const withAnswer = blocks.filter((b) => ANSWER.test(b));
  if (withAnswer.length) {
    const best = withAnswer.reduce((a, b) => (overlap(q, b) > overlap(q, a) ? b : a));
    const answer = clean(best.split(ANSWER)[1].split(/\n\s*\n/)[0]);
    return answer || undefined;
  }
  // A passage without our labels (another chunking of the file): its plain text, if there is any.
  const text = clean(content.replace(ANY_LABEL, ''));
  return text.length >= 20 ? text : undefined;
}
