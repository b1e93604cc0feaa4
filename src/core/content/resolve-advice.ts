import { adviceSchema, type Advice, type AdviceLibrary } from './advice-schema';
import type { AuthoredFaqEntry, FaqEntry } from './faq-schema';
import { LANGS, MAX_ANSWER_WORDS, wordCount, type Lang } from './fields';
import type { AuthoredLesson, Card, Lesson } from './lesson-schema';
import { parseOrReport, type Problem, type SourceFile } from './problem';

const ADVICE_PATH = /(?:^|\/)advice\/([^/]+)\.ya?ml$/;

/** Validates the shared advice files; an advice id must equal its file name so a reference finds its file. */
export function checkAdvice(srcs: SourceFile[]): { problems: Problem[]; library: Map<string, Advice> } {
  const problems: Problem[] = [];
  const library = new Map<string, Advice>();
  for (const src of srcs) {
    const advice = parseOrReport(adviceSchema, src, problems);
    if (!advice) continue;
    const name = ADVICE_PATH.exec(src.file.replaceAll('\\', '/'))?.[1];
    if (name !== advice.id) {
      problems.push({
        file: src.file,
        line: src.lineOf(['id']),
        message: `id "${advice.id}" must equal the file name (lessons/advice/${advice.id}.yaml)`,
      });
      continue;
    }
    library.set(advice.id, advice);
  }
  return { problems, library };
}

/** A reference to advice that does not exist, with the path of the key that names it. */
export type BrokenReference = { path: (string | number)[]; advice: string };

const known = (library: AdviceLibrary) => [...library.keys()].sort().join(', ') || 'none yet';
export const brokenMessage = (ref: BrokenReference, library: AdviceLibrary) =>
  `${ref.path.join('.')}: advice "${ref.advice}" does not exist (lessons/advice/${ref.advice}.yaml; known: ${known(library)})`;

/** Replaces advice references in a lesson's cards by the advice's title and body in the lesson's language. */
export function resolveLesson(
  lesson: AuthoredLesson,
  library: AdviceLibrary,
): { lesson: Lesson; broken: BrokenReference[] } {
  const broken: BrokenReference[] = [];
  const cards = lesson.cards.map((c, i): Card => {
    const icon = c.icon === undefined ? {} : { icon: c.icon };
    if (c.advice === undefined) return { id: c.id, ...icon, title: c.title ?? '', body: c.body ?? '' };
    const advice = library.get(c.advice);
    if (!advice) broken.push({ path: ['cards', i, 'advice'], advice: c.advice });
    return { id: c.id, ...icon, title: advice?.[lesson.lang].title ?? '', body: advice?.[lesson.lang].body ?? '' };
  });
  return { lesson: { ...lesson, cards }, broken };
}

/** Replaces a FAQ side's advice reference by the advice body; also reports advice too long to be an answer. */
export function resolveFaqEntry(
  entry: AuthoredFaqEntry,
  library: AdviceLibrary,
): { entry: FaqEntry; broken: BrokenReference[]; tooLong: BrokenReference[] } {
  const broken: BrokenReference[] = [];
  const tooLong: BrokenReference[] = [];
  const side = (lang: Lang) => {
    const { advice: ref, answer, ...rest } = entry[lang];
    if (ref === undefined) return { ...rest, answer: answer ?? '' };
    const advice = library.get(ref);
    if (!advice) broken.push({ path: [lang, 'advice'], advice: ref });
    else if (wordCount(advice[lang].body) > MAX_ANSWER_WORDS) tooLong.push({ path: [lang, 'advice'], advice: ref });
    return { ...rest, answer: advice?.[lang].body ?? '' };
  };
  const [vi, en] = LANGS.map(side);
  return { entry: { ...entry, vi, en }, broken, tooLong };
}
