// `npm run bench:bot`: the FAQ bot on the development set in tests/bot/dev-set.yaml, against a plain minisearch
// index with default settings over the same FAQ. Prints figures; asserts nothing.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import MiniSearch from 'minisearch';
import { parse } from 'yaml';
import { loadLessonIndex } from '../../bot/content/lesson-index';
import { createBotText } from '../../bot/bot/bot-text';
import { createFaqAnswerer } from '../../bot/bot/faq-answerer';
import { loadFaq } from '../../bot/bot/load-faq';
import { hasDiacritics } from '../../src/core/text/vietnamese';

type Item = { q: string; expect: string | null; style: string };
const items = (parse(readFileSync(path.resolve(import.meta.dirname, '../bot/dev-set.yaml'), 'utf8')) as { items: Item[] }).items;
const faq = await loadFaq();
const answerer = createFaqAnswerer({ faq, lessons: await loadLessonIndex(), text: await createBotText() });

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
const share = (n: number, d: number) => `${((100 * n) / d).toFixed(1)} %`;

type Outcome = { matched: boolean; faqId?: string; top?: string; ms: number };
function report(name: string, outcomes: Outcome[]) {
  const ins = items.map((it, i) => ({ it, o: outcomes[i] })).filter((x) => x.it.expect);
  const oos = items.map((it, i) => ({ it, o: outcomes[i] })).filter((x) => !x.it.expect);
  const right = ins.filter((x) => x.o.matched && x.o.faqId === x.it.expect).length;
  const wrong = ins.filter((x) => x.o.matched && x.o.faqId !== x.it.expect).length;
  const top = ins.filter((x) => x.o.top === x.it.expect).length;
  const rejected = oos.filter((x) => !x.o.matched).length;
  const ms = outcomes.map((o) => o.ms);
  console.log(`${name}`);
  console.log(`  in-scope top-1 accuracy (answered with the right entry): ${share(right, ins.length)}  [${right}/${ins.length}]`);
  console.log(`  in-scope answered with a wrong entry: ${share(wrong, ins.length)}; right entry ranked first (answered, asked or held back): ${share(top, ins.length)}`);
  console.log(`  out-of-scope rejected: ${share(rejected, oos.length)}  [${rejected}/${oos.length}]`);
  console.log(`  latency in process: p50 ${pct(ms, 50).toFixed(2)} ms, p99 ${pct(ms, 99).toFixed(2)} ms`);
  const noDia = ins.filter((x) => !hasDiacritics(x.it.q));
  console.log(`  in-scope without diacritics: ${share(noDia.filter((x) => x.o.matched && x.o.faqId === x.it.expect).length, noDia.length)} of ${noDia.length}`);
}

console.log(`bench:bot — ${items.length} questions (${items.filter((i) => i.expect).length} in scope, ${items.filter((i) => !i.expect).length} out of scope), ${faq.length} FAQ entries`);
for (const it of items.slice(0, 20)) await answerer.answer(it.q); // warm up the JIT before timing
const ours: Outcome[] = [];
for (const it of items) {
  const t = performance.now();
  const r = await answerer.answer(it.q);
  ours.push({ matched: r.matched, faqId: r.faqId, top: r.faqId ?? r.suggestions[0]?.faqId, ms: performance.now() - t });
}
report('our bot (folding, shorthand, bigrams, typo tolerance, confidence threshold)', ours);
// `npm run bench:bot -- --misses` lists what went wrong, to learn which entries residents confuse.
if (process.argv.includes('--misses')) {
  items.forEach((it, i) => {
    const o = ours[i];
    const ok = it.expect ? o.matched && o.faqId === it.expect : !o.matched;
    if (!ok) console.log(`  miss: expect ${it.expect ?? '(out of scope)'} got ${o.matched ? o.faqId : `no answer, top ${o.top ?? '-'}`}  «${it.q}»`);
  });
}

const plain = new MiniSearch<{ id: number; faqId: string; text: string }>({ fields: ['text'], storeFields: ['faqId'] });
plain.addAll(faq.flatMap((e) => [e.vi.question, ...e.vi.phrasings].map((text) => ({ text, faqId: e.id }))).map((d, id) => ({ ...d, id })));
const base: Outcome[] = items.map((it) => {
  const t = performance.now();
  const r = plain.search(it.q)[0];
  return { matched: Boolean(r), faqId: r?.faqId as string | undefined, top: r?.faqId as string | undefined, ms: performance.now() - t };
});
report('plain minisearch, default settings (answers its top hit; rejects only when nothing matches)', base);
