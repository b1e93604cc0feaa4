import type { FaqTopic } from '../content/faq-schema';

/** Evidence from the index: the closest entries' topics, best first, with how well each explains the question. */
export type TopicHit = { topic: FaqTopic; confidence: number };

/** How much more what a question names counts than the entries near it, when choosing among our topics. */
export const CONCEPT_FACTOR = 2;

/** The least weight a question's own cue for a topic needs before entries near it may make the topic. */
export const MIN_CUE = 0.5;

/**
 * Which of our topics a question is about when no entry answers it, or undefined when it touches none (then, and only
 * then, the bot says it is out of scope). Concepts vote with their weights; the closest entries vote with their
 * confidence. One strong cue (a scam word, one of our apps) or two weaker ones make a topic; a weak cue alone (below
 * MIN_CUE) only with the held-back entry in the same topic. MIN_CUE, police at 0.45 and dropping "foreigner" from the
 * romance cue took dev-set-2's out-of-scope refusals from 82.4 % to 90.5 % at no in-scope cost.
 *
 * `model` is the topic model's posteriors (topic-model.ts): they only choose among topics already touched, and add at
 * most 1 in all. They turned 3 of dev-set-2's wrong-topic fallbacks right, and 1 of the first dev set's.
 */
export function pickTopic(
  concepts: ReadonlyMap<FaqTopic, number>,
  hits: readonly TopicHit[],
  nearEntry: boolean,
  model: readonly { topic: FaqTopic; p: number }[] = [],
  conceptFactor = CONCEPT_FACTOR,
): FaqTopic | undefined {
  const raw = new Map(concepts);
  // An entry close enough that the policy held back rather than refused ("unknown", "clarify") counts double.
  hits
    .slice(0, 3)
    .forEach((h, i) =>
      raw.set(h.topic, (raw.get(h.topic) ?? 0) + (h.confidence * (i === 0 && nearEntry ? 2 : 1)) / (i + 1)),
    );
  // A topic needs a cue of its own: a concept of at least MIN_CUE, or the entry the policy held back on. Entries that
  // merely share words with a weak cue ("lịch cắt điện" is electricity at 0.4, near the fake-EVN-call entries) are a
  // neighbouring subject, not ours.
  const ours = ([t, s]: [FaqTopic, number]) =>
    s >= 1 && ((concepts.get(t) ?? 0) >= MIN_CUE || (nearEntry && hits[0]?.topic === t));
  if (![...raw].some(ours)) return undefined;
  // Which topic, once we know it is ours: what the question names (a bank, Smart Hải Phòng) outweighs the entries
  // that happen to share its other words, by `conceptFactor`.
  const score = new Map([...raw].map(([t, s]) => [t, s + (conceptFactor - 1) * (concepts.get(t) ?? 0)] as const));
  for (const { topic, p } of model) if (score.has(topic)) score.set(topic, score.get(topic)! + p);
  let best: { topic: FaqTopic; s: number } | undefined;
  for (const [topic, s] of score)
    if (s > (best?.s ?? 0) + 1e-9 || (s === best?.s && hits[0]?.topic === topic)) best = { topic, s };
  return best?.topic;
}
