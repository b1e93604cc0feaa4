import type { z } from 'zod';
import type { Problem, SourceFile } from './check-corpus';
import { faqFileSchema, type FaqEntry } from './faq-schema';

const zodProblems = (src: SourceFile, error: z.ZodError): Problem[] =>
  error.issues.map((i) => ({ file: src.file, line: src.lineOf(i.path), message: `${i.path.join('.') || '(top level)'}: ${i.message}` }));

/** Checks every FAQ file: schema, ids unique across files, linked lessons that exist, no phrasing used twice. */
export function checkFaq(files: SourceFile[], lessonIds: ReadonlySet<string>): { problems: Problem[]; entries: FaqEntry[] } {
  const problems: Problem[] = [];
  const entries: FaqEntry[] = [];
  const ids = new Map<string, string>();
  const phrasings = new Map<string, string>();
  for (const src of files) {
    const parsed = faqFileSchema.safeParse(src.data);
    if (!parsed.success) {
      problems.push(...zodProblems(src, parsed.error));
      continue;
    }
    parsed.data.entries.forEach((e, i) => {
      const at = (path: PropertyKey[], message: string) => problems.push({ file: src.file, line: src.lineOf(['entries', i, ...path]), message: `${e.id}: ${message}` });
      if (ids.has(e.id)) at(['id'], `duplicate id (also in ${ids.get(e.id)})`);
      ids.set(e.id, src.file);
      if (e.lesson && !lessonIds.has(e.lesson)) at(['lesson'], `lesson "${e.lesson}" does not exist`);
      for (const p of [e.vi.question, ...e.vi.phrasings]) {
        const key = p.toLowerCase().trim();
        const other = phrasings.get(key);
        if (other && other !== e.id) at(['vi'], `"${p}" is also a phrasing of ${other}`);
        phrasings.set(key, e.id);
      }
      entries.push(e);
    });
  }
  return { problems, entries };
}
