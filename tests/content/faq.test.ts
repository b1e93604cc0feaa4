import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadFaq } from '../../bot/bot/load-faq';
import { LESSONS_DIR } from '../../bot/content/load-corpus';
import { checkFaq } from '../../src/core/content/check-faq';
import { parseYamlSource, readYamlSource } from '../../bot/content/read-yaml';
import { foldVi, hasDiacritics } from '../../src/core/text/vietnamese';

const faqDir = path.join(LESSONS_DIR, 'faq');

describe('the FAQ corpus', () => {
  it('passes the checker and covers every topic with at least 100 entries', async () => {
    const files = await Promise.all((await readdir(faqDir)).filter((f) => f.endsWith('.yaml')).map((f) => readYamlSource(path.join(faqDir, f), f)));
    const lessonIds = new Set(['vneid-install', 'vneid-levels', 'vneid-fix-problems', 'vneid-documents', 'vneid-stay-report', 'smarthp-intro', 'smarthp-report', 'smarthp-follow', 'fraud-fake-police', 'fraud-bank-sms', 'fraud-fake-evn', 'fraud-jobs-invest', 'fraud-deepfake', 'fraud-parcel-qr', 'fraud-after-scam']);
    const { problems, entries } = checkFaq(files, lessonIds);
    expect(problems).toEqual([]);
    expect(entries.length).toBeGreaterThanOrEqual(100);
    expect(new Set(entries.map((e) => e.topic))).toEqual(new Set(['vneid', 'smart-hp', 'fraud', 'app', 'movement']));
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
