import { randomBytes } from 'node:crypto';
import { MIN_SESSION_SECRET, type Config } from '../config';
import { loadLessonIndex, type LessonIndex } from '../content/lesson-index';
import { loadPracticeItems } from '../content/load-practice';
import { openDatabase, type OpenDatabase } from '../db/open-database';
import { createBotText } from '../chatbot/bot-text';
import { createChatPractice, recordChatRound } from '../chatbot/chat-practice';
import { createChatQuiz } from '../chatbot/chat-quiz';
import { createConversation } from '../chatbot/conversation';
import { createFaqAnswerer } from '../chatbot/faq-answerer';
import { loadConcepts, loadFaq } from '../chatbot/load-faq';
import { oaTokenSourceFor } from '../channels/zalo-oa/oa-tokens';
import { createZaloOaSendClient } from '../channels/zalo-oa/send-client';
import { loadAreas, syncAreas } from './households/areas';
import { createAttemptLimit } from './access/attempt-limit';
import { createCompletions } from './completions/completions';
import { createHouseholdEvents } from './households/household-events';
import { createChallenges } from './practice/challenges';
import { createHouseholds } from './households/households';
import { createMembers } from './access/members';
import { createMyData } from './access/my-data';
import { syncRequiredLessons } from '../db/required-lessons';
import { syncRuleFunctions } from '../db/rules-sql';
import { syncReportFunctions } from '../db/report-rules-sql';
import { createSessions } from './access/sessions';
import { createStaffServices } from './build-staff';
import { createZaloIdentity } from './access/zalo-identity';

export type Clock = () => Date;

/** Builds every service once, with its dependencies passed in; nothing lives in module-level singletons. */
export async function buildServices(
  config: Config,
  opts: { now?: Clock; schema?: string; lessons?: LessonIndex } = {},
) {
  const now = opts.now ?? (() => new Date());
  if (config.production && !config.sessionSecret)
    throw new Error('SESSION_SECRET must be set in production (shared by every instance).');
  if (config.sessionSecret && config.sessionSecret.length < MIN_SESSION_SECRET) {
    throw new Error(
      `SESSION_SECRET must be at least ${MIN_SESSION_SECRET} characters (e.g. the output of: openssl rand -base64 32).`,
    );
  }
  const lessons = opts.lessons ?? (await loadLessonIndex());
  const database: OpenDatabase = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    schema: opts.schema,
    poolMax: config.databasePoolMax,
  });
  const { db } = database;
  const areas = await loadAreas(config.areasFile);
  await syncAreas(db, areas);
  await syncRequiredLessons(db, lessons.required);
  await syncRuleFunctions(db);
  await syncReportFunctions(db, lessons.required, lessons.program.tracks);
  const members = createMembers(db, now);
  const attempts = createAttemptLimit(db, now);
  const events = createHouseholdEvents(db);
  const quizSizes = new Map([...lessons.lessons].map(([id, l]) => [id, l.vi.quiz.length]));
  const completions = createCompletions({ db, members, quizSizes, backend: database.backend, events });
  const text = await createBotText();
  const practiceItems = await loadPracticeItems(
    undefined,
    [...lessons.lessons.values()].map((l) => l.vi),
  );
  // Botpress is optional: mirrors progress to a Table and answers from its knowledge base when ours is unsure.
  // Loaded only when configured: @botpress/client costs ~9 MB of memory that most deployments never use.
  const botpress = config.botpress
    ? (await import('../channels/botpress/create-botpress')).createBotpress(config.botpress)
    : undefined;
  // Botpress keeps a mirror of household progress: it follows the one "household changed" event.
  if (botpress) events.subscribe((id) => botpress.mirrorSoon(db, lessons.required, id));
  const answerer = createFaqAnswerer({
    faq: await loadFaq(),
    concepts: await loadConcepts(),
    lessons,
    text,
    knowledgeBase: botpress?.ask,
  });
  const conversation = createConversation({
    db,
    answerer,
    text,
    areas,
    quiz: createChatQuiz({ db, lessons, completions }),
    practice: createChatPractice({ items: practiceItems, record: recordChatRound(completions) }),
  });
  const oaTokens = config.zaloOa ? oaTokenSourceFor(db, config.zaloOa) : undefined;
  const stopOaKeepFresh = oaTokens?.keepFresh?.();
  const secret = config.sessionSecret ? new TextEncoder().encode(config.sessionSecret) : randomBytes(32);
  return {
    config,
    db,
    backend: database.backend,
    lessons,
    areas,
    members,
    sessions: createSessions(secret, now),
    zalo: createZaloIdentity({ apiBase: config.zaloApiBase, appSecret: config.zaloAppSecret }),
    households: createHouseholds(db, members, lessons.required, attempts),
    completions,
    answerer,
    conversation,
    zaloOaSender:
      config.zaloOa && oaTokens
        ? createZaloOaSendClient({ apiBase: config.zaloOa.apiBase, accessToken: oaTokens, miniAppId: config.appId })
        : undefined,
    myData: createMyData(db, members, now),
    challenges: createChallenges({ db, attempts, itemIds: new Set(practiceItems.map((i) => i.id)), now }),
    staff: createStaffServices({
      db,
      backend: database.backend,
      members,
      lessons,
      appId: config.appId,
      secret,
      now,
      attempts,
      completions,
      wards: areas,
    }),
    botpress,
    /** "A household's progress changed": result writers send it, the Botpress mirror follows it. */
    events,
    async close() {
      botpress?.stop();
      stopOaKeepFresh?.();
      await database.close();
    },
  };
}

export type Services = Awaited<ReturnType<typeof buildServices>>;
