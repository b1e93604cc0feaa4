import { LANGS, type Lang } from './fields';
import type { Lesson } from './lesson-schema';
import type { Problem } from './problem';
import { isPass } from '../quiz/pass-rule';

/** Share of questions, corpus-wide, whose right answer may be the longest option before the quiz is guessable. */
export const MAX_LONGEST_SHARE = 0.35;

type Located = { lesson: Lesson; file: string };
type Q = Lesson['quiz'][number];

const len = (s: string) => s.normalize('NFC').trim().length;
const longestIndexes = (q: Q) => {
  const lengths = q.options.map((o) => len(o.text));
  const max = Math.max(...lengths);
  return lengths.flatMap((l, i) => (l === max ? [i] : []));
};

/** Whether the right answer is the longest option; a tie counts, since a guesser picking "a longest" may hit it. */
export const rightIsLongest = (q: Q) => longestIndexes(q).includes(q.correct);

/** The blind guess "always the last of four options, else the longest" (a tie for longest counts as a hit). */
export const blindGuessHits = (q: Q) => (q.options.length === 4 ? q.correct === 3 : rightIsLongest(q));

/** Share of questions in one language whose right answer is the longest option. */
export function longestShare(lessons: readonly Lesson[], lang: Lang): { hits: number; total: number; share: number } {
  const qs = lessons.filter((l) => l.lang === lang).flatMap((l) => l.quiz);
  const hits = qs.filter(rightIsLongest).length;
  return { hits, total: qs.length, share: qs.length ? hits / qs.length : 0 };
}

const pct = (x: number) => `${Math.round(x * 1000) / 10} %`;

/** Quiz rules over the whole corpus, on the authored order: the longest-answer share and the blind-guess rule. */
export function checkQuizRules(lessons: readonly Located[]): { problems: Problem[]; figures: string[] } {
  const problems: Problem[] = [];
  const figures: string[] = [];
  for (const lang of LANGS) {
    const { hits, total, share } = longestShare(
      lessons.map((l) => l.lesson),
      lang,
    );
    if (!total) continue;
    const figure = `${lang}: the right answer is the longest option (ties count) in ${hits} of ${total} questions (${pct(share)}; at most ${pct(MAX_LONGEST_SHARE)})`;
    figures.push(figure);
    if (share > MAX_LONGEST_SHARE) {
      const worst = lessons
        .filter((l) => l.lesson.lang === lang)
        .map((l) => ({ file: l.file, n: l.lesson.quiz.filter(rightIsLongest).length }))
        .filter((x) => x.n > 0)
        .sort((a, b) => b.n - a.n)
        .slice(0, 5)
        .map((x) => `${x.file} (${x.n})`);
      problems.push({
        file: 'lessons',
        message: `${figure}: make wrong options as long as the right one. Most such questions: ${worst.join(', ')}`,
      });
    }
  }
  for (const { lesson, file } of lessons) {
    const right = lesson.quiz.filter(blindGuessHits).length;
    if (isPass(right, lesson.quiz.length)) {
      const hit = lesson.quiz
        .filter(blindGuessHits)
        .map((q) => q.id)
        .join(', ');
      problems.push({
        file,
        message: `quiz: a resident who always picks the last of four options, else the longest, passes without reading (${right} of ${lesson.quiz.length} right: ${hit}); move right answers or lengthen wrong options`,
      });
    }
  }
  return { problems, figures };
}
