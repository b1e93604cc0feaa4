import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { checkAreas } from '../../src/core/content/areas-schema';
import { checkConcepts } from '../../src/core/content/concept-schema';
import { checkFaq } from '../../src/core/content/check-faq';
import type { Lang } from '../../src/core/content/fields';
import { checkQuizRules } from '../../src/core/content/quiz-rules';
import { checkQuotedLabels, labelSet, localeValues } from '../../src/core/content/ui-labels';
import { AREAS_FILE } from '../services/households/areas';
import { conceptKey } from '../../src/core/faq/concepts';
import { conceptSource, faqSources, LESSONS_DIR, loadCorpus } from './load-corpus';
import { loadPractice } from './load-practice';
import { readYamlSource } from './read-yaml';

// `npm run check:lessons`: prints every content problem an author can act on (lessons, advice, FAQ, quiz rules,
// quoted app labels, the wards, the practice items), exits 1 if any. Warnings are printed and do not fail.
const ROOT = path.dirname(LESSONS_DIR);
const rel = (f: string) => path.relative(ROOT, f);

async function localeLabels(lang: Lang) {
  const dir = path.join(ROOT, 'src/locales', lang);
  const files = (await readdir(dir)).filter((f) => f.endsWith('.json'));
  const values = await Promise.all(
    files.map(async (f) => localeValues(JSON.parse(await readFile(path.join(dir, f), 'utf8')))),
  );
  return labelSet(values.flat());
}

const corpus = await loadCorpus();
const faqFiles = await faqSources();
// A link to a listed lesson that fails its own checks is not the FAQ's problem: that lesson's problems are printed.
const lessonIds = new Set([
  ...corpus.lessons.map((l) => l.id),
  ...(corpus.program?.tracks.flatMap((t) => t.lessons) ?? []),
]);
const faq = checkFaq(faqFiles, lessonIds, corpus.advice);
const quiz = checkQuizRules(corpus.located.map(({ lesson, src }) => ({ lesson, file: src.file })));
const labels = checkQuotedLabels(
  corpus.located.map(({ lesson, src }) => ({
    lesson,
    at: (p: PropertyKey[]) => ({ file: src.file, line: src.lineOf(p), lang: lesson.lang }),
  })),
  faq.located.map(({ entry, src, index }) => ({
    entry,
    at: (lang: Lang) => ({ file: src.file, line: src.lineOf(['entries', index, lang]), lang }),
  })),
  { vi: await localeLabels('vi'), en: await localeLabels('en') },
);
const conceptsSrc = await conceptSource();
const concepts = checkConcepts(conceptsSrc, conceptKey);
const areasSrc = await readYamlSource(AREAS_FILE, rel(AREAS_FILE));
const areas = checkAreas(areasSrc);
const practice = await loadPractice(LESSONS_DIR, corpus.lessons);

const problems = [
  ...corpus.problems,
  ...faqFiles.flatMap((f) =>
    f.yamlErrors.map((message) => ({ file: f.file, line: undefined, message: `YAML ${message}` })),
  ),
  ...faq.problems,
  ...quiz.problems,
  ...labels,
  ...conceptsSrc.yamlErrors.map((message) => ({ file: conceptsSrc.file, line: undefined, message: `YAML ${message}` })),
  ...concepts.problems,
  ...areasSrc.yamlErrors.map((message) => ({ file: areasSrc.file, line: undefined, message: `YAML ${message}` })),
  ...areas.problems,
  ...practice.problems,
  ...practice.pool,
];
const warnings = [...corpus.warnings, ...areas.warnings];
const where = (p: { file: string; line?: number }) => `${p.file}${p.line ? `:${p.line}` : ''}`;
for (const w of warnings) console.warn(`${where(w)}  warning: ${w.message}`);
for (const p of problems) console.error(`${where(p)}  ${p.message}`);
for (const f of quiz.figures) console.log(`quiz figures: ${f}`);
for (const f of practice.figures) console.log(`practice figures: ${f}`);
if (problems.length) {
  console.error(
    `\n${problems.length} problem(s) in lesson content${warnings.length ? `, ${warnings.length} warning(s)` : ''}.`,
  );
  process.exit(1);
}
console.log(
  `lessons ok: ${corpus.lessons.length / 2} lessons in vi and en; advice ok: ${corpus.advice.size}; FAQ ok: ${faq.entries.length} entries; concepts ok: ${concepts.concepts.length}; practice ok: ${practice.items.length} items${warnings.length ? `; ${warnings.length} warning(s)` : ''}`,
);
