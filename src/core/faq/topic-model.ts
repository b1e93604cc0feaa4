import type { FaqEntry, FaqTopic } from '../content/faq-schema';
import type { Lang } from '../content/lesson-schema';
import { CONCEPT_PREFIX, type ConceptMatcher } from './concepts';
import { contentWords } from './faq-terms';

/** Additive smoothing: small, so a word one topic uses often and others never is strong evidence. */
const ALPHA = 0.1;

/**
 * Which of our topics a question is about, learnt from everything the FAQ says (questions, phrasings, answers, both
 * languages): a naive Bayes over content words, word pairs and concepts. Unlike the nearest entries, it weighs every
 * entry of a topic at once, so "mật khẩu" + "khó đoán" leans to account safety even when one VNeID entry is closest.
 * It only chooses among our topics; whether a question is ours at all is decided elsewhere.
 */
export function createTopicModel(entries: readonly FaqEntry[], concepts?: ConceptMatcher) {
  const features = (text: string) => {
    const w = contentWords(text);
    const pairs = w.slice(1).map((x, i) => `${w[i]}_${x}`);
    return [...new Set([...w, ...pairs, ...(concepts ? concepts.find(text).map((c) => CONCEPT_PREFIX + c.id) : [])])];
  };
  const counts = new Map<FaqTopic, Map<string, number>>();
  const totals = new Map<FaqTopic, number>();
  for (const e of entries) {
    const m = counts.get(e.topic) ?? new Map<string, number>();
    counts.set(e.topic, m);
    for (const lang of ['vi', 'en'] as Lang[]) {
      const side = e[lang];
      for (const text of [side.question, ...side.phrasings, side.answer ?? '']) {
        for (const f of features(text)) {
          m.set(f, (m.get(f) ?? 0) + 1);
          totals.set(e.topic, (totals.get(e.topic) ?? 0) + 1);
        }
      }
    }
  }
  const vocab = new Set([...counts.values()].flatMap((m) => [...m.keys()]));
  const topics = [...counts.keys()];

  return {
    /** Our topics for a question, most likely first, with posteriors that sum to 1 (uniform prior). */
    rank(question: string): { topic: FaqTopic; p: number }[] {
      const fs = features(question).filter((f) => vocab.has(f));
      const logs = topics.map((t) => {
        const m = counts.get(t)!;
        const denom = totals.get(t)! + ALPHA * vocab.size;
        return { topic: t, l: fs.reduce((s, f) => s + Math.log(((m.get(f) ?? 0) + ALPHA) / denom), 0) };
      });
      const max = Math.max(...logs.map((x) => x.l));
      const sum = logs.reduce((s, x) => s + Math.exp(x.l - max), 0);
      return logs.map((x) => ({ topic: x.topic, p: Math.exp(x.l - max) / sum })).sort((a, b) => b.p - a.p);
    },
  };
}

export type TopicModel = ReturnType<typeof createTopicModel>;
