import type { Lang, Lesson, Localized, Program } from './lesson-schema';

/** What the program screen needs about a lesson, without its cards and quiz (those load on demand). */
export type LessonMeta = {
  id: string;
  track: string;
  version: number;
  minutes: number;
  icon: string;
  title: Localized;
  summary: Localized;
  required: boolean;
};

export type LessonBody = Record<Lang, Lesson>;

export type Catalog = { program: Program; lessons: LessonMeta[] };

/** Builds the light catalog (program + lesson metadata) from the full, already validated corpus. */
export function buildCatalog(program: Program, lessons: Lesson[]): Catalog {
  const find = (id: string, lang: Lang) => lessons.find((l) => l.id === id && l.lang === lang);
  const metas: LessonMeta[] = [];
  for (const track of program.tracks) {
    for (const id of track.lessons) {
      const vi = find(id, 'vi');
      const en = find(id, 'en');
      if (!vi || !en) continue;
      metas.push({
        id,
        track: track.id,
        version: vi.version,
        minutes: vi.minutes,
        icon: vi.icon,
        title: { vi: vi.title, en: en.title },
        summary: { vi: vi.summary, en: en.summary },
        required: program.required.includes(id),
      });
    }
  }
  return { program, lessons: metas };
}

/** Lesson ids in program order. */
export const lessonOrder = (c: Catalog) => c.lessons.map((l) => l.id);
