import type { Lang } from './fields';
import type { FaqEntry } from './faq-schema';
import type { Lesson } from './lesson-schema';
import type { Problem } from './problem';

const QUOTED = /«\s*([^«»]+?)\s*»/g;

/** Every string value of a locale file, flattened: the labels our app can show. */
export function localeValues(json: unknown): string[] {
  if (typeof json === 'string') return [json];
  if (json && typeof json === 'object') return Object.values(json).flatMap(localeValues);
  return [];
}

const norm = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();

/** Labels quoted in « » that our app does not show: a resident would look for a button that is not there. */
export function missingLabels(text: string, labels: ReadonlySet<string>): string[] {
  return [...text.matchAll(QUOTED)].map((m) => norm(m[1])).filter((l) => !labels.has(l));
}

export const labelSet = (values: readonly string[]) => new Set(values.map(norm));

type Where = { file: string; line?: number; lang: Lang };

/** Checks quoted labels in lessons (every text field) and FAQ answers against the locale values of their language. */
export function checkQuotedLabels(
  lessons: readonly { lesson: Lesson; at: (path: PropertyKey[]) => Where }[],
  faq: readonly { entry: FaqEntry; at: (lang: Lang) => Where }[],
  labels: Record<Lang, ReadonlySet<string>>,
): Problem[] {
  const problems: Problem[] = [];
  const report = (where: Where, path: string, text: string) => {
    for (const label of missingLabels(text, labels[where.lang])) {
      problems.push({
        file: where.file,
        line: where.line,
        message: `${path}: «${label}» is not a label of our app (src/locales/${where.lang}/*.json); quote the label exactly as the app shows it`,
      });
    }
  };
  for (const { lesson, at } of lessons) {
    report(at(['title']), 'title', lesson.title);
    report(at(['summary']), 'summary', lesson.summary);
    lesson.cards.forEach((c, i) => report(at(['cards', i]), `cards.${i} (${c.id})`, `${c.title}\n${c.body}`));
    lesson.quiz.forEach((q, i) =>
      report(
        at(['quiz', i]),
        `quiz.${i} (${q.id})`,
        [q.question, ...q.options.flatMap((o) => [o.text, o.explain])].join('\n'),
      ),
    );
  }
  for (const { entry, at } of faq) {
    for (const lang of ['vi', 'en'] as const) report(at(lang), `${entry.id}.${lang}.answer`, entry[lang].answer);
  }
  return problems;
}
