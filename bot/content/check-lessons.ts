import { loadCorpus } from './load-corpus';

// `npm run check:lessons`: prints every content problem an author can act on, exits 1 if any.
const { problems, lessons } = await loadCorpus();
for (const p of problems) console.error(`${p.file}${p.line ? `:${p.line}` : ''}  ${p.message}`);
if (problems.length) {
  console.error(`\n${problems.length} problem(s) in lesson content.`);
  process.exit(1);
}
console.log(`lessons ok: ${lessons.length / 2} lessons in vi and en`);
