import { z } from 'zod';
import { FAQ_TOPICS } from './faq-schema';
import { id, text } from './fields';
import { zodProblems, type Problem, type SourceFile } from './problem';

/**
 * One idea residents name in many ways (lessons/faq/concepts.yaml): "chuyển tiền", "ck", "send money" are one
 * transfer. Terms match whole words after folding and shorthand expansion, in either language.
 */
export const conceptSchema = z.strictObject({
  id,
  /** Topics a question naming this concept is about; omit for words every topic uses (phone, install). */
  topics: z.array(z.enum(FAQ_TOPICS)).optional(),
  /** How strongly this concept alone puts a question in its topics: 1 = on its own, 0.5 = with one more cue. */
  weight: z.number().min(0.1).max(1).default(1),
  terms: z.array(text).min(1),
});

export const conceptFileSchema = z.strictObject({ concepts: z.array(conceptSchema).min(1) });
export type Concept = z.infer<typeof conceptSchema>;

/** Checks the concept file: schema, unique ids, and no term claimed by two concepts (which one would it mean?). */
export function checkConcepts(
  src: SourceFile,
  normalise: (term: string) => string,
): { problems: Problem[]; concepts: Concept[] } {
  const parsed = conceptFileSchema.safeParse(src.data);
  if (!parsed.success) return { problems: zodProblems(src, parsed.error), concepts: [] };
  const problems: Problem[] = [];
  const ids = new Set<string>();
  const terms = new Map<string, string>();
  parsed.data.concepts.forEach((c, i) => {
    const at = (path: PropertyKey[], message: string) =>
      problems.push({ file: src.file, line: src.lineOf(['concepts', i, ...path]), message: `${c.id}: ${message}` });
    if (ids.has(c.id)) at(['id'], 'duplicate id');
    ids.add(c.id);
    c.terms.forEach((t, j) => {
      const key = normalise(t);
      if (!key) at(['terms', j], `"${t}" has no letters or digits left to match`);
      else if (terms.has(key) && terms.get(key) !== c.id)
        at(['terms', j], `"${t}" is also a term of ${terms.get(key)}`);
      terms.set(key, c.id);
    });
  });
  return { problems, concepts: parsed.data.concepts };
}
