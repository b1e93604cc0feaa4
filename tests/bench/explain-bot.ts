// `npx tsx tests/bench/explain-bot.ts "question" ...`: why the FAQ bot answered what it did — the concepts a question
// names, their topic weights, the closest entries (score, confidence, coverage) and the reply. For tuning on the dev
// sets; never run it on the blind set's questions.
import { benchAnswerer } from './bench-answerer';
import { compileConcepts } from '../../src/core/faq/concepts';
import { createFaqIndex } from '../../src/core/faq/faq-index';
import { detectLang } from '../../src/core/text/detect-lang';

const { faq, concepts, answerer } = await benchAnswerer();
const matcher = compileConcepts(concepts);
const indexes = { vi: createFaqIndex(faq, 'vi', matcher), en: createFaqIndex(faq, 'en', matcher) };

for (const q of process.argv.slice(2)) {
  const lang = detectLang(q);
  const found = matcher.find(q);
  const r = await answerer.answer(q);
  console.log(`\n«${q}» (${lang})`);
  console.log(
    `  concepts: ${found.map((c) => `${c.id}${c.topics?.length ? `[${c.topics.join('/')}:${c.weight}]` : ''}`).join(' ') || '-'}`,
  );
  for (const h of indexes[lang].query(q, 5))
    console.log(
      `  ${h.faqId.padEnd(34)} score ${h.score.toFixed(0).padStart(5)}  conf ${h.confidence.toFixed(2)}  cov ${h.coverage?.toFixed(2)}`,
    );
  console.log(`  → ${r.kind} ${r.faqId ?? ''} ${(r as { topic?: string }).topic ?? ''}`);
}
