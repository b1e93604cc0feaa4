import type { FaqTopic } from '../../src/core/content/faq-schema';
import type { Lang } from '../../src/core/content/lesson-schema';

/** A button under a bot reply. Channels render them their own way (app buttons, Zalo OA buttons, Botpress choices). */
export type BotButton =
  /** Opens a lesson in the mini app (deep link /lesson/<id>). */
  | { kind: 'lesson'; lessonId: string; title: string }
  /** Sends `payload` back as if the user had typed it (quiz answers, "which did you mean?"). */
  | { kind: 'query'; payload: string; title: string }
  /** Asks for a person from the community tech team. */
  | { kind: 'handoff'; title: string };

export type BotReplyKind =
  | 'answer'
  | 'topic'
  | 'clarify'
  | 'unknown'
  | 'out_of_scope'
  | 'safety'
  | 'quiz'
  | 'handoff'
  | 'greeting'
  | 'refused'
  | 'practice';

export type BotReply = {
  kind: BotReplyKind;
  text: string;
  buttons: BotButton[];
  /** True only when the text answers the question from the FAQ (or the knowledge base). */
  matched: boolean;
  faqId?: string;
  lessonId?: string;
  confidence: number;
  suggestions: { faqId: string; question: string }[];
  /** The language the reply is written in: the message's own, unless the caller forced one. */
  lang?: Lang;
  /** For a topic fallback: which of our topics the question is about. */
  topic?: FaqTopic;
};

export type Channel = 'app' | 'zalo_oa' | 'cli' | 'botpress';

export type IncomingMessage = {
  channel: Channel;
  /** Stable per person and channel (e.g. "member:<id>", "oa:<zalo user id>"): rate limits and quiz state key on it. */
  userKey: string;
  /** The resident, when the channel knows who it is: completions from a chat quiz are recorded for them. */
  memberId?: string;
  /**
   * Where an anonymous message came from (an attempt-limit bucket, see client-ip.ts). The chat id of an anonymous chat
   * is chosen by the caller, so a flood of fresh ids is limited by address as well.
   */
  address?: string;
  text: string;
  lang?: Lang;
};

/** The conversation engine every channel talks to. */
export type Conversation = { handle(msg: IncomingMessage): Promise<BotReply> };
