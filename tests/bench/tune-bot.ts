// Compact dev figures for tuning: one line per set and language. Never loads the blind set.
import { benchAnswerer } from './bench-answerer';
import { dev2Set, dev3Set, devSet, type BenchItem } from './bench-sets';

const { ask, verdict } = await benchAnswerer();
const show = process.argv.includes('--misses');
for (const [name, items] of [
  ['dev', devSet()],
  ['dev2', dev2Set()],
  ['dev3', dev3Set()],
] as [string, BenchItem[]][]) {
  for (const lang of ['vi', 'en', 'all']) {
    const its = items.filter((i) => lang === 'all' || i.lang === lang);
    let ok = 0,
      wrong = 0,
      ins = 0,
      oos = 0,
      oosOk = 0;
    for (const it of its) {
      const o = await ask(it.q);
      const v = verdict(it, o);
      if (!it.inScope) {
        oos++;
        if (v === 'refused' || v === 'safety') oosOk++;
        else if (show && lang === 'all') console.log(`  OOS-ANS ${o.kind} ${o.faqId ?? o.topic} «${it.q}»`);
        continue;
      }
      ins++;
      const good = v === 'right' || v === 'topic-right';
      if (good) ok++;
      if (v === 'wrong') wrong++;
      if (!good && show && lang === 'all')
        console.log(
          `  MISS want ${it.expect.join('|') || 'topic ' + it.topic} got ${o.kind} ${o.faqId ?? o.topic ?? ''} «${it.q}»`,
        );
    }
    console.log(
      `${name.padEnd(5)} ${lang.padEnd(3)} ok ${((100 * ok) / ins).toFixed(1).padStart(5)} % wrong ${((100 * wrong) / ins).toFixed(1).padStart(4)} % oos ${((100 * oosOk) / oos).toFixed(1).padStart(5)} %  (${ins} in, ${oos} out)`,
    );
  }
}
