import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { checkFaq } from '../../src/core/content/check-faq';
import { LESSONS_DIR, loadCorpus } from './load-corpus';
import { readYamlSource } from './read-yaml';

// `npm run check:lessons`: prints every content problem an author can act on (lessons and FAQ), exits 1 if any.
const corpus = await loadCorpus();
const faqDir = path.join(LESSONS_DIR, 'faq');
const faqFiles = await Promise.all(
  (await readdir(faqDir)).filter((f) => f.endsWith('.yaml')).sort().map((f) => readYamlSource(path.join(faqDir, f), `lessons/faq/${f}`)),
);
const faq = checkFaq(faqFiles, new Set(corpus.lessons.map((l) => l.id)));
const lessons = corpus.lessons;
const problems = [...corpus.problems, ...faqFiles.flatMap((f) => f.yamlErrors.map((message) => ({ file: f.file, line: undefined, message: `YAML ${message}` }))), ...faq.problems];
for (const p of problems) console.error(`${p.file}${p.line ? `:${p.line}` : ''}  ${p.message}`);
if (problems.length) {
  console.error(`\n${problems.length} problem(s) in lesson content.`);
  process.exit(1);
}
console.log(`lessons ok: ${lessons.length / 2} lessons in vi and en; FAQ ok: ${faq.entries.length} entries`);
