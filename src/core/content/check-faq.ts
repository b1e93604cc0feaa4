import type { AdviceLibrary } from './advice-schema';
import { faqFileSchema, type FaqEntry } from './faq-schema';
import { MAX_ANSWER_WORDS } from './fields';
import { parseOrReport, type Problem, type SourceFile } from './problem';
import { brokenMessage, resolveFaqEntry } from './resolve-advice';

/** Checks every FAQ file: schema, ids unique across files, linked lessons (when given) and advice that exist, no phrasing used twice. */
export function checkFaq(
  files: SourceFile[],
  lessonIds: ReadonlySet<string> | undefined,
  advice: AdviceLibrary = new Map(),
): { problems: Problem[]; entries: FaqEntry[]; located: { entry: FaqEntry; src: SourceFile; index: number }[] } {
  const problems: Problem[] = [];
  const entries: FaqEntry[] = [];
  const located: { entry: FaqEntry; src: SourceFile; index: number }[] = [];
  const ids = new Map<string, string>();
  const phrasings = new Map<string, string>();
  for (const src of files) {
    const faq = parseOrReport(faqFileSchema, src, problems);
    if (!faq) continue;
    faq.entries.forEach((authored, i) => {
      const at = (path: PropertyKey[], message: string) =>
        problems.push({
          file: src.file,
          line: src.lineOf(['entries', i, ...path]),
          message: `${authored.id}: ${message}`,
        });
      const { entry: e, broken, tooLong } = resolveFaqEntry(authored, advice);
      for (const ref of broken) at(ref.path, brokenMessage(ref, advice));
      for (const ref of tooLong)
        at(
          ref.path,
          `advice "${ref.advice}" is longer than ${MAX_ANSWER_WORDS} words, too long for an answer: shorten lessons/advice/${ref.advice}.yaml or write an answer`,
        );
      if (ids.has(e.id)) at(['id'], `duplicate id (also in ${ids.get(e.id)})`);
      ids.set(e.id, src.file);
      if (e.lesson && lessonIds && !lessonIds.has(e.lesson)) at(['lesson'], `lesson "${e.lesson}" does not exist`);
      for (const p of [e.vi.question, ...e.vi.phrasings]) {
        const key = p.toLowerCase().trim();
        const other = phrasings.get(key);
        if (other && other !== e.id) at(['vi'], `"${p}" is also a phrasing of ${other}`);
        phrasings.set(key, e.id);
      }
      entries.push(e);
      located.push({ entry: e, src, index: i });
    });
  }
  return { problems, entries, located };
}
