import type { FaqEntry } from '../../../src/core/content/faq-schema';
import type { Lang } from '../../../src/core/content/lesson-schema';
import type { Db } from '../../db/open-database';
import { askKnowledgeBase, type KnowledgeAnswer } from './ask-knowledge-base';
import { createBotpressClient, type BotpressClientOptions, type BotpressConnection } from './client';
import { mirrorHouseholdProgress, type MirrorResult } from './mirror-progress';
import { publishFaq, type PublishResult } from './publish-faq';

export type BotpressSettings = BotpressConnection & { table: string; minScore?: number };

export type Botpress = {
  /** Mirrors every household (pruning vanished ones), or only `householdIds` after a write. Runs one at a time. */
  mirror(db: Db, required: readonly string[], householdIds?: readonly string[]): Promise<MirrorResult>;
  /** After a write: collects household ids for `delayMs` and mirrors them in one upsert. Failures are logged, not thrown. */
  mirrorSoon(db: Db, required: readonly string[], householdId: string, delayMs?: number): void;
  publishFaq(entries: readonly FaqEntry[]): Promise<PublishResult>;
  /** Never throws and answers within a few seconds: a resident is waiting. */
  ask(question: string, lang: Lang): Promise<KnowledgeAnswer | undefined>;
  /** Drops a pending `mirrorSoon` (the next full run covers it). */
  stop(): void;
};

export type BotpressDeps = {
  log?: (msg: string) => void;
  /** Overrides for tests (faster backoff) or tuning. */
  batchClient?: BotpressClientOptions;
  chatClient?: BotpressClientOptions;
};

/** The Botpress bridge, built once by the composition root when BOTPRESS_TOKEN and BOTPRESS_BOT_ID are set. */
export function createBotpress(settings: BotpressSettings, deps: BotpressDeps = {}): Botpress {
  const log = deps.log ?? ((msg: string) => console.warn(msg));
  const onRetry = (attempt: number, reason: string) => log(`botpress: retry ${attempt} after ${reason}`);
  // Background jobs can wait out a rate limit; a chat reply cannot, so its client gives up quickly.
  const batch = createBotpressClient(settings, { retries: 5, onRetry, ...deps.batchClient });
  const chat = createBotpressClient(settings, {
    retries: 1,
    baseDelayMs: 200,
    maxWaitMs: 1000,
    timeoutMs: 4000,
    onRetry,
    ...deps.chatClient,
  });

  // Serialised, so a slow after-write mirror can never stamp a row after a full run has pruned by its start time.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(job: () => Promise<T>): Promise<T> => {
    const run = queue.then(job, job);
    queue = run.catch(() => undefined);
    return run;
  };

  const mirror: Botpress['mirror'] = (db, required, householdIds) =>
    serial(() => mirrorHouseholdProgress(db, batch, { required, table: settings.table, householdIds, log }));

  // A quiz pass in a busy hour should not cost one Botpress call each: writes within the window share one upsert.
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  const mirrorSoon: Botpress['mirrorSoon'] = (db, required, householdId, delayMs = 5000) => {
    pending.add(householdId);
    timer ??= setTimeout(() => {
      timer = undefined;
      const ids = [...pending];
      pending.clear();
      mirror(db, required, ids).catch((err: Error) =>
        log(`botpress: mirror of ${ids.length} household(s) failed: ${err.message}`),
      );
    }, delayMs).unref();
  };

  return {
    mirror,
    mirrorSoon,
    publishFaq: (entries) => publishFaq(batch, entries, { log }),
    ask: (question, lang) => askKnowledgeBase(chat, question, lang, { minScore: settings.minScore, log }),
    stop() {
      clearTimeout(timer);
      timer = undefined;
      pending.clear();
    },
  };
}
