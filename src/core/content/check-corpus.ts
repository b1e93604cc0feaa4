import type { AdviceLibrary } from './advice-schema';
import { authoredLessonSchema, LANGS, programSchema, type Lesson, type Program } from './lesson-schema';
import { PRACTICE_LINK_UNIT } from '../practice/practice-track';
import { parseOrReport, type Problem, type SourceFile } from './problem';
import { brokenMessage, resolveLesson } from './resolve-advice';

export type { Problem, SourceFile } from './problem';

/** Lessons come back with advice references resolved; warnings are worth a look but do not fail the check. */
export type CorpusResult = {
  problems: Problem[];
  warnings: Problem[];
  program?: Program;
  lessons: Lesson[];
  located: { lesson: Lesson; src: SourceFile }[];
};

const LESSON_PATH = /(?:^|\/)lessons\/([a-z0-9-]+)\/(\d{2})-[a-z0-9-]+\/lesson\.([a-z]+)\.yaml$/;

/** Validates the program and every lesson (schema, ids, order, advice references, vi/en parity). Pure: the caller reads the files. */
export function checkCorpus(
  programSrc: SourceFile,
  lessonSrcs: SourceFile[],
  advice: AdviceLibrary = new Map(),
): CorpusResult {
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const program = parseOrReport(programSchema, programSrc, problems);

  const lessons: Lesson[] = [];
  const located: { lesson: Lesson; src: SourceFile }[] = [];
  const byId = new Map<string, Map<string, { lesson: Lesson; src: SourceFile }>>();
  // Lessons whose file exists but fails its checks: the program should not also call them missing.
  const invalidIds = new Set<string>();
  for (const src of lessonSrcs) {
    const authored = parseOrReport(authoredLessonSchema, src, problems);
    if (!authored) {
      const rawId = (src.data as { id?: unknown } | null)?.id;
      if (typeof rawId === 'string') invalidIds.add(rawId);
      continue;
    }
    const { lesson, broken } = resolveLesson(authored, advice);
    for (const ref of broken)
      problems.push({ file: src.file, line: src.lineOf(ref.path), message: brokenMessage(ref, advice) });
    lesson.quiz.forEach((q, i) => {
      if (q.options.length < 3)
        warnings.push({
          file: src.file,
          line: src.lineOf(['quiz', i, 'options']),
          message: `quiz.${i}.options: ${q.id} has only 2 options; 3 or 4 make guessing harder`,
        });
    });
    const m = LESSON_PATH.exec(src.file.replaceAll('\\', '/'));
    if (!m) {
      problems.push({ file: src.file, message: 'lesson files must be lessons/<track>/<nn-slug>/lesson.<vi|en>.yaml' });
      continue;
    }
    const [, track, nn, fileLang] = m;
    if (fileLang !== lesson.lang) {
      problems.push({
        file: src.file,
        line: src.lineOf(['lang']),
        message: `lang is "${lesson.lang}" but the file name says "${fileLang}"`,
      });
    }
    // A school link's events name the practice by this id where they name a lesson otherwise.
    if (lesson.id === PRACTICE_LINK_UNIT)
      problems.push({
        file: src.file,
        line: src.lineOf(['id']),
        message: `"${PRACTICE_LINK_UNIT}" is kept for the practice round; name the lesson otherwise`,
      });
    const perLang = byId.get(lesson.id) ?? new Map();
    if (perLang.has(lesson.lang)) {
      problems.push({
        file: src.file,
        line: src.lineOf(['id']),
        message: `duplicate lesson id "${lesson.id}" (also in ${perLang.get(lesson.lang).src.file})`,
      });
      continue;
    }
    perLang.set(lesson.lang, { lesson, src });
    byId.set(lesson.id, perLang);
    problems.push(...duplicateIds(src, lesson));
    if (program) problems.push(...placement(program, src, lesson, track, Number(nn)));
    lessons.push(lesson);
    located.push({ lesson, src });
  }

  for (const [lessonId, perLang] of byId) {
    for (const lang of LANGS) {
      if (!perLang.has(lang)) {
        const any = [...perLang.values()][0];
        problems.push({
          file: any.src.file,
          message: `lesson "${lessonId}" has no ${lang} translation (lesson.${lang}.yaml)`,
        });
      }
    }
    const vi = perLang.get('vi');
    const en = perLang.get('en');
    if (vi && en) problems.push(...parity(vi.lesson, en.lesson, en.src));
  }

  if (program) problems.push(...programReferences(programSrc, program, byId, invalidIds));
  return { problems, warnings, program, lessons, located };
}

