// The FAQ bot as the service builds it, and the one rule that scores its replies: bench:bot's figures and the tuning
// tools' (tune-bot, explain-bot) must count the same thing.
import { loadLessonIndex } from '../../bot/content/lesson-index';
import { createBotText } from '../../bot/chatbot/bot-text';
import { createFaqAnswerer } from '../../bot/chatbot/faq-answerer';
import { loadConcepts, loadFaq } from '../../bot/chatbot/load-faq';
import { FAQ_TOPICS } from '../../src/core/content/faq-schema';
import type { BenchItem } from './bench-sets';

/** What the bot did with one question, reduced to what the figures need. */
export type Outcome = { kind: string; faqId?: string; topic?: string; lang: string; ms: number };
export type Verdict = 'right' | 'wrong' | 'topic-right' | 'topic-wrong' | 'safety' | 'refused';

export async function benchAnswerer() {
  const faq = await loadFaq();
  const concepts = await loadConcepts();
  const answerer = createFaqAnswerer({ faq, concepts, lessons: await loadLessonIndex(), text: await createBotText() });
  const topicOf = new Map(faq.map((e) => [e.id, e.topic as string]));

  // A question no entry answers is right with its topic's fallback; so is a question the bot holds back on, as long
  // as the fallback is about the right topic (its buttons then offer the closest entries).
  const wantTopics = (it: BenchItem) =>
    new Set([
      ...((FAQ_TOPICS as readonly string[]).includes(it.topic ?? '') ? [it.topic!] : []),
      ...it.expect.map((id) => topicOf.get(id) ?? ''),
    ]);

  return {
    faq,
    concepts,
    answerer,
    topicOf,
    /** Asks our bot one question and times the answer. */
    async ask(q: string): Promise<Outcome> {
      const t = performance.now();
      const r = await answerer.answer(q);
      const ms = performance.now() - t;
      const rr = r as typeof r & { lang?: string; topic?: string };
      return {
        kind: r.kind,
        faqId: r.faqId,
        topic: rr.topic ?? (r.faqId ? topicOf.get(r.faqId) : undefined),
        lang: rr.lang ?? 'vi',
        ms,
      };
    },
    verdict(it: BenchItem, o: Outcome): Verdict {
      if (o.kind === 'answer') return o.faqId && it.expect.includes(o.faqId) ? 'right' : 'wrong';
      if (o.kind === 'topic' || o.kind === 'clarify')
        return o.topic && wantTopics(it).has(o.topic) ? 'topic-right' : 'topic-wrong';
      if (o.kind === 'safety') return 'safety';
      return 'refused';
    },
  };
}
