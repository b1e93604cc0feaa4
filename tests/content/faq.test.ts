import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadFaq } from '../../bot/chatbot/load-faq';
import { CONCEPTS_FILE, LESSONS_DIR, loadCorpus } from '../../bot/content/load-corpus';
import { FAQ_TOPICS } from '../../src/core/content/faq-schema';
import { checkFaq } from '../../src/core/content/check-faq';
import { parseYamlSource, readYamlSource } from '../../bot/content/read-yaml';
import { foldVi, hasDiacritics } from '../../src/core/text/vietnamese';

const faqDir = path.join(LESSONS_DIR, 'faq');
/** A question as the bot's matching sees it: folded, punctuation gone; two questions equal here are the same question. */
const norm = (s: string) =>
  foldVi(s)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
const readSet = async <T>(file: string) =>
  (parse(await readFile(path.resolve(import.meta.dirname, '../bot', file), 'utf8')) as { items: T[] }).items;
const faqTexts = (faq: Awaited<ReturnType<typeof loadFaq>>) =>
  faq.flatMap((e) => [e.vi.question, ...e.vi.phrasings, e.en.question, ...e.en.phrasings]);
/** Whether a question repeats one of `others`, typed as is or folded. */
function sameAsAny(others: string[]) {
  const keys = new Set(others.flatMap((s) => [s.trim().toLowerCase(), norm(s)]));
  return (q: string) => keys.has(q.trim().toLowerCase()) || keys.has(norm(q));
}

describe('the FAQ corpus', () => {
  it('passes the checker and covers every topic with at least 100 entries', async () => {
    const files = await Promise.all(
      (await readdir(faqDir))
        .filter((f) => f.endsWith('.yaml') && f !== CONCEPTS_FILE)
        .map((f) => readYamlSource(path.join(faqDir, f), f)),
    );
    const { program, advice } = await loadCorpus();
    const { problems, entries } = checkFaq(files, new Set(program!.tracks.flatMap((t) => t.lessons)), advice);
    expect(problems).toEqual([]);
    expect(entries.length).toBeGreaterThanOrEqual(100);
    expect(new Set(entries.map((e) => e.topic))).toEqual(new Set(FAQ_TOPICS));
  });

  it('reports a missing lesson and a too-long answer with their lines', () => {
    const src = parseYamlSource(
      `entries:\n  - id: x\n    topic: vneid\n    lesson: nope\n    vi: { question: Q, phrasings: [a, b], answer: "${'từ '.repeat(81)}" }\n    en: { question: Q, phrasings: [a, b], answer: A }\n`,
      'lessons/faq/x.yaml',
    );
    expect(checkFaq([src], new Set()).problems).toEqual([
      expect.objectContaining({ line: 5, message: expect.stringContaining('at most 80 words') }),
    ]);
    const ok = parseYamlSource(
      `entries:\n  - id: x\n    topic: vneid\n    lesson: nope\n    vi: { question: Q, phrasings: [a, b], answer: A }\n    en: { question: Q, phrasings: [a, b], answer: A }\n`,
      'f.yaml',
    );
    expect(checkFaq([ok], new Set()).problems).toEqual([
      expect.objectContaining({ line: 4, message: 'x: lesson "nope" does not exist' }),
    ]);
  });

  it('answers with shared advice, and reports a broken or too long reference at its line', () => {
    const entry = (ref: string) =>
      parseYamlSource(
        `entries:\n  - id: x\n    topic: account-safety\n    vi: { question: Q, phrasings: [a, b], advice: ${ref} }\n    en: { question: Q, phrasings: [a, b], answer: A }\n`,
        'lessons/faq/x.yaml',
      );
    const side = (body: string) => ({ title: 'T', body });
    const advice = new Map([
      ['short', { id: 'short', vi: side('Tắt máy'), en: side('Off'), sources: [] }],
      ['long', { id: 'long', vi: side('từ '.repeat(81)), en: side('Off'), sources: [] }],
    ]);
    const ok = checkFaq([entry('short')], undefined, advice);
    expect(ok.problems).toEqual([]);
    expect(ok.entries[0].vi.answer).toBe('Tắt máy');
    expect(checkFaq([entry('nope')], undefined, advice).problems).toEqual([
      expect.objectContaining({ line: 4, message: expect.stringContaining('advice "nope" does not exist') }),
    ]);
    expect(checkFaq([entry('long')], undefined, advice).problems).toEqual([
      expect.objectContaining({ line: 4, message: expect.stringContaining('longer than 80 words') }),
    ]);
  });
});

