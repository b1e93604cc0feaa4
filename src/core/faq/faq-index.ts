import MiniSearch, { type SearchResult } from 'minisearch';
import type { FaqEntry } from '../content/faq-schema';
import type { Lang } from '../content/lesson-schema';
import { CONCEPT_PREFIX, type ConceptMatcher } from './concepts';
import { createCoverage } from './coverage';
import { contentWords, faqTerms } from './faq-terms';

/**
 * One entry's match: BM25 `score`, `confidence` (how well its best phrasing and the question explain each other) and
 * `coverage` (how much of the question's salient meaning anything the entry says explains; see coverage.ts).
 */
export type FaqHit = { faqId: string; score: number; confidence: number; coverage?: number; words?: number };

const FUZZY_BELOW = 100;
const QW = 0.35;
const ANSWER_WEIGHT = 0.2;

type Doc = { id: number; faqId: string; text: string; answer: boolean };

/**
 * FAQ retrieval: one document per question or phrasing, scored with BM25 over folded words and bigrams,
 * with typo tolerance on longer words. Confidence is the share of the question's meaning (IDF-weighted words)
 * that the best entry explains, so a question full of words the FAQ never uses scores low however it ranks.
 */
export function createFaqIndex(entries: FaqEntry[], lang: Lang = 'vi', concepts?: ConceptMatcher) {
  // Concepts join the words as terms of their own ("@transfer"), so "ck", "chuyển khoản" and "send money" meet in
  // both the BM25 score and the confidence, while the words themselves still count as typed.
  // Words every topic uses (phone, install, money) help ranking but never make the bot surer that it understood.
  let last: { text: string; all: string[]; topical: string[] } | undefined;
  const tagged = (text: string) => {
    if (last?.text !== text) {
      const found = concepts ? concepts.find(text) : [];
      last = {
        text,
        all: found.map((c) => CONCEPT_PREFIX + c.id),
        topical: found.filter((c) => c.topics?.length).map((c) => CONCEPT_PREFIX + c.id),
      };
    }
    return last;
  };
  const terms = (text: string) => [...faqTerms(text), ...tagged(text).all];
  const meaning = (text: string) => [...contentWords(text), ...tagged(text).topical];
  const docs: Doc[] = [];
  for (const e of entries) {
    const side = e[lang];
    for (const text of [side.question, ...side.phrasings])
      docs.push({ id: docs.length, faqId: e.id, text, answer: false });
    // The answer names things residents ask about in their own words ("App Store", "113"): a weaker, wider net.
    docs.push({ id: docs.length, faqId: e.id, text: side.answer, answer: true });
  }
  const coverage = createCoverage(
    entries.map((e) => ({ faqId: e.id, texts: [e[lang].question, ...e[lang].phrasings, e[lang].answer] })),
    concepts,
  );
  const search = new MiniSearch<Doc>({
    fields: ['text'],
    storeFields: ['faqId', 'text', 'answer'],
    tokenize: terms,
    processTerm: (t) => t,
    searchOptions: {
      tokenize: terms,
      processTerm: (t) => t,
      weights: { fuzzy: 0.6, prefix: 0 },
    },
  });
  search.addAll(docs);

  const df = new Map<string, number>();
  const phrasings = docs.filter((d) => !d.answer);
  for (const d of phrasings) for (const w of new Set(meaning(d.text))) df.set(w, (df.get(w) ?? 0) + 1);
  const maxIdf = Math.log(1 + docs.length);
  const idf = (w: string) => (df.has(w) ? Math.log(1 + docs.length / df.get(w)!) : maxIdf);
  // Each phrasing's words and their total weight, computed once: queries only look them up.
  const docWords = new Map(
    phrasings.map((d) => {
      const words = [...new Set(meaning(d.text))];
      return [d.id, { words, total: words.reduce((s, w) => s + idf(w), 0) || 1 }] as const;
    }),
  );

  /**
   * How well one phrasing and the question explain each other: the IDF-weighted share of the question's words the
   * phrasing contains, and of the phrasing's words the question contains. Long polite questions have many extra
   * words, so the phrasing side counts more; a question that shares one common word with a phrasing scores low on both.
   */
  function confidenceOf(r: SearchResult, words: string[], total: number) {
    const queryCovered = words.filter((w) => r.queryTerms.includes(w)).reduce((s, w) => s + idf(w), 0) / total;
    const doc = docWords.get(r.id as number)!;
    const docCovered = doc.words.filter((w) => r.terms.includes(w)).reduce((s, w) => s + idf(w), 0) / doc.total;
    return QW * queryCovered + (1 - QW) * docCovered;
  }

  return {
    size: entries.length,
    /** What of a question an entry leaves unexplained: for tests and for explaining a hold-back. */
    coverage: (faqId: string, question: string) => coverage.of(faqId, question),
    /** Best entries for a question, best first, one hit per FAQ entry. */
    query(question: string, limit = 3): FaqHit[] {
      const words = [...new Set(meaning(question))];
      if (!words.length) return [];
      const total = words.reduce((s, w) => s + idf(w), 0);
      const byFaq = new Map<string, { score: number; docs: SearchResult[] }>();
      const answerScore = new Map<string, number>();
      // Exact terms first; typo tolerance (one edit in words of 4+ letters, never in bigrams) only when the exact
      // search finds little, because fuzzy matching over the whole vocabulary is the slow part.
      let results = search.search(question);
      const unmatched = words.some((w) => w.length >= 4 && !df.has(w));
      if (unmatched || !results.length || results[0].score < FUZZY_BELOW) {
        results = search.search(question, {
          fuzzy: (term) => (term.includes('_') || term.startsWith(CONCEPT_PREFIX) || term.length < 4 ? false : 0.25),
        });
      }
      for (const r of results) {
        if (r.answer) {
          answerScore.set(r.faqId as string, r.score);
          continue;
        }
        const prev = byFaq.get(r.faqId as string) ?? { score: 0, docs: [] };
        prev.score = Math.max(prev.score, r.score);
        prev.docs.push(r);
        byFaq.set(r.faqId as string, prev);
      }
      for (const [faqId, v] of byFaq) v.score += ANSWER_WEIGHT * (answerScore.get(faqId) ?? 0);
      // Confidence and coverage only for the few entries we return: they are the costly part.
      const salient = coverage.salient(question);
      return [...byFaq.entries()]
        .sort((a, b) => b[1].score - a[1].score)
        .slice(0, limit)
        .map(([faqId, v]) => ({
          faqId,
          score: v.score,
          confidence: Math.max(...v.docs.map((r) => confidenceOf(r, words, total))),
          coverage: coverage.of(faqId, salient).share,
          words: words.length,
        }));
    },
  };
}

export type FaqIndex = ReturnType<typeof createFaqIndex>;
