import { createHash } from 'node:crypto';
import type { TFunction } from 'i18next';
import type { Lang } from '../../src/core/content/fields';
import { itemText, type ItemWords } from '../../src/core/practice/item-text';
import { roundCounts } from '../../src/core/practice/practice-round';
import { PRACTICE_KINDS, ROUND_SIZE, type PracticeItem } from '../../src/core/practice/practice-schema';
import type { PracticeRoundBody } from '../../src/core/api/schemas';
import { ServiceError } from '../../src/core/api/outcomes';
import type { RandomSource } from '../../src/core/quiz/shuffle';
import type { Completions } from '../services/completions/completions';
import type { BotButton, BotReply } from './types';
import { unmatchedReply } from './unmatched-reply';

/** "thử thách", "thật hay lừa", "luyện tập", typed with or without diacritics (matched on the folded text). */
export const PRACTICE_COMMAND =
  /^(choi )?(thu thach|that hay lua|luyen tap( that hay lua)?|practice|real or scam|challenge)$/;

// A tap carries the whole round: tth:<item ids>:<every answer so far, this one last, s = scam, g = genuine>. The chat
// keeps no state for a round, so any instance answers, and a round left half-way costs nothing.
const PAYLOAD = /^tth:([a-z0-9,-]+):([sg]{1,20})$/;

/** At most two items of a kind, and both verdicts, so the kind of message never gives the answer away. */
export function drawChatRound(pool: readonly PracticeItem[], random: RandomSource = Math.random): PracticeItem[] {
  for (let attempt = 0; attempt < 20; attempt++) {
    const shuffled = [...pool]
      .map((item) => ({ item, key: random() }))
      .sort((a, b) => a.key - b.key)
      .map((x) => x.item);
    const round: PracticeItem[] = [];
    for (const item of shuffled) {
      if (round.length === ROUND_SIZE) break;
      if (round.filter((r) => r.kind === item.kind).length < 2) round.push(item);
    }
    if (new Set(round.map((r) => r.verdict)).size === 2) return round;
  }
  return pool.slice(0, ROUND_SIZE);
}

/** "Thật hay lừa?" in a chat: five items as text, each answered with a button, then the clues and what to do. */
export function createChatPractice(deps: {
  items: readonly PracticeItem[];
  random?: RandomSource;
  /** Stores a finished round of a signed-in resident (the one write path); false when it could not (no household). */
  record?: (memberId: string, round: PracticeRoundBody) => Promise<boolean>;
}) {
  const byId = new Map(deps.items.map((i) => [i.id, i]));
  const reply = (lang: Lang, text: string, buttons: BotButton[] = [], lessonId?: string): BotReply =>
    unmatchedReply('practice', text, { buttons, lessonId, lang });
  const words = (t: TFunction): ItemWords => ({
    kind: Object.fromEntries(PRACTICE_KINDS.map((k) => [k, t(`practice.kind.${k}`)])) as ItemWords['kind'],
  });

  function ask(ids: string[], answers: string, lang: Lang, t: TFunction): { text: string; buttons: BotButton[] } {
    const index = answers.length;
    const item = byId.get(ids[index])!;
    const tap = (answer: 's' | 'g') => `tth:${ids.join(',')}:${answers}${answer}`;
    return {
      text: `${t('practice.item', { n: index + 1, total: ids.length })}\n\n${itemText(item, lang, words(t))}\n\n${t('practice.ask')}`,
      buttons: [
        { kind: 'query', payload: tap('s'), title: t('practice.scam') },
        { kind: 'query', payload: tap('g'), title: t('practice.genuine') },
      ],
    };
  }

  return {
    isAnswer: (text: string) => PAYLOAD.test(text.trim()),

    start(lang: Lang, t: TFunction): BotReply {
      const ids = drawChatRound(deps.items, deps.random).map((i) => i.id);
      const first = ask(ids, '', lang, t);
      return reply(lang, `${t('practice.start', { count: ids.length })}\n\n${first.text}`, first.buttons);
    },

    async answer(payload: string, lang: Lang, t: TFunction, memberId?: string): Promise<BotReply> {
      const m = PAYLOAD.exec(payload.trim())!;
      const ids = m[1].split(',');
      const answers = m[2];
      const index = answers.length - 1;
      const item = byId.get(ids[index] ?? '');
      // Items are content: a round started before a deploy may name one that is gone. Start again, say why.
      if (!item || index >= ids.length || ids.some((id) => !byId.has(id)))
        return reply(lang, t('practice.stale'), [
          { kind: 'query', payload: t('practice.command'), title: t('practice.again') },
        ]);
      const right = (answers[index] === 's') === (item.verdict === 'scam');
      const side = item[lang];
      const feedback = [
        `${right ? '✅' : '❌'} ${t(right ? 'practice.right' : 'practice.wrong')} ${t(item.verdict === 'scam' ? 'practice.wasScam' : 'practice.wasGenuine')}`,
        side.clues.map((c) => `• ${c.why}`).join('\n'),
        `👉 ${side.action}`,
      ].join('\n\n');
      const lesson: BotButton = { kind: 'lesson', lessonId: item.teaches.lesson, title: t('practice.lesson') };
      if (index + 1 < ids.length) {
        const next = ask(ids, answers, lang, t);
        return reply(
          lang,
          `${feedback}\n\n${next.text}`,
          right ? next.buttons : [...next.buttons, lesson],
          item.teaches.lesson,
        );
      }
      const round = ids.map((id) => byId.get(id)!);
      const counts = roundCounts(
        round.map((i) => i.verdict),
        [...answers].map((a) => (a === 's' ? 'scam' : 'genuine')),
      );
      const score = counts.scamsCaught + counts.genuineShown - counts.genuineFlagged;
      // The round's last tap carries the whole round, so sending it twice is the same round: a stable id from it.
      const stored =
        memberId && deps.record
          ? await deps.record(memberId, {
              id: roundId(payload, memberId),
              ...counts,
              playedAt: new Date().toISOString(),
            })
          : false;
      const end = [
        t(score === ids.length ? 'practice.allRight' : 'practice.score', { score, total: ids.length }),
        ...(stored ? [t('practice.recorded')] : []),
      ].join('\n\n');
      return reply(
        lang,
        `${feedback}\n\n${end}`,
        [{ kind: 'query', payload: t('practice.command'), title: t('practice.again') }, lesson],
        item.teaches.lesson,
      );
    },
  };
}

/** A finished chat round goes through the one write path; without consent or a household it stays unrecorded. */
export const recordChatRound = (completions: Completions) => async (memberId: string, round: PracticeRoundBody) => {
  try {
    await completions.recordPractice({ source: 'bot', memberId }, round);
    return true;
  } catch (err) {
    if (err instanceof ServiceError) return false;
    throw err;
  }
};

/** A UUID-shaped id from the round and the person: the same last tap twice is stored once. */
function roundId(payload: string, memberId: string): string {
  const h = createHash('sha256').update(`${memberId}|${payload}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export type ChatPractice = ReturnType<typeof createChatPractice>;
