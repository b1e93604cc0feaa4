import { checkFaq } from '../../src/core/content/check-faq';
import type { FaqEntry } from '../../src/core/content/faq-schema';
import { checkConcepts, type Concept } from '../../src/core/content/concept-schema';
import { conceptKey } from '../../src/core/faq/concepts';
import { conceptSource, faqSources, LESSONS_DIR, loadAdvice } from '../content/load-corpus';

/** Reads every FAQ file in lessons/faq with shared advice resolved into plain answers; throws on invalid content. */
export async function loadFaq(dir = LESSONS_DIR): Promise<FaqEntry[]> {
  const advice = await loadAdvice(dir);
  const files = await faqSources(dir);
  // Lesson links are checked by check:lessons, which knows the lessons; the rest would give a wrong or empty answer.
  const { problems, entries } = checkFaq(files, undefined, advice.library);
  const fatal = [
    ...advice.problems,
    ...files.flatMap((f) => f.yamlErrors.map((message) => ({ file: f.file, message }))),
    ...problems,
  ];
  if (fatal.length)
    throw new Error(
      `FAQ content has problems (run npm run check:lessons):\n${fatal.map((p) => `${p.file}  ${p.message}`).join('\n')}`,
    );
  return entries;
}

/** Reads the concept layer (lessons/faq/concepts.yaml); throws on invalid content, as loadFaq does. */
export async function loadConcepts(dir = LESSONS_DIR): Promise<Concept[]> {
  const src = await conceptSource(dir);
  const { problems, concepts } = checkConcepts(src, conceptKey);
  const fatal = [...src.yamlErrors.map((message) => ({ file: src.file, message })), ...problems];
  if (fatal.length)
    throw new Error(
      `Concepts have problems (run npm run check:lessons):\n${fatal.map((p) => `${p.file}  ${p.message}`).join('\n')}`,
    );
  return concepts;
}
