import type { Concept } from '../content/concept-schema';
import type { FaqTopic } from '../content/faq-schema';
import { expandShorthand } from '../text/teencode';

/** A term as it is matched: folded, shorthand expanded, single spaces. Also how check:lessons compares terms. */
export const conceptKey = (term: string) => expandShorthand(term).trim();

/** Prefix of a concept's term in the FAQ index: no word a resident types starts with it. */
export const CONCEPT_PREFIX = '@';

/**
 * The concept layer: which concepts a text names, and which of our topics they point at. Matching is whole words on
 * the expanded text, so "lua" never matches inside "lua chon" unless a concept says "lua" (and "lựa chọn" stays out
 * because the FAQ folds both the same way: ambiguous words are left out of the terms on purpose).
 */
export function compileConcepts(concepts: readonly Concept[]) {
  const terms = concepts.flatMap((c) => c.terms.map((t) => ({ key: ` ${conceptKey(t)} `, concept: c })));
  return {
    /** Ids of the concepts a text names, each once. */
    find(text: string): Concept[] {
      const s = ` ${conceptKey(text)} `;
      const found = new Set<Concept>();
      for (const t of terms) if (!found.has(t.concept) && s.includes(t.key)) found.add(t.concept);
      return [...found];
    },
    /** The concepts a text names and the words their matched terms use up ("mat", "khau" for "quên mật khẩu"). */
    findWithWords(text: string): { concepts: Concept[]; words: Set<string> } {
      const s = ` ${conceptKey(text)} `;
      const found = new Set<Concept>();
      const words = new Set<string>();
      for (const t of terms) {
        if (!s.includes(t.key)) continue;
        found.add(t.concept);
        for (const w of t.key.trim().split(' ')) words.add(w);
      }
      return { concepts: [...found], words };
    },
    /** Topic weights of a text: the sum of its concepts' weights per topic. */
    topics(found: readonly Concept[]): Map<FaqTopic, number> {
      const out = new Map<FaqTopic, number>();
      for (const c of found) for (const t of c.topics ?? []) out.set(t, (out.get(t) ?? 0) + c.weight);
      return out;
    },
  };
}

export type ConceptMatcher = ReturnType<typeof compileConcepts>;
