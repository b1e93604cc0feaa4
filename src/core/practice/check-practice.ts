import type { Lesson } from '../content/lesson-schema';
import { zodProblems, type Problem, type SourceFile } from '../content/problem';
import { checkPool } from './practice-pool';
import { actionRepeats, isOneSentence } from './practice-safety';
import { practiceItemSchema, type PracticeItem, type PracticeSide } from './practice-schema';

/** The sender line: a clue may point at it without it being a part. */
export const FROM = 'from';

/** Lesson id to its card ids: what `teaches` may point at. */
export type LessonCards = ReadonlyMap<string, ReadonlySet<string>>;

/** Card ids per lesson, from checked lessons (vi and en have the same card ids, the corpus check makes sure). */
export function lessonCards(lessons: readonly Lesson[]): LessonCards {
  return new Map(lessons.map((l) => [l.id, new Set(l.cards.map((c) => c.id))]));
}

/** lessons/practice/sms-bank-link.yaml → sms-bank-link */
const fileId = (file: string) => /([^/\\]+)\.ya?ml$/.exec(file)?.[1] ?? file;

type At = (path: PropertyKey[], message: string) => void;

// One language: part ids unique (and never "from", which names the sender), every clue points at something shown and
// says why in one sentence, and the action never sends the resident to a link or number the item showed.
function checkSide(side: PracticeSide, lang: 'vi' | 'en', at: At) {
  const seen = new Set<string>();
  side.parts.forEach((p, i) => {
    if (p.id === FROM)
      at([lang, 'parts', i, 'id'], `part id "${FROM}" is kept for the sender line; name the part otherwise`);
    else if (seen.has(p.id)) at([lang, 'parts', i, 'id'], `duplicate part id "${p.id}"`);
    seen.add(p.id);
  });
  side.clues.forEach((c, i) => {
    if (c.part !== FROM && !seen.has(c.part))
      at(
        [lang, 'clues', i, 'part'],
        `clue points at "${c.part}", which is neither "${FROM}" nor a part id (${[...seen].join(', ')})`,
      );
    if (!isOneSentence(c.why))
      at([lang, 'clues', i, 'why'], 'why: say it in one sentence (the screen shows it beside the part)');
  });
  for (const r of actionRepeats(side))
    at(
      [lang, 'action'],
      `action repeats "${r}" from the item: send the resident to what they find themselves (the number on the card or bill, the app from the store), never to what the message gave`,
    );
}

// vi and en show the same thing: the screen highlights clue parts by id, so both must have them in the same order.
function checkParity(item: PracticeItem, at: At) {
  const parts = (s: PracticeSide) => s.parts.map((p) => `${p.id} (${p.role})`).join(', ');
  if (parts(item.vi) !== parts(item.en))
    at(['en', 'parts'], `vi/en mismatch: parts differ (vi: ${parts(item.vi)}; en: ${parts(item.en)})`);
  const clues = (s: PracticeSide) => s.clues.map((c) => c.part).join(', ');
  if (clues(item.vi) !== clues(item.en))
    at(['en', 'clues'], `vi/en mismatch: clue parts differ (vi: ${clues(item.vi)}; en: ${clues(item.en)})`);
  if (Boolean(item.vi.subtitle) !== Boolean(item.en.subtitle))
    at(['en', 'subtitle'], 'vi/en mismatch: a subtitle in one language only');
}

function checkTeaches(item: PracticeItem, cards: LessonCards, at: At) {
  const { lesson, card } = item.teaches;
  const lessonCardIds = cards.get(lesson);
  if (!lessonCardIds) at(['teaches', 'lesson'], `lesson "${lesson}" does not exist`);
  else if (!lessonCardIds.has(card))
    at(['teaches', 'card'], `lesson "${lesson}" has no card "${card}" (cards: ${[...lessonCardIds].join(', ')})`);
}

/** Checks one practice file: schema, id = file name, parts and clues, vi/en parity, the lesson card it teaches. */
export function checkPracticeItem(src: SourceFile, cards: LessonCards): { problems: Problem[]; item?: PracticeItem } {
  const parsed = practiceItemSchema.safeParse(src.data);
  if (!parsed.success) return { problems: zodProblems(src, parsed.error) };
  const item = parsed.data;
  const problems: Problem[] = [];
  const at: At = (path, message) => problems.push({ file: src.file, line: src.lineOf(path), message });
  if (item.id !== fileId(src.file))
    at(['id'], `id is "${item.id}" but the file is named "${fileId(src.file)}": they must be the same`);
  checkSide(item.vi, 'vi', at);
  checkSide(item.en, 'en', at);
  checkParity(item, at);
  checkTeaches(item, cards, at);
  return { problems, item: problems.length ? undefined : item };
}

/**
 * Checks every practice file, then the pool as a whole (size, genuine share, kinds). Returns the items that passed,
 * the item problems, the pool problems apart (the caller decides how they count), and the figures to print.
 */
export function checkPractice(
  srcs: readonly SourceFile[],
  cards: LessonCards,
  dir = 'lessons/practice',
): { problems: Problem[]; pool: Problem[]; items: PracticeItem[]; figures: string[] } {
  const problems: Problem[] = [];
  const items: PracticeItem[] = [];
  for (const src of srcs) {
    const r = checkPracticeItem(src, cards);
    problems.push(...r.problems);
    if (r.item) items.push(r.item);
  }
  // Balance is judged once every item passes: a broken file would otherwise also read as "too few items".
  const pool = checkPool(items, dir);
  return { problems, pool: problems.length ? [] : pool.problems, items, figures: pool.figures };
}
