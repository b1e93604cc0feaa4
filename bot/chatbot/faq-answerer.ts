import type { Concept } from '../../src/core/content/concept-schema';
import type { FaqEntry, FaqTopic } from '../../src/core/content/faq-schema';
import type { Lang } from '../../src/core/content/lesson-schema';
import { decide, DEFAULT_THRESHOLDS, type Thresholds } from '../../src/core/faq/answer-policy';
import { compileConcepts } from '../../src/core/faq/concepts';
import { createFaqIndex, type FaqHit } from '../../src/core/faq/faq-index';
import { pickTopic } from '../../src/core/faq/pick-topic';
import { createTopicModel } from '../../src/core/faq/topic-model';
import { detectLang } from '../../src/core/text/detect-lang';
import { findSensitive } from '../../src/core/text/sensitive';
import type { LessonIndex } from '../content/lesson-index';
import type { createBotText } from './bot-text';
import { safetyReply } from './safety-reply';
import type { BotButton, BotReply } from './types';
import { unmatchedReply } from './unmatched-reply';

export type KnowledgeBase = (question: string, lang: Lang) => Promise<{ answer: string; score: number } | undefined>;

/** Closest entries offered under a topic fallback: two or three, so the buttons stay readable at large text. */
const CLOSEST = 3;

/**
 * Answers one question from the FAQ: safety first, then retrieval with the concept layer and the answer policy; when
 * no entry is confident but the question is about our topics, a short topic-level answer with the closest entries.
 * No storage, no state: the CLI, the benchmark and every chat channel use exactly this.
 */
export function createFaqAnswerer(opts: {
  faq: FaqEntry[];
  lessons: LessonIndex;
  text: Awaited<ReturnType<typeof createBotText>>;
  concepts?: Concept[];
  thresholds?: Thresholds;
  knowledgeBase?: KnowledgeBase;
}) {
  const byId = new Map(opts.faq.map((e) => [e.id, e]));
  const concepts = compileConcepts(opts.concepts ?? []);
  const indexes = { vi: createFaqIndex(opts.faq, 'vi', concepts), en: createFaqIndex(opts.faq, 'en', concepts) };
  const thresholds = opts.thresholds ?? DEFAULT_THRESHOLDS;
  const topicModel = createTopicModel(opts.faq, concepts);
  const lessonTitle = (id: string, lang: Lang) => opts.lessons.lessons.get(id)?.[lang].title;

  const handoff = (lang: Lang): BotButton => ({ kind: 'handoff', title: opts.text(lang)('handoffButton') });
  const suggestions = (hits: FaqHit[], lang: Lang) =>
    hits.map((h) => ({ faqId: h.faqId, question: byId.get(h.faqId)![lang].question }));
  const topicOf = (h: FaqHit) => byId.get(h.faqId)!.topic;

  return {
    /** The safety guard on its own, for channels that must decide whether a message may be stored. */
    sensitive: findSensitive,

    /** `lang` forces the reply's language (the CLI's --en); otherwise the message's own language is used. */
    async answer(question: string, forced?: Lang): Promise<BotReply> {
      const lang = forced ?? detectLang(question);
      const t = opts.text(lang);
      const base = (kind: BotReply['kind'], text: string, extra: Partial<BotReply> = {}): BotReply =>
        unmatchedReply(kind, text, { lang, ...extra });
      const secrets = findSensitive(question);
      if (secrets.length) return { ...safetyReply(secrets, lang, t, opts.lessons), lang };

      const hits = indexes[lang].query(question, 5);
      const d = decide(hits.slice(0, 3), thresholds);
      if (d.kind === 'answer') {
        const e = byId.get(d.hit.faqId)!;
        const buttons: BotButton[] = [];
        const title = e.lesson && lessonTitle(e.lesson, lang);
        if (e.lesson && title) buttons.push({ kind: 'lesson', lessonId: e.lesson, title: t('learnMore', { title }) });
        buttons.push(handoff(lang));
        return base('answer', e[lang].answer, {
          matched: true,
          faqId: e.id,
          lessonId: e.lesson,
          confidence: d.hit.confidence,
          buttons,
          suggestions: suggestions(hits.slice(1, 3), lang),
        });
      }
      const topic = pickTopic(
        concepts.topics(concepts.find(question)),
        hits.map((h) => ({ topic: topicOf(h), confidence: h.confidence })),
        d.kind !== 'out_of_scope',
        topicModel.rank(question),
      );
      // Before a topic-level answer, the Botpress knowledge base (when configured) gets a say.
      const kb = topic && opts.knowledgeBase ? await opts.knowledgeBase(question, lang) : undefined;
      if (kb) return base('answer', kb.answer, { matched: true, confidence: kb.score, buttons: [handoff(lang)] });
      if (!topic)
        return base('out_of_scope', t('outOfScope'), {
          confidence: hits[0]?.confidence ?? 0,
          buttons: [handoff(lang)],
          suggestions: suggestions(hits.slice(0, 1), lang),
        });
      return topicReply(topic, hits, lang);
    },
  };

  // Never a bare "I don't know" on our topics: what is always right for the topic, then the closest entries to tap
  // (the topic's own first), then a person.
  function topicReply(topic: FaqTopic, hits: FaqHit[], lang: Lang): BotReply {
    const t = opts.text(lang);
    const closest = [
      ...hits.filter((h) => topicOf(h) === topic),
      ...hits.filter((h) => topicOf(h) !== topic && h.confidence >= thresholds.outOfScope),
    ].slice(0, CLOSEST);
    const buttons: BotButton[] = closest.map((h) => ({
      kind: 'query',
      payload: byId.get(h.faqId)![lang].question,
      title: byId.get(h.faqId)![lang].question,
    }));
    const text = closest.length ? `${t(`fallback.${topic}`)}\n\n${t('closest')}` : t(`fallback.${topic}`);
    return {
      kind: 'topic',
      text,
      buttons: [...buttons, handoff(lang)],
      matched: true,
      topic,
      confidence: hits[0]?.confidence ?? 0,
      suggestions: suggestions(closest, lang),
      lang,
    };
  }
}

export type FaqAnswerer = ReturnType<typeof createFaqAnswerer>;
