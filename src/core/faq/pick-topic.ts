import type { FaqTopic } from '../content/faq-schema';

/** Evidence from the index: the closest entries' topics, best first, with how well each explains the question. */
export type TopicHit = { topic: FaqTopic; confidence: number };

/**
 * Which of our topics a question is about when no entry answers it, or undefined when it touches none (then, and only
 * then, the bot says it is out of scope). Concepts vote with their weights; the closest entries vote with their
 * confidence. One strong cue (a scam word, one of our apps) or two weaker ones make a topic.
 */
export function pickTopic(concepts: ReadonlyMap<FaqTopic, number>, hits: readonly TopicHit[], nearEntry: boolean): FaqTopic | undefined {
  const score = new Map(concepts);
  // An entry close enough that the policy held back rather than refused ("unknown", "clarify") counts double.
  hits.slice(0, 3).forEach((h, i) => score.set(h.topic, (score.get(h.topic) ?? 0) + (h.confidence * (i === 0 && nearEntry ? 2 : 1)) / (i + 1)));
  let best: { topic: FaqTopic; s: number } | undefined;
  for (const [topic, s] of score) if (s > (best?.s ?? 0) + 1e-9 || (s === best?.s && hits[0]?.topic === topic)) best = { topic, s };
  return best && best.s >= 1 ? best.topic : undefined;
}
