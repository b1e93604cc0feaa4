import { mkdtemp, cp, writeFile, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LESSONS_DIR, loadCorpus } from '../../bot/content/load-corpus';
import { parseYamlSource } from '../../bot/content/read-yaml';
import { checkCorpus } from '../../src/core/content/check-corpus';

const program = parseYamlSource(
  `passScore: 0.8
nationalPlatformUrl: https://binhdanhocvuso.gov.vn
tracks:
  - id: t
    icon: "x"
    title: { vi: "T", en: "T" }
    description: { vi: "D", en: "D" }
    lessons: [a]
required: [a]
`,
  'lessons/program.yaml',
);

const lessonText = (lang: string, extra = '', correct = 1) => `id: a
lang: ${lang}
version: 1
checked: 2026-11
minutes: 3
icon: "x"
title: Title ${lang}
summary: Summary
cards:
  - { id: c1, title: One, body: Body }
  - { id: c2, title: Two, body: Body }
  - { id: c3, title: Three, body: Body }
quiz:
  - id: q1
    question: Q?
    correct: ${correct}
    options:
      - { text: A, explain: EA }
      - { text: B, explain: EB }
  - { id: q2, question: Q2?, correct: 0, options: [{ text: A, explain: E }, { text: B, explain: E }] }
  - { id: q3, question: Q3?, correct: 0, options: [{ text: A, explain: E }, { text: B, explain: E }] }
${extra}`;

const lesson = (lang: string, extra?: string, correct?: number) =>
  parseYamlSource(lessonText(lang, extra, correct), `lessons/t/01-a/lesson.${lang}.yaml`);

describe('the shipped lesson corpus', () => {
  it('has no problems and covers the three tracks', async () => {
    const { problems, program: p, lessons } = await loadCorpus();
    expect(problems).toEqual([]);
    const count = (track: string) => p!.tracks.find((t) => t.id === track)!.lessons.length;
    expect(count('vneid')).toBeGreaterThanOrEqual(5);
    expect(count('smart-hp')).toBeGreaterThanOrEqual(3);
    expect(count('fraud')).toBeGreaterThanOrEqual(6);
    expect(lessons.filter((l) => l.lang === 'vi').length).toBeGreaterThanOrEqual(14);
  });
});

describe('checkCorpus finds what an author needs to fix', () => {
  it('accepts a well-formed pair', () => {
    expect(checkCorpus(program, [lesson('vi'), lesson('en')]).problems).toEqual([]);
  });
  it('names an unknown key with its line', () => {
    const { problems } = checkCorpus(program, [lesson('vi', 'colour: red\n'), lesson('en')]);
    expect(problems).toContainEqual({ file: 'lessons/t/01-a/lesson.vi.yaml', line: 1, message: expect.stringContaining('colour') });
  });
  it('reports an answer index out of range at its line', () => {
    const { problems } = checkCorpus(program, [lesson('vi', '', 5), lesson('en', '', 5)]);
    expect(problems[0]).toMatchObject({ line: 16, message: expect.stringContaining('out of range') });
  });
  it('reports a missing translation and a vi/en mismatch in the correct answer', () => {
    expect(checkCorpus(program, [lesson('vi')]).problems).toContainEqual(expect.objectContaining({ message: expect.stringContaining('no en translation') }));
    const mismatch = checkCorpus(program, [lesson('vi', '', 0), lesson('en', '', 1)]).problems;
    expect(mismatch).toEqual([expect.objectContaining({ file: 'lessons/t/01-a/lesson.en.yaml', line: 16, message: expect.stringContaining('q1 correct answer is 0 in vi but 1 in en') })]);
  });
  it('reports duplicate ids and lessons missing from the program', () => {
    const dup = parseYamlSource(lessonText('vi').replace('id: c2', 'id: c1'), 'lessons/t/01-a/lesson.vi.yaml');
    expect(checkCorpus(program, [dup, lesson('en')]).problems).toContainEqual(expect.objectContaining({ message: 'cards.1.id: duplicate id "c1"' }));
    const other = parseYamlSource(lessonText('vi').replace('id: a', 'id: b'), 'lessons/t/02-b/lesson.vi.yaml');
    expect(checkCorpus(program, [lesson('vi'), lesson('en'), other]).problems).toContainEqual(
      expect.objectContaining({ message: expect.stringContaining('"b" is not listed in track "t"') }),
    );
  });
});

describe('loadCorpus on a broken copy', () => {
  it('reports a YAML syntax error and a schema error from disk with file and line', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'hvs-lessons-'));
    await cp(LESSONS_DIR, path.join(dir, 'lessons'), { recursive: true });
    const file = path.join(dir, 'lessons/vneid/01-install/lesson.en.yaml');
    await writeFile(file, (await readFile(file, 'utf8')).replace(/^minutes: \d+/m, 'minutes: 9'));
    const { problems } = await loadCorpus(path.join(dir, 'lessons'));
    expect(problems).toContainEqual(expect.objectContaining({ file: 'lessons/vneid/01-install/lesson.en.yaml', message: expect.stringContaining('at most 5 minutes') }));
  });
});