function duplicateIds(src: SourceFile, lesson: Lesson): Problem[] {
  const out: Problem[] = [];
  for (const [key, items] of [
    ['cards', lesson.cards],
    ['quiz', lesson.quiz],
  ] as const) {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      if (seen.has(item.id))
        out.push({
          file: src.file,
          line: src.lineOf([key, i, 'id']),
          message: `${key}.${i}.id: duplicate id "${item.id}"`,
        });
      seen.add(item.id);
    });
  }
  return out;
}

function placement(program: Program, src: SourceFile, lesson: Lesson, track: string, nn: number): Problem[] {
  const t = program.tracks.find((x) => x.id === track);
  if (!t) return [{ file: src.file, message: `folder track "${track}" is not a track in program.yaml` }];
  const pos = t.lessons.indexOf(lesson.id);
  if (pos < 0)
    return [
      {
        file: src.file,
        line: src.lineOf(['id']),
        message: `lesson "${lesson.id}" is not listed in track "${track}" of program.yaml`,
      },
    ];
  if (pos + 1 !== nn) {
    const want = String(pos + 1).padStart(2, '0');
    return [
      {
        file: src.file,
        message: `folder number ${String(nn).padStart(2, '0')} does not match position ${want} in program.yaml`,
      },
    ];
  }
  return [];
}

function parity(vi: Lesson, en: Lesson, enSrc: SourceFile): Problem[] {
  const out: Problem[] = [];
  const at = (path: PropertyKey[], message: string) =>
    out.push({ file: enSrc.file, line: enSrc.lineOf(path), message: `vi/en mismatch: ${message}` });
  for (const key of ['version', 'minutes'] as const) {
    if (vi[key] !== en[key]) at([key], `${key} is ${vi[key]} in vi but ${en[key]} in en`);
  }
  const viCards = vi.cards.map((c) => c.id).join(', ');
  const enCards = en.cards.map((c) => c.id).join(', ');
  if (viCards !== enCards) at(['cards'], `card ids differ (vi: ${viCards}; en: ${enCards})`);
  const viQs = vi.quiz.map((q) => q.id).join(', ');
  const enQs = en.quiz.map((q) => q.id).join(', ');
  if (viQs !== enQs) at(['quiz'], `question ids differ (vi: ${viQs}; en: ${enQs})`);
  en.quiz.forEach((q, i) => {
    const v = vi.quiz.find((x) => x.id === q.id);
    if (!v) return;
    if (v.options.length !== q.options.length)
      at(['quiz', i, 'options'], `${q.id} has ${v.options.length} options in vi but ${q.options.length} in en`);
    if (v.correct !== q.correct)
      at(['quiz', i, 'correct'], `${q.id} correct answer is ${v.correct} in vi but ${q.correct} in en`);
    if (v.card !== q.card) at(['quiz', i, 'card'], `${q.id} points to card "${v.card}" in vi but "${q.card}" in en`);
  });
  return out;
}

function programReferences(
  src: SourceFile,
  program: Program,
  byId: Map<string, unknown>,
  invalidIds: ReadonlySet<string>,
): Problem[] {
  const out: Problem[] = [];
  const listed = new Set<string>();
  program.tracks.forEach((t, ti) =>
    t.lessons.forEach((lessonId, li) => {
      if (listed.has(lessonId))
        out.push({
          file: src.file,
          line: src.lineOf(['tracks', ti, 'lessons', li]),
          message: `lesson "${lessonId}" is listed twice`,
        });
      listed.add(lessonId);
      if (!byId.has(lessonId) && !invalidIds.has(lessonId))
        out.push({
          file: src.file,
          line: src.lineOf(['tracks', ti, 'lessons', li]),
          message: `lesson "${lessonId}" has no folder lessons/${t.id}/${String(li + 1).padStart(2, '0')}-<slug>/`,
        });
    }),
  );
  program.required.forEach((lessonId, i) => {
    if (!listed.has(lessonId))
      out.push({
        file: src.file,
        line: src.lineOf(['required', i]),
        message: `required lesson "${lessonId}" is not in any track`,
      });
  });
  for (const lessonId of byId.keys()) {
    if (!listed.has(lessonId))
      out.push({ file: src.file, message: `lesson "${lessonId}" has a folder but is not in any track` });
  }
  return out;
}