describe('the development set for bench:bot', () => {
  it('is large, realistic and written apart from the FAQ phrasings', async () => {
    const items = await readSet<{ q: string; expect: string | null }>('dev-set.yaml');
    const faq = await loadFaq();
    const ids = new Set(faq.map((e) => e.id));
    expect(items.length).toBeGreaterThanOrEqual(200);
    expect(items.filter((i) => i.expect === null).length).toBeGreaterThanOrEqual(40);
    expect(items.filter((i) => !hasDiacritics(i.q)).length / items.length).toBeGreaterThanOrEqual(0.4);
    expect(items.filter((i) => i.expect && !ids.has(i.expect))).toEqual([]);
    const phrasings = new Set(faq.flatMap((e) => [e.vi.question, ...e.vi.phrasings].map(norm)));
    expect(items.filter((i) => phrasings.has(norm(i.q))).map((i) => i.q)).toEqual([]);
  });
});

type LabelledItem = {
  q: string;
  expect: string | string[] | null;
  scope: 'in' | 'out';
  topic: string | null;
  lang: 'vi' | 'en';
};

/**
 * The checks every set written blind and then labelled must pass. `mix` is the share it was written to (at least);
 * `outTopics` the topics an out-of-scope item may carry (dev-set-2 leaves it null, dev-set-3 notes the nearest one);
 * `earlier` the sets it must not repeat a question of.
 */
function describeLabelledSet(
  file: string,
  mix: { items: number; viNoDiacritics: number; en: number; out: number },
  outTopics: (string | null)[],
  earlier: string[],
) {
  describe(`${file} (written blind, then labelled) for bench:bot`, () => {
    it('keeps the mix it was written to: in Zalo words, English, out of scope', async () => {
      const items = await readSet<LabelledItem>(file);
      const share = (keep: (i: LabelledItem) => boolean) => items.filter(keep).length / items.length;
      expect(items.length).toBeGreaterThanOrEqual(mix.items);
      expect(share((i) => i.lang === 'vi' && !hasDiacritics(i.q))).toBeGreaterThanOrEqual(mix.viNoDiacritics);
      expect(share((i) => i.lang === 'en')).toBeGreaterThanOrEqual(mix.en);
      expect(share((i) => i.scope === 'out')).toBeGreaterThanOrEqual(mix.out);
    });

    it('labels with real entries: out of scope has no entry, a question no entry answers has its topic', async () => {
      const [items, faq] = [await readSet<LabelledItem>(file), await loadFaq()];
      const ids = new Set(faq.map((e) => e.id));
      const topics = new Set<string>(FAQ_TOPICS);
      expect(items.filter((i) => [i.expect ?? []].flat().some((id) => !ids.has(id))).map((i) => i.q)).toEqual([]);
      expect(
        items
          .filter((i) =>
            i.scope === 'out' ? i.expect !== null || !outTopics.includes(i.topic) : !topics.has(i.topic ?? ''),
          )
          .map((i) => i.q),
      ).toEqual([]);
    });

    it('shares no question with the FAQ phrasings or the earlier dev sets, typed as is or folded', async () => {
      const [items, faq] = [await readSet<LabelledItem>(file), await loadFaq()];
      const before = (await Promise.all(earlier.map((f) => readSet<{ q: string }>(f)))).flat().map((i) => i.q);
      const seen = sameAsAny([...before, ...faqTexts(faq)]);
      expect(items.filter((i) => seen(i.q)).map((i) => i.q)).toEqual([]);
    });
  });
}

describeLabelledSet(
  'dev-set-2.yaml',
  { items: 300, viNoDiacritics: 0.5, en: 0.17, out: 0.22 },
  [null],
  ['dev-set.yaml'],
);
describeLabelledSet(
  'dev-set-3.yaml',
  { items: 250, viNoDiacritics: 0.4, en: 0.17, out: 0.2 },
  ['none', ...FAQ_TOPICS],
  ['dev-set.yaml', 'dev-set-2.yaml'],
);

describe('the frozen blind set for bench:bot', () => {
  // Only counts are compared, so a failure never prints a blind question: nobody should read them to tune.
  it('shares no question with the FAQ phrasings or the dev sets, typed as is or folded', async () => {
    const read = async (f: string) => (await readSet<{ q: string }>(f)).map((i) => i.q);
    const [blind, dev, dev2, dev3, faq] = [
      await read('blind-set.yaml'),
      await read('dev-set.yaml'),
      await read('dev-set-2.yaml'),
      await read('dev-set-3.yaml'),
      await loadFaq(),
    ];
    expect(blind.length).toBeGreaterThanOrEqual(200);
    expect(blind.filter(sameAsAny([...dev, ...dev2, ...dev3, ...faqTexts(faq)])).length).toBe(0);
  });
});
