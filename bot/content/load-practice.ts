import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Problem } from '../../src/core/content/problem';
import type { Lesson } from '../../src/core/content/lesson-schema';
import { checkPractice, lessonCards } from '../../src/core/practice/check-practice';
import type { PracticeItem } from '../../src/core/practice/practice-schema';
import { LESSONS_DIR, loadCorpus } from './load-corpus';
import { readYamlSource, type YamlSource } from './read-yaml';

/** Folder of the "Thật hay lừa?" items, one YAML file an item. */
export const PRACTICE_FOLDER = 'practice';

export type PracticeResult = { problems: Problem[]; pool: Problem[]; items: PracticeItem[]; figures: string[] };

/** Reads lessons/practice/*.yaml keeping line positions; paths are shown relative to the repository. */
export async function practiceSources(dir = LESSONS_DIR): Promise<YamlSource[]> {
  const folder = path.join(dir, PRACTICE_FOLDER);
  const names = (await readdir(folder).catch(() => [] as string[])).filter((f) => /\.ya?ml$/.test(f)).sort();
  return Promise.all(
    names.map((f) => readYamlSource(path.join(folder, f), path.relative(path.dirname(dir), path.join(folder, f)))),
  );
}

/**
 * Reads and checks every practice item. `lessons` are the checked lessons the items' `teaches` must point into;
 * without them the lesson corpus is read too (the bot and the app build call it that way).
 */
export async function loadPractice(dir = LESSONS_DIR, lessons?: readonly Lesson[]): Promise<PracticeResult> {
  const srcs = await practiceSources(dir);
  const known = lessons ?? (await loadCorpus(dir)).lessons;
  const yamlProblems = srcs.flatMap((s) =>
    s.yamlErrors.map((message) => ({ file: s.file, message: `YAML ${message}` })),
  );
  const result = checkPractice(
    srcs,
    lessonCards(known),
    path.relative(path.dirname(dir), path.join(dir, PRACTICE_FOLDER)),
  );
  return { ...result, problems: [...yamlProblems, ...result.problems] };
}

/**
 * The items for the screens and the bot: throws when the content has problems, like loadLessonIndex. The service
 * passes the lessons it has already loaded, so start-up reads the lesson corpus once, not twice.
 */
export async function loadPracticeItems(dir?: string, lessons?: readonly Lesson[]): Promise<PracticeItem[]> {
  const { problems, pool, items } = await loadPractice(dir, lessons);
  if (problems.length + pool.length)
    throw new Error(`practice content has ${problems.length + pool.length} problem(s): run npm run check:lessons`);
  return items;
}
