import { createInterface } from 'node:readline';
import { loadLessonIndex } from '../content/lesson-index';
import { createBotText } from './bot-text';
import { createFaqAnswerer } from './faq-answerer';
import { loadConcepts, loadFaq } from './load-faq';

// `npm run bot:ask -- "câu hỏi"` prints the answer; `npm run --silent bot:ask -- --json` answers one question per
// stdin line with one JSON object per line. Each question is answered in its own language; `--en` or `--vi` forces one.
const args = process.argv.slice(2);
const forced = args.includes('--en') ? 'en' : args.includes('--vi') ? 'vi' : undefined;
const answerer = createFaqAnswerer({
  faq: await loadFaq(),
  concepts: await loadConcepts(),
  lessons: await loadLessonIndex(),
  text: await createBotText(),
});

if (args.includes('--json')) {
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of rl) {
    if (!line.trim()) continue;
    const r = await answerer.answer(line, forced);
    // `matched` is true for an entry's answer and for a topic fallback: both answer the resident.
    const out = {
      matched: r.matched,
      kind: r.kind,
      answer: r.text,
      faqId: r.faqId ?? null,
      topic: r.topic ?? null,
      lessonId: r.lessonId ?? null,
      lang: r.lang ?? forced ?? 'vi',
      confidence: Number(r.confidence.toFixed(3)),
      suggestions: r.suggestions.map((s) => s.faqId),
    };
    process.stdout.write(`${JSON.stringify(out)}\n`);
  }
} else {
  const question = args.filter((a) => !a.startsWith('--')).join(' ');
  if (!question.trim()) {
    console.error('Usage: npm run bot:ask -- "câu hỏi"   or   npm run --silent bot:ask -- --json < questions.txt');
    process.exit(2);
  }
  const r = await answerer.answer(question, forced);
  console.log(r.text);
  for (const b of r.buttons) console.log(`  [${b.title}]`);
  console.log(
    `(${r.kind}${r.faqId ? `: ${r.faqId}` : ''}${r.topic ? `: topic ${r.topic}` : ''}, ${r.lang}, confidence ${r.confidence.toFixed(2)})`,
  );
}
