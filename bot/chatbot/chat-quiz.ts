import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Lang, Lesson } from '../../src/core/content/lesson-schema';
import { cardsToReread, gradeQuiz } from '../../src/core/quiz/grade-quiz';
import { rightNeeded } from '../../src/core/quiz/pass-rule';
import { newSession, tapOption } from '../../src/core/quiz/quiz-session';
import { shuffleQuiz, type RandomSource } from '../../src/core/quiz/shuffle';
import { contentWords } from '../../src/core/faq/faq-terms';
import type { LessonIndex } from '../content/lesson-index';
import type { Db } from '../db/open-database';
import { ServiceError } from '../../src/core/api/outcomes';
import type { Completions } from '../services/completions/completions';
import type { BotButton, BotReply } from './types';
import { unmatchedReply } from './unmatched-reply';
import type { TFunction } from 'i18next';

const PAYLOAD = /^quiz:([a-z0-9-]+):(\d+):(\d+)$/;

export type ChatQuizDeps = {
  db: Db;
  lessons: LessonIndex;
  completions: Completions;
  /** Draws each attempt's option order; tests pass a seeded one. */
  random?: RandomSource;
};

/** A lesson's quiz, question by question, inside a chat. State is in the database so any instance can continue it. */
export function createChatQuiz(deps: ChatQuizDeps) {
  const reply = (kind: BotReply['kind'], text: string, buttons: BotButton[] = [], lessonId?: string): BotReply =>
    unmatchedReply(kind, text, { buttons, lessonId });

  function findLesson(name: string): Lesson['id'] | undefined {
    const want = new Set(contentWords(name));
    if (!want.size) return undefined;
    let best: { id: string; score: number } | undefined;
    for (const [id, l] of deps.lessons.lessons) {
      const words = new Set([...contentWords(l.vi.title), ...contentWords(l.en.title), ...id.split('-')]);
      const score = [...want].filter((w) => words.has(w)).length / want.size;
      if (score > (best?.score ?? 0)) best = { id, score };
    }
    return best && best.score >= 0.5 ? best.id : undefined;
  }

  // Buttons follow the attempt's shuffled order (letters by position), but each payload names the AUTHORED option
  // index: grading, explanations and stored answers never depend on the order a resident saw.
  function questionReply(
    lesson: Lesson,
    q: number,
    tapped: number[],
    order: number[] | undefined,
    prefix: string,
    t: TFunction,
  ): BotReply {
    const question = lesson.quiz[q];
    const shown = order?.length === question.options.length ? order : question.options.map((_, i) => i);
    const buttons: BotButton[] = shown
      .map((i, pos) => ({ o: question.options[i], i, letter: String.fromCharCode(65 + pos) }))
      .filter(({ i }) => !tapped.includes(i))
      .map(({ o, i, letter }) => ({
        kind: 'query',
        payload: `quiz:${lesson.id}:${q}:${i}`,
        title: `${letter}. ${o.text}`,
      }));
    const text = `${prefix}${prefix ? '\n\n' : ''}${t('quiz.question', { n: q + 1, total: lesson.quiz.length, question: question.question })}`;
    return reply('quiz', text, buttons, lesson.id);
  }

  function lessonChoices(lang: Lang): BotButton[] {
    return deps.lessons.required.slice(0, 5).map((id) => ({
      kind: 'query',
      payload: `học bài ${deps.lessons.lessons.get(id)![lang].title}`,
      title: deps.lessons.lessons.get(id)![lang].title,
    }));
  }

  return {
    isAnswer: (text: string) => PAYLOAD.test(text.trim()),

    async start(userKey: string, name: string, lang: Lang, t: TFunction): Promise<BotReply> {
      const id = name.trim() ? findLesson(name) : undefined;
      if (!id)
        return reply(
          'quiz',
          name.trim() ? t('quiz.notFound', { name: name.trim() }) : t('quiz.which'),
          lessonChoices(lang),
        );
      const lesson = deps.lessons.lessons.get(id)![lang];
      const session = newSession(lesson.quiz.length);
      // vi and en share option counts (check:lessons), so one order serves a resident who switches language.
      const order = shuffleQuiz(lesson.quiz, deps.random);
      const values = {
        lesson_id: id,
        question: 0,
        taps: JSON.stringify(session.taps),
        option_order: JSON.stringify(order),
      };
      await deps.db
        .insertInto('bot_quiz_sessions')
        .values({ user_key: userKey, ...values })
        .onConflict((oc) => oc.column('user_key').doUpdateSet({ ...values, updated_at: sql`now()` }))
        .execute();
      const count = lesson.quiz.length;
      return questionReply(
        lesson,
        0,
        [],
        order[0],
        t('quiz.start', { title: lesson.title, count, needed: rightNeeded(count) }),
        t,
      );
    },

    async answer(
      userKey: string,
      payload: string,
      memberId: string | undefined,
      lang: Lang,
      t: TFunction,
    ): Promise<BotReply> {
      const [, lessonId, qs, os] = PAYLOAD.exec(payload.trim())!;
      const row = await deps.db
        .selectFrom('bot_quiz_sessions')
        .selectAll()
        .where('user_key', '=', userKey)
        .executeTakeFirst();
      const lesson = deps.lessons.lessons.get(lessonId)?.[lang];
      if (!row || !lesson || row.lesson_id !== lessonId || row.question !== Number(qs))
        return reply('quiz', t('quiz.stale'), lessonChoices(lang));
      const q = Number(qs);
      const taps = typeof row.taps === 'string' ? (JSON.parse(row.taps) as number[][]) : row.taps;
      const order =
        typeof row.option_order === 'string' ? (JSON.parse(row.option_order) as number[][]) : row.option_order;
      const { session, outcome } = tapOption({ taps }, lesson.quiz, q, Number(os));
      if (outcome.kind === 'ignored') return questionReply(lesson, q, taps[q], order[q], '', t);
      const explain = lesson.quiz[q].options[Number(os)].explain;
      if (outcome.kind === 'wrong') {
        await deps.db
          .updateTable('bot_quiz_sessions')
          .set({ taps: JSON.stringify(session.taps), updated_at: sql`now()` })
          .where('user_key', '=', userKey)
          .execute();
        return questionReply(lesson, q, session.taps[q], order[q], t('quiz.wrong', { explain }), t);
      }
      if (q + 1 < lesson.quiz.length) {
        await deps.db
          .updateTable('bot_quiz_sessions')
          .set({ question: q + 1, taps: JSON.stringify(session.taps), updated_at: sql`now()` })
          .where('user_key', '=', userKey)
          .execute();
        return questionReply(lesson, q + 1, [], order[q + 1], t('quiz.right', { explain }), t);
      }
      await deps.db.deleteFrom('bot_quiz_sessions').where('user_key', '=', userKey).execute();
      const result = gradeQuiz(session, lesson.quiz);
      if (result.kind !== 'graded') return reply('quiz', t('quiz.stale'));
      const summary = { title: lesson.title, correct: result.correctFirstTry, total: result.total };
      // Name the exact cards to read again (the card each missed question points to), one a line.
      const reread = cardsToReread(lesson.cards, lesson.quiz, result.review).map(
        (id) => `• ${lesson.cards.find((c) => c.id === id)!.title}`,
      );
      const rereadText = reread.length ? `\n\n${t('quiz.reread')}\n${reread.join('\n')}` : '';
      if (!result.passed)
        return reply(
          'quiz',
          `${t('quiz.right', { explain })}\n\n${t('quiz.failed', summary)}${rereadText}`,
          [
            { kind: 'lesson', lessonId, title: lesson.title },
            { kind: 'query', payload: `học bài ${lesson.title}`, title: t('quiz.retake') },
          ],
          lessonId,
        );
      const recorded = memberId ? await this.record(memberId, lessonId, result.score) : false;
      const text = [
        t('quiz.right', { explain }),
        t('quiz.passed', summary) + rereadText,
        recorded ? t('quiz.recorded') : t('quiz.notLinked'),
      ].join('\n\n');
      return reply('quiz', text, [{ kind: 'lesson', lessonId, title: lesson.title }], lessonId);
    },

    /** A pass in chat counts for the household through the same service as the app (source "bot"). */
    async record(memberId: string, lessonId: string, score: number): Promise<boolean> {
      const version = deps.lessons.lessons.get(lessonId)!.vi.version;
      try {
        await deps.completions.record(
          { source: 'bot', memberId },
          { id: randomUUID(), lessonId, lessonVersion: version, score, completedAt: new Date().toISOString() },
        );
        return true;
      } catch (err) {
        if (err instanceof ServiceError) return false; // no consent or no household yet: the chat says how to link
        throw err;
      }
    },
  };
}

export type ChatQuiz = ReturnType<typeof createChatQuiz>;
