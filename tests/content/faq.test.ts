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

describe('the FAQ corpus', () => {
  it('passes the checker and covers every topic with at least 100 entries', async () => {
    const files = await Promise.all((await readdir(faqDir)).filter((f) => f.endsWith('.yaml') && f !== CONCEPTS_FILE).map((f) => readYamlSource(path.join(faqDir, f), f)));
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
    expect(checkFaq([src], new Set()).problems).toEqual([expect.objectContaining({ line: 5, message: expect.stringContaining('at most 80 words') })]);
    const ok = parseYamlSource(`entries:\n  - id: x\n    topic: vneid\n    lesson: nope\n    vi: { question: Q, phrasings: [a, b], answer: A }\n    en: { question: Q, phrasings: [a, b], answer: A }\n`, 'f.yaml');
    expect(checkFaq([ok], new Set()).problems).toEqual([expect.objectContaining({ line: 4, message: 'x: lesson "nope" does not exist' })]);
  });

  it('answers with shared advice, and reports a broken or too long reference at its line', () => {
    const entry = (ref: string) => parseYamlSource(`entries:\n  - id: x\n    topic: account-safety\n    vi: { question: Q, phrasings: [a, b], advice: ${ref} }\n    en: { question: Q, phrasings: [a, b], answer: A }\n`, 'lessons/faq/x.yaml');
    const side = (body: string) => ({ title: 'T', body });
    const advice = new Map([['short', { id: 'short', vi: side('Tắt máy'), en: side('Off'), sources: [] }], ['long', { id: 'long', vi: side('từ '.repeat(81)), en: side('Off'), sources: [] }]]);
    const ok = checkFaq([entry('short')], undefined, advice);
    expect(ok.problems).toEqual([]);
    expect(ok.entries[0].vi.answer).toBe('Tắt máy');
    expect(checkFaq([entry('nope')], undefined, advice).problems).toEqual([expect.objectContaining({ line: 4, message: expect.stringContaining('advice "nope" does not exist') })]);
    expect(checkFaq([entry('long')], undefined, advice).problems).toEqual([expect.objectContaining({ line: 4, message: expect.stringContaining('longer than 80 words') })]);
  });
});

describe('the development set for bench:bot', () => {
  it('is large, realistic and written apart from the FAQ phrasings', async () => {
    const items = (parse(await readFile(path.resolve(import.meta.dirname, '../bot/dev-set.yaml'), 'utf8')) as { items: { q: string; expect: string | null }[] }).items;
    const faq = await loadFaq();
    const ids = new Set(faq.map((e) => e.id));
    expect(items.length).toBeGreaterThanOrEqual(200);
    expect(items.filter((i) => i.expect === null).length).toBeGreaterThanOrEqual(40);
    expect(items.filter((i) => !hasDiacritics(i.q)).length / items.length).toBeGreaterThanOrEqual(0.4);
    expect(items.filter((i) => i.expect && !ids.has(i.expect))).toEqual([]);
    const norm = (s: string) => foldVi(s).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    const phrasings = new Set(faq.flatMap((e) => [e.vi.question, ...e.vi.phrasings].map(norm)));
    expect(items.filter((i) => phrasings.has(norm(i.q))).map((i) => i.q)).toEqual([]);
  });
});

describe('the frozen blind set for bench:bot', () => {
  // Only counts are compared, so a failure never prints a blind question: nobody should read them to tune.
  it('shares no question with the FAQ phrasings or the dev set, typed as is or folded', async () => {
    const read = async (f: string) => (parse(await readFile(path.resolve(import.meta.dirname, '../bot', f), 'utf8')) as { items: { q: string }[] }).items.map((i) => i.q);
    const [blind, dev, faq] = [await read('blind-set.yaml'), await read('dev-set.yaml'), await loadFaq()];
    const norm = (s: string) => foldVi(s).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    const known = new Set([...dev, ...faq.flatMap((e) => [e.vi.question, ...e.vi.phrasings, e.en.question, ...e.en.phrasings])].flatMap((s) => [s.trim().toLowerCase(), norm(s)]));
    expect(blind.length).toBeGreaterThanOrEqual(200);
    expect(blind.filter((q) => known.has(q.trim().toLowerCase()) || known.has(norm(q))).length).toBe(0);
  });
});
