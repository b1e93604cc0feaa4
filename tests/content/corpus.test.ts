import { mkdtemp, cp, writeFile, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LESSONS_DIR, loadCorpus } from '../../bot/content/load-corpus';
import { parseYamlSource } from '../../bot/content/read-yaml';
import { checkCorpus } from '../../src/core/content/check-corpus';
import { checkAdvice } from '../../src/core/content/resolve-advice';

const program = parseYamlSource(
  `nationalPlatformUrl: https://binhdanhocvuso.gov.vn
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
    card: c1
    question: Q?
    correct: ${correct}
    options:
      - { text: A, explain: EA }
      - { text: B, explain: EB }
      - { text: C, explain: EC }
${[2, 3, 4, 5].map((n) => `  - { id: q${n}, card: c2, question: Q${n}?, correct: 0, options: [{ text: A, explain: E }, { text: B, explain: E }, { text: C, explain: E }] }`).join('\n')}
sources:
  - { site: example.gov.vn, title: "A page", date: 2026-11-02 }
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
    expect(lessons.filter((l) => l.lang === 'vi').length).toBeGreaterThanOrEqual(25);
  });
});

describe('checkCorpus finds what an author needs to fix', () => {
  it('accepts a well-formed pair', () => {
    expect(checkCorpus(program, [lesson('vi'), lesson('en')]).problems).toEqual([]);
  });
  it('names an unknown key with its line', () => {
    const { problems } = checkCorpus(program, [lesson('vi', 'colour: red\n'), lesson('en')]);
    expect(problems).toContainEqual({
      file: 'lessons/t/01-a/lesson.vi.yaml',
      line: 1,
      message: expect.stringContaining('colour'),
    });
  });
  it('reports an answer index out of range at its line', () => {
    const { problems } = checkCorpus(program, [lesson('vi', '', 5), lesson('en', '', 5)]);
    expect(problems[0]).toMatchObject({ line: 17, message: expect.stringContaining('out of range') });
  });
  it('reports a missing translation and a vi/en mismatch in the correct answer', () => {
    expect(checkCorpus(program, [lesson('vi')]).problems).toContainEqual(
      expect.objectContaining({ message: expect.stringContaining('no en translation') }),
    );
    const mismatch = checkCorpus(program, [lesson('vi', '', 0), lesson('en', '', 1)]).problems;
    expect(mismatch).toEqual([
      expect.objectContaining({
        file: 'lessons/t/01-a/lesson.en.yaml',
        line: 17,
        message: expect.stringContaining('q1 correct answer is 0 in vi but 1 in en'),
      }),
    ]);
  });
  it('reports duplicate ids and lessons missing from the program', () => {
    const dup = parseYamlSource(lessonText('vi').replace('id: c3', 'id: c1'), 'lessons/t/01-a/lesson.vi.yaml');
    expect(checkCorpus(program, [dup, lesson('en')]).problems).toContainEqual(
      expect.objectContaining({ message: 'cards.2.id: duplicate id "c1"' }),
    );
    const other = parseYamlSource(lessonText('vi').replace('id: a', 'id: b'), 'lessons/t/02-b/lesson.vi.yaml');
    expect(checkCorpus(program, [lesson('vi'), lesson('en'), other]).problems).toContainEqual(
      expect.objectContaining({ message: expect.stringContaining('"b" is not listed in track "t"') }),
    );
  });
});

describe('quiz cards, sources and shared advice', () => {
  const advice = checkAdvice([
    parseYamlSource(
      'id: fake-app-installed\nvi: { title: Lỡ cài, body: Tắt máy }\nen: { title: Installed, body: Switch off }\nsources: [{ site: a.vn, title: T, date: 2026-01 }]\n',
      'lessons/advice/fake-app-installed.yaml',
    ),
  ]).library;
  const withAdvice = (lang: string, ref: string) =>
    parseYamlSource(
      lessonText(lang).replace('- { id: c3, title: Three, body: Body }', `- { id: c3, icon: "🆘", advice: ${ref} }`),
      `lessons/t/01-a/lesson.${lang}.yaml`,
    );

  it('resolves an advice card into a plain card in the lesson language', () => {
    const { problems, lessons } = checkCorpus(
      program,
      [withAdvice('vi', 'fake-app-installed'), withAdvice('en', 'fake-app-installed')],
      advice,
    );
    expect(problems).toEqual([]);
    expect(lessons.find((l) => l.lang === 'en')!.cards[2]).toEqual({
      id: 'c3',
      icon: '🆘',
      title: 'Installed',
      body: 'Switch off',
    });
  });
  it('reports a broken advice reference with file and line', () => {
    const { problems } = checkCorpus(
      program,
      [withAdvice('vi', 'nope'), withAdvice('en', 'fake-app-installed')],
      advice,
    );
    expect(problems).toEqual([
      {
        file: 'lessons/t/01-a/lesson.vi.yaml',
        line: 12,
        message: expect.stringContaining('advice "nope" does not exist'),
      },
    ]);
  });
  it('rejects an advice file whose id is not its file name', () => {
    const bad = parseYamlSource(
      'id: other\nvi: { title: T, body: B }\nen: { title: T, body: B }\nsources: [{ site: a.vn, title: T, date: 2026-01 }]\n',
      'lessons/advice/fake.yaml',
    );
    expect(checkAdvice([bad]).problems).toEqual([
      expect.objectContaining({ line: 1, message: expect.stringContaining('must equal the file name') }),
    ]);
  });
  it('needs a card for every question, the same in vi and en', () => {
    const wrongCard = parseYamlSource(
      lessonText('vi').replace('card: c1', 'card: c9'),
      'lessons/t/01-a/lesson.vi.yaml',
    );
    expect(checkCorpus(program, [wrongCard, lesson('en')]).problems).toContainEqual(
      expect.objectContaining({ line: 15, message: expect.stringContaining('card "c9" is not a card of this lesson') }),
    );
    const otherCard = parseYamlSource(
      lessonText('en').replace('card: c1', 'card: c3'),
      'lessons/t/01-a/lesson.en.yaml',
    );
    expect(checkCorpus(program, [lesson('vi'), otherCard]).problems).toEqual([
      expect.objectContaining({ message: expect.stringContaining('q1 points to card "c1" in vi but "c3" in en') }),
    ]);
  });
  it('needs 5 or 6 questions and at least one dated source; warns about 2-option questions', () => {
    const four = parseYamlSource(lessonText('vi').replace(/^ {2}- \{ id: q5.*$/m, ''), 'lessons/t/01-a/lesson.vi.yaml');
    expect(checkCorpus(program, [four, lesson('en')]).problems).toContainEqual(
      expect.objectContaining({ message: 'quiz: a quiz has 5 or 6 questions' }),
    );
    const noSources = parseYamlSource(lessonText('vi').replace(/sources:\n.*\n/, ''), 'lessons/t/01-a/lesson.vi.yaml');
    expect(checkCorpus(program, [noSources, lesson('en')]).problems).toContainEqual(
      expect.objectContaining({ message: expect.stringContaining('sources') }),
    );
    const badDate = parseYamlSource(
      lessonText('vi').replace('date: 2026-11-02', 'date: 2026'),
      'lessons/t/01-a/lesson.vi.yaml',
    );
    expect(checkCorpus(program, [badDate, lesson('en')]).problems).toContainEqual(
      expect.objectContaining({ message: expect.stringContaining('YYYY-MM-DD') }),
    );
    const twoOptions = parseYamlSource(
      lessonText('vi').replace('      - { text: C, explain: EC }\n', ''),
      'lessons/t/01-a/lesson.vi.yaml',
    );
    expect(checkCorpus(program, [twoOptions, lesson('en')]).warnings).toEqual([
      expect.objectContaining({ message: expect.stringContaining('only 2 options') }),
    ]);
  });
});

describe('loadCorpus on a broken copy', () => {
  it('reports a YAML syntax error and a schema error from disk with file and line', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'hvs-lessons-'));
    await cp(LESSONS_DIR, path.join(dir, 'lessons'), { recursive: true });
    const file = path.join(dir, 'lessons/vneid/01-install/lesson.en.yaml');
    await writeFile(file, (await readFile(file, 'utf8')).replace(/^minutes: \d+/m, 'minutes: 9'));
    const { problems } = await loadCorpus(path.join(dir, 'lessons'));
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: 'lessons/vneid/01-install/lesson.en.yaml',
        message: expect.stringContaining('at most 5 minutes'),
      }),
    );
  });
});
