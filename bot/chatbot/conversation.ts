import { detectLang } from '../../src/core/text/detect-lang';
import { foldVi, hasDiacritics } from '../../src/core/text/vietnamese';
import { scrub } from '../../src/core/text/sensitive';
import type { Db } from '../db/open-database';
import type { Ward } from '../services/households/areas';
import type { createBotText } from './bot-text';
import { PRACTICE_COMMAND, type ChatPractice } from './chat-practice';
import type { ChatQuiz } from './chat-quiz';
import type { FaqAnswerer } from './faq-answerer';
import { createRateLimit } from './rate-limit';
import type { BotButton, BotReply, Conversation, IncomingMessage } from './types';

export const MAX_MESSAGE = 500;

const HANDOFF =
  /^(hoi|gap|goi|can|noi chuyen voi) (nguoi|can bo|to) (ho tro|cong nghe so)|^ask a person$|^talk to a person$/;
const LEARN = /^(hoc bai|lam bai|learn|quiz)\b\s*(.*)$/;
const GREETING = /^(xin chao|chao|alo|hello|hi|hey|chao chau|chao em|start|bat dau)\b.{0,12}$/;

/** The conversation engine behind every channel: commands, quiz in chat, hand-off, FAQ answers, logging. */
export function createConversation(deps: {
  db: Db;
  answerer: FaqAnswerer;
  quiz: ChatQuiz;
  /** "Thật hay lừa?" rounds: started by typing "thử thách", answered by taps. */
  practice: ChatPractice;
  text: Awaited<ReturnType<typeof createBotText>>;
  areas: Ward[];
  rate?: { max: number; windowMs: number };
  /** Anonymous messages from one address, whatever chat ids they carry: a household on one Wi-Fi chats freely. */
  addressRate?: { max: number; windowMs: number };
}): Conversation {
  const allow = createRateLimit(deps.rate ?? { max: 20, windowMs: 60_000 });
  const allowAddress = createRateLimit(deps.addressRate ?? { max: 60, windowMs: 60_000 });
  const refused = (text: string): BotReply => ({
    kind: 'refused',
    text,
    buttons: [],
    matched: false,
    confidence: 0,
    suggestions: [],
  });

  async function handoff(msg: IncomingMessage): Promise<BotReply> {
    const t = deps.text(msg.lang ?? 'vi');
    const member = msg.memberId
      ? await deps.db
          .selectFrom('members')
          .leftJoin('households', 'households.id', 'members.household_id')
          .select(['members.id', 'households.area_id'])
          .where('members.id', '=', msg.memberId)
          .executeTakeFirst()
      : undefined;
    await deps.db
      .insertInto('handoff_requests')
      .values({ channel: msg.channel, member_id: member?.id ?? null, area_id: member?.area_id ?? null, question: null })
      .execute();
    const ward = member?.area_id ? deps.areas.find((w) => w.areas.some((a) => a.id === member.area_id)) : undefined;
    // Only a household's ward team sees the request: without one, nobody will call back, so the reply does not say so.
    const lines = ward
      ? [t('handoff.recorded'), wardContact(ward, t)]
      : [t('handoff.recordedNoTeam'), t('handoff.noHousehold')];
    return { kind: 'handoff', text: lines.join('\n\n'), buttons: [], matched: false, confidence: 0, suggestions: [] };
  }

  // A phone number only when the ward configured a real one; otherwise the ward office, which every resident can find.
  function wardContact(ward: Ward, t: ReturnType<typeof deps.text>): string {
    if (ward.team?.phone) return t('handoff.contact', { name: ward.team.name, phone: ward.team.phone });
    const office = {
      team: ward.team?.name ?? t('handoff.teamFallback'),
      ward: ward.wardName,
      address: ward.officeAddress,
    };
    return t(office.address ? 'handoff.office' : 'handoff.officeNoAddress', office);
  }

  function greeting(lang: 'vi' | 'en'): BotReply {
    const t = deps.text(lang);
    const buttons: BotButton[] = [
      { kind: 'query', payload: lang === 'vi' ? 'VNeID là gì' : 'What is VNeID', title: t('topics.vneid') },
      {
        kind: 'query',
        payload: lang === 'vi' ? 'Smart Hải Phòng là gì' : 'What is Smart Hải Phòng',
        title: t('topics.smartHp'),
      },
      { kind: 'query', payload: lang === 'vi' ? 'dấu hiệu lừa đảo' : 'signs of a scam', title: t('topics.fraud') },
      { kind: 'query', payload: lang === 'vi' ? 'học bài' : 'learn', title: t('topics.learn') },
      { kind: 'query', payload: t('practice.command'), title: t('topics.practice') },
    ];
    return { kind: 'greeting', text: t('greeting'), buttons, matched: false, confidence: 0, suggestions: [] };
  }

  return {
    async handle(msg) {
      // Each message in its own language; the app's language only decides for a word or two typed without accents.
      // Quiz and practice taps are payloads, not words: they continue in the language the chat is in.
      const short = !hasDiacritics(msg.text) && msg.text.trim().split(/\s+/).length <= 2;
      const tap = deps.quiz.isAnswer(msg.text) || deps.practice.isAnswer(msg.text);
      const lang = tap ? (msg.lang ?? 'vi') : short && msg.lang === 'en' ? 'en' : detectLang(msg.text);
      const t = deps.text(lang);
      const text = msg.text.trim();
      if (!text) return refused(t('empty'));
      if (text.length > MAX_MESSAGE) return refused(t('tooLong', { max: MAX_MESSAGE }));
      if (!allow(msg.userKey)) return refused(t('rateLimited'));
      if (!msg.memberId && msg.address && !allowAddress(`address:${msg.address}`)) return refused(t('rateLimited'));

      if (deps.quiz.isAnswer(text)) return deps.quiz.answer(msg.userKey, text, msg.memberId, lang, t);
      if (deps.practice.isAnswer(text)) return deps.practice.answer(text, lang, t, msg.memberId);
      const folded = foldVi(text)
        .replace(/[^\p{L}\p{N} ]/gu, ' ')
        .replace(/\s+/g, ' ')
        .trim();
      const learn = LEARN.exec(folded);
      if (learn) {
        // The lesson name as typed (with its diacritics), after the one or two command words.
        const name = learn[2] ? text.split(/\s+/).slice(learn[1].split(' ').length).join(' ') : '';
        return deps.quiz.start(msg.userKey, name, lang, t);
      }
      if (PRACTICE_COMMAND.test(folded)) return deps.practice.start(lang, t);
      if (HANDOFF.test(folded)) return handoff({ ...msg, lang });
      if (GREETING.test(folded)) return greeting(lang);

      const reply = await deps.answerer.answer(text, lang);
      // Safety replies are never logged: the message may hold a code or an ID number. Others are scrubbed first.
      if (reply.kind === 'unknown' || reply.kind === 'out_of_scope' || reply.kind === 'topic') {
        const wardId = msg.memberId ? await wardOf(deps.db, msg.memberId) : null;
        await deps.db
          .insertInto('unanswered_questions')
          .values({
            channel: msg.channel,
            kind: reply.kind,
            text: scrub(text),
            top_faq: reply.suggestions[0]?.faqId ?? null,
            confidence: reply.confidence,
            ward_id: wardId,
          })
          .execute();
      }
      return reply;
    },
  };
}

/** The ward of a resident's household, so each ward's staff see their own residents' unanswered questions. */
async function wardOf(db: Db, memberId: string): Promise<string | null> {
  const row = await db
    .selectFrom('members')
    .innerJoin('households', 'households.id', 'members.household_id')
    .innerJoin('areas', 'areas.id', 'households.area_id')
    .select('areas.ward_id')
    .where('members.id', '=', memberId)
    .executeTakeFirst();
  return row?.ward_id ?? null;
}
