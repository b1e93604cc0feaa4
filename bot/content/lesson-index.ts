import type { Lesson, Program } from '../../src/core/content/lesson-schema';
import { loadCorpus } from './load-corpus';

/** What the service needs to know about lessons: which exist, their current version, and which are required. */
export type LessonIndex = { program: Program; lessons: Map<string, { vi: Lesson; en: Lesson }>; required: string[] };

export async function loadLessonIndex(dir?: string): Promise<LessonIndex> {
  const { problems, program, lessons } = await loadCorpus(dir);
  if (problems.length || !program)
    throw new Error(`lesson content has ${problems.length} problem(s): run npm run check:lessons`);
  const map = new Map<string, { vi: Lesson; en: Lesson }>();
  for (const l of lessons.filter((x) => x.lang === 'vi')) {
    const en = lessons.find((x) => x.id === l.id && x.lang === 'en');
    if (en) map.set(l.id, { vi: l, en });
  }
  return { program, lessons: map, required: program.required };
}
