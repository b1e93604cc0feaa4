// Compact dev figures for tuning: one line per set and language. Never loads the blind set.
import { benchAnswerer } from './bench-answerer';
import { dev2Set, devSet, type BenchItem } from './bench-sets';

const { topicOf, answerer } = await benchAnswerer();
const show = process.argv.includes('--misses');
for (const [name, items] of [
  ['dev', devSet()],
  ['dev2', dev2Set()],
] as [string, BenchItem[]][]) {
  for (const lang of ['vi', 'en', 'all']) {
    const its = items.filter((i) => lang === 'all' || i.lang === lang);
    let ok = 0,
      wrong = 0,
      ins = 0,
      oos = 0,
      oosOk = 0;
    for (const it of its) {
      const r = await answerer.answer(it.q);
      const topic = (r as { topic?: string }).topic ?? (r.faqId ? topicOf.get(r.faqId) : undefined);
      const want = new Set([...(it.topic ? [it.topic] : []), ...it.expect.map((e) => topicOf.get(e)!)]);
      if (!it.inScope) {
        oos++;
        if (r.kind === 'out_of_scope' || r.kind === 'safety') oosOk++;
        else if (show && lang === 'all') console.log(`  OOS-ANS ${r.kind} ${r.faqId ?? topic} «${it.q}»`);
        continue;
      }
      ins++;
      const good =
        r.kind === 'answer'
          ? it.expect.includes(r.faqId!)
          : (r.kind === 'topic' || r.kind === 'clarify') && want.has(topic!);
      if (good) ok++;
      if (r.kind === 'answer' && !good) wrong++;
      if (!good && show && lang === 'all')
        console.log(
          `  MISS want ${it.expect.join('|') || 'topic ' + it.topic} got ${r.kind} ${r.faqId ?? topic ?? ''} «${it.q}»`,
        );
    }
    console.log(
      `${name.padEnd(5)} ${lang.padEnd(3)} ok ${((100 * ok) / ins).toFixed(1).padStart(5)} % wrong ${((100 * wrong) / ins).toFixed(1).padStart(4)} % oos ${((100 * oosOk) / oos).toFixed(1).padStart(5)} %  (${ins} in, ${oos} out)`,
    );
  }
}
