import type { FaqEntry } from '../../src/core/content/faq-schema';
import type { Lang } from '../../src/core/content/lesson-schema';
import { decide, DEFAULT_THRESHOLDS, type Thresholds } from '../../src/core/faq/answer-policy';
import { createFaqIndex, type FaqHit } from '../../src/core/faq/faq-index';
import { findSensitive } from '../../src/core/text/sensitive';
import type { LessonIndex } from '../content/lesson-index';
import type { createBotText } from './bot-text';
import type { BotButton, BotReply } from './types';

export type KnowledgeBase = (question: string, lang: Lang) => Promise<{ answer: string; score: number } | undefined>;

/** The lesson that teaches how to refuse anyone asking for codes: where the safety warning points. */
export const SAFETY_LESSON = 'fraud-fake-police';

/**
 * Answers one question from the FAQ: safety first, then retrieval and the answer policy. No storage, no state:
 * the CLI, the benchmark and every chat channel use exactly this.
 */
export function createFaqAnswerer(opts: {
  faq: FaqEntry[];
  lessons: LessonIndex;
  text: Awaited<ReturnType<typeof createBotText>>;
  thresholds?: Thresholds;
  knowledgeBase?: KnowledgeBase;
}) {
  const byId = new Map(opts.faq.map((e) => [e.id, e]));
  const indexes = { vi: createFaqIndex(opts.faq, 'vi'), en: createFaqIndex(opts.faq, 'en') };
  const thresholds = opts.thresholds ?? DEFAULT_THRESHOLDS;
  const lessonTitle = (id: string, lang: Lang) => opts.lessons.lessons.get(id)?.[lang].title;

  const base = (kind: BotReply['kind'], text: string, extra: Partial<BotReply> = {}): BotReply => ({ kind, text, buttons: [], matched: false, confidence: 0, suggestions: [], ...extra });
  const handoff = (lang: Lang): BotButton => ({ kind: 'handoff', title: opts.text(lang)('handoffButton') });
  const suggestions = (hits: FaqHit[], lang: Lang) => hits.map((h) => ({ faqId: h.faqId, question: byId.get(h.faqId)![lang].question }));

  return {
    /** The safety guard on its own, for channels that must decide whether a message may be stored. */
    sensitive: findSensitive,

    async answer(question: string, lang: Lang = 'vi'): Promise<BotReply> {
      const t = opts.text(lang);
      const secrets = findSensitive(question);
      if (secrets.length) {
        const what = secrets.map((s) => t(`sensitive.${s}`)).join(', ');
        const title = lessonTitle(SAFETY_LESSON, lang) ?? SAFETY_LESSON;
        return base('safety', t('safety', { what }), { lessonId: SAFETY_LESSON, buttons: [{ kind: 'lesson', lessonId: SAFETY_LESSON, title: t('learnMore', { title }) }] });
      }
      const hits = indexes[lang].query(question, 3);
      const d = decide(hits, thresholds);
      if (d.kind === 'answer') {
        const e = byId.get(d.hit.faqId)!;
        const buttons: BotButton[] = [];
        const title = e.lesson && lessonTitle(e.lesson, lang);
        if (e.lesson && title) buttons.push({ kind: 'lesson', lessonId: e.lesson, title: t('learnMore', { title }) });
        buttons.push(handoff(lang));
        return base('answer', e[lang].answer, { matched: true, faqId: e.id, lessonId: e.lesson, confidence: d.hit.confidence, buttons, suggestions: suggestions(hits.slice(1), lang) });
      }
      if (d.kind === 'clarify') {
        const buttons: BotButton[] = d.hits.map((h) => ({ kind: 'query', payload: byId.get(h.faqId)![lang].question, title: byId.get(h.faqId)![lang].question }));
        return base('clarify', t('clarify'), { confidence: d.hits[0].confidence, buttons: [...buttons, handoff(lang)], suggestions: suggestions(d.hits, lang) });
      }
      // Before admitting we do not know, the Botpress knowledge base (when configured) gets a say.
      const kb = d.kind === 'unknown' && opts.knowledgeBase ? await opts.knowledgeBase(question, lang) : undefined;
      if (kb) return base('answer', kb.answer, { matched: true, confidence: kb.score, buttons: [handoff(lang)] });
      const best = d.best ? [d.best] : [];
      return base(d.kind, t(d.kind === 'unknown' ? 'unknown' : 'outOfScope'), { confidence: d.best?.confidence ?? 0, buttons: [handoff(lang)], suggestions: suggestions(best, lang) });
    },
  };
}

export type FaqAnswerer = ReturnType<typeof createFaqAnswerer>;
