// `npm run bench:bot`: the FAQ bot on the three development sets (tests/bot/dev-set.yaml, dev-set-2.yaml and
// dev-set-3.yaml, tune on them) and on the frozen blind set (tests/bot/blind-set.yaml, only ever scored), against a
// plain minisearch index with default settings over the same FAQ. Prints aggregate figures only; asserts nothing.
// `-- --misses` lists the dev sets' misses (never the blind's).
import MiniSearch from 'minisearch';
import { benchAnswerer, type Outcome, type Verdict } from './bench-answerer';
import { FAQ_TOPICS } from '../../src/core/content/faq-schema';
import { hasDiacritics } from '../../src/core/text/vietnamese';
import { blindSet, dev2Set, dev3Set, devSet, type BenchItem } from './bench-sets';

const { faq, answerer, ask, verdict } = await benchAnswerer();

const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
const share = (n: number, d: number) => `${d ? ((100 * n) / d).toFixed(1) : '-'} %  [${n}/${d}]`;

function report(name: string, items: BenchItem[], outcomes: Outcome[]) {
  const pairs = items.map((it, i) => ({ it, o: outcomes[i], v: verdict(it, outcomes[i]) }));
  const ins = pairs.filter((x) => x.it.inScope);
  const oos = pairs.filter((x) => !x.it.inScope);
  const count = (xs: typeof pairs, ...vs: Verdict[]) => xs.filter((x) => vs.includes(x.v)).length;
  const gaps = ins.filter((x) => !x.it.expect.length);
  const en = pairs.filter((x) => x.it.lang === 'en');
  const noDia = ins.filter((x) => x.it.lang === 'vi' && !hasDiacritics(x.it.q));
  const ms = outcomes.map((o) => o.ms);
  console.log(name);
  console.log(
    `  in-scope answered right or with the right topic fallback: ${share(count(ins, 'right', 'topic-right'), ins.length)}`,
  );
  console.log(`    answered with the right entry: ${share(count(ins, 'right'), ins.length)}`);
  console.log(
    `    right topic fallback: ${share(count(ins, 'topic-right'), ins.length)} (of which no entry exists: ${count(gaps, 'topic-right')}/${gaps.length})`,
  );
  console.log(`    answered with a wrong entry: ${share(count(ins, 'wrong'), ins.length)}`);
  console.log(
    `    fallback on the wrong topic: ${share(count(ins, 'topic-wrong'), ins.length)}; safety guard: ${count(ins, 'safety')}; refused: ${share(count(ins, 'refused'), ins.length)}`,
  );
  console.log(`  out-of-scope refused: ${share(count(oos, 'refused', 'safety'), oos.length)}`);
  console.log(
    `  English questions answered in English: ${share(en.filter((x) => x.o.lang === 'en').length, en.length)}; English in-scope right or right topic: ${share(
      count(
        en.filter((x) => x.it.inScope),
        'right',
        'topic-right',
      ),
      en.filter((x) => x.it.inScope).length,
    )}`,
  );
  console.log(
    `  Vietnamese in-scope without diacritics right or right topic: ${share(count(noDia, 'right', 'topic-right'), noDia.length)}`,
  );
  console.log(`  latency in process: p50 ${pct(ms, 50).toFixed(2)} ms, p99 ${pct(ms, 99).toFixed(2)} ms`);
  return pairs;
}

async function runOurs(items: BenchItem[]): Promise<Outcome[]> {
  const out: Outcome[] = [];
  for (const it of items) out.push(await ask(it.q));
  return out;
}

const plain = new MiniSearch<{ id: number; faqId: string; text: string }>({ fields: ['text'], storeFields: ['faqId'] });
plain.addAll(
  faq
    .flatMap((e) =>
      [e.vi.question, ...e.vi.phrasings, e.en.question, ...e.en.phrasings].map((text) => ({ text, faqId: e.id })),
    )
    .map((d, id) => ({ ...d, id })),
);
const runPlain = (items: BenchItem[]): Outcome[] =>
  items.map((it) => {
    const t = performance.now();
    const r = plain.search(it.q)[0];
    return {
      kind: r ? 'answer' : 'out_of_scope',
      faqId: r?.faqId as string | undefined,
      lang: 'vi',
      ms: performance.now() - t,
    };
  });

// `-- --dev` scores the dev sets alone: what tuning looks at, so the blind figures are only seen before and after.
const sets = [
  { name: 'DEV set (tests/bot/dev-set.yaml, tuned on)', items: devSet(), dev: true },
  { name: 'DEV-2 set (tests/bot/dev-set-2.yaml, written blind, tuned on)', items: dev2Set(), dev: true },
  { name: 'DEV-3 set (tests/bot/dev-set-3.yaml, written blind, tuned on)', items: dev3Set(), dev: true },
  ...(process.argv.includes('--dev')
    ? []
    : [{ name: 'BLIND set (tests/bot/blind-set.yaml, never tuned on)', items: blindSet(), dev: false }]),
];
for (const it of sets[0].items.slice(0, 30)) await answerer.answer(it.q); // warm up the JIT before timing
for (const s of sets) {
  const ins = s.items.filter((i) => i.inScope);
  console.log(
    `\n=== ${s.name}: ${s.items.length} questions (${ins.length} in scope, ${ins.filter((i) => !i.expect.length).length} with no entry; ${s.items.length - ins.length} out of scope; ${s.items.filter((i) => i.lang === 'en').length} English), ${faq.length} FAQ entries`,
  );
  const unlabelled = ins.filter(
    (i) => !(FAQ_TOPICS as readonly string[]).includes(i.topic ?? '') && !i.expect.length,
  ).length;
  if (unlabelled)
    console.log(
      `  (${unlabelled} in-scope questions with no entry carry no FAQ topic label: no fallback can score for them)`,
    );
  const pairs = report('our bot', s.items, await runOurs(s.items));
  report(
    'plain minisearch, default settings (answers its top hit; refuses only when nothing matches)',
    s.items,
    runPlain(s.items),
  );
  if (s.dev && process.argv.includes('--misses')) {
    for (const x of pairs) {
      const ok = x.it.inScope ? x.v === 'right' || x.v === 'topic-right' : x.v === 'refused' || x.v === 'safety';
      if (!ok || (x.it.lang === 'en' && x.o.lang !== 'en'))
        console.log(
          `  miss: expect ${x.it.inScope ? x.it.expect.join('|') || `topic ${x.it.topic}` : '(out of scope)'} got ${x.o.kind} ${x.o.faqId ?? x.o.topic ?? ''} ${x.o.lang}  «${x.it.q}»`,
        );
    }
  }
}
