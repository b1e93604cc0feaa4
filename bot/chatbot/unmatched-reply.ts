import type { BotReply } from './types';

/**
 * A reply that does not answer from the FAQ (a quiz step, a practice round, a fallback): not matched, no confidence,
 * no suggestions unless `extra` says otherwise.
 */
export const unmatchedReply = (kind: BotReply['kind'], text: string, extra: Partial<BotReply> = {}): BotReply => ({
  kind,
  text,
  buttons: [],
  matched: false,
  confidence: 0,
  suggestions: [],
  ...extra,
});
