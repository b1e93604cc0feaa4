import { isApiError, type Client } from '@botpress/client';
import type { Lang } from '../../../src/core/content/lesson-schema';
import { FAQ_SOURCE } from './faq-markdown';
import { answerFromPassage } from './passage-answer';

export type KnowledgeAnswer = { answer: string; score: number; source?: string };

export type AskOptions = {
  /** Botpress scores passages by semantic similarity (higher is closer); below this we would rather say "I don't know". */
  minScore?: number;
  log?: (msg: string) => void;
};

/** A starting point only: the scale depends on Botpress's embedding model, so tune BOTPRESS_KB_MIN_SCORE on real questions. */
export const DEFAULT_MIN_SCORE = 0.75;

// A run of digits may be an OTP, a passcode or a 12-digit ID number: such text never leaves our server.
const SECRET_LIKE = /\d[\d\s.-]{4,}\d/;

function describe(err: unknown) {
  if (isApiError(err)) return `${err.type} (${err.code}): ${err.message}`;
  return err instanceof Error ? err.message : String(err);
}

/**
 * Asks the Botpress knowledge base (our published FAQ files only) as a last resort before "I don't know".
 * Never throws: any failure is logged, without the question, and reads as "no answer".
 */
export async function askKnowledgeBase(
  client: Client,
  question: string,
  lang: Lang,
  opts: AskOptions = {},
): Promise<KnowledgeAnswer | undefined> {
  const log = opts.log ?? ((msg: string) => console.warn(msg));
  const query = question.replace(/\s+/g, ' ').trim().slice(0, 500);
  if (!query || SECRET_LIKE.test(query)) return undefined;
  try {
    // contextDepth 0: neighbouring passages are other FAQ entries, and their answers must not bleed into this one.
    const { passages } = await client.searchFiles({
      query,
      tags: { source: FAQ_SOURCE, lang },
      limit: 5,
      contextDepth: 0,
    });
    const minScore = opts.minScore ?? DEFAULT_MIN_SCORE;
    // A heading is a passage of its own and holds no answer; the best passage that does (and scores enough) wins.
    for (const p of [...passages].sort((a, b) => b.score - a.score)) {
      if (!(p.score >= minScore)) break;
      const answer = answerFromPassage(p.content, query);
      if (answer) return { answer, score: p.score, source: p.file.key };
    }
    return undefined;
  } catch (err) {
    log(`botpress: knowledge base search failed: ${describe(err)}`);
    return undefined;
  }
}
