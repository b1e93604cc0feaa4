import { createInterface } from 'node:readline';
import { loadLessonIndex } from '../content/lesson-index';
import { createBotText } from './bot-text';
import { createFaqAnswerer } from './faq-answerer';
import { loadFaq } from './load-faq';

// `npm run bot:ask -- "câu hỏi"` prints the answer; `npm run --silent bot:ask -- --json` answers one question per
// stdin line with one JSON object per line. Add `--en` to answer in English.
const args = process.argv.slice(2);
const lang = args.includes('--en') ? 'en' : 'vi';
const answerer = createFaqAnswerer({ faq: await loadFaq(), lessons: await loadLessonIndex(), text: await createBotText() });

if (args.includes('--json')) {
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of rl) {
    if (!line.trim()) continue;
    const r = await answerer.answer(line, lang);
    const out = { matched: r.matched, answer: r.text, faqId: r.faqId ?? null, lessonId: r.lessonId ?? null, confidence: Number(r.confidence.toFixed(3)), suggestions: r.suggestions.map((s) => s.faqId) };
    process.stdout.write(`${JSON.stringify(out)}\n`);
  }
} else {
  const question = args.filter((a) => !a.startsWith('--')).join(' ');
  if (!question.trim()) {
    console.error('Usage: npm run bot:ask -- "câu hỏi"   or   npm run --silent bot:ask -- --json < questions.txt');
    process.exit(2);
  }
  const r = await answerer.answer(question, lang);
  console.log(r.text);
  for (const b of r.buttons) console.log(`  [${b.title}]`);
  console.log(`(${r.kind}${r.faqId ? `: ${r.faqId}` : ''}, confidence ${r.confidence.toFixed(2)})`);
}
