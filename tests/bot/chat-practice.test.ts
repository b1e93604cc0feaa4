import { beforeAll, describe, expect, it } from 'vitest';
import { createBotText } from '../../bot/chatbot/bot-text';
import { createChatPractice, drawChatRound, type ChatPractice } from '../../bot/chatbot/chat-practice';
import { toZaloOaMessage } from '../../bot/channels/zalo-oa/oa-message';
import { loadPracticeItems } from '../../bot/content/load-practice';
import type { BotReply } from '../../bot/chatbot/types';
import type { PracticeItem } from '../../src/core/practice/practice-schema';
import type { Lang } from '../../src/core/content/fields';

// bot/chatbot/chat-practice.ts: a "Thật hay lừa?" round in the chat, on the real items.
describe('a practice round in the chat', () => {
  let items: PracticeItem[];
  let practice: ChatPractice;
  let text: Awaited<ReturnType<typeof createBotText>>;
  beforeAll(async () => {
    items = await loadPracticeItems();
    practice = createChatPractice({ items });
    text = await createBotText();
  });
  const byId = () => new Map(items.map((i) => [i.id, i]));
  /** The button that answers the current item right (or wrong), read from the tap's payload. */
  const tapFor = (reply: BotReply, right: boolean) => {
    const [ids, answers] = reply.buttons[0].kind === 'query' ? reply.buttons[0].payload.split(':').slice(1, 3) : [];
    const item = byId().get(ids.split(',')[answers.length - 1])!;
    const wantScam = (item.verdict === 'scam') === right;
    const b = reply.buttons.find((x) => x.kind === 'query' && x.payload.endsWith(wantScam ? 's' : 'g'));
    return { payload: (b as { payload: string }).payload, item };
  };

  async function play(lang: Lang, wrongAt: number, chat = practice, memberId?: string) {
    const t = text(lang);
    let reply = chat.start(lang, t);
    const seen: PracticeItem[] = [];
    for (let i = 0; i < 5; i++) {
      expect(reply.text).toContain(
        i === 0 ? t('practice.item', { n: 1, total: 5 }) : t('practice.item', { n: i + 1, total: 5 }),
      );
      const { payload, item } = tapFor(reply, i !== wrongAt);
      seen.push(item);
      expect(practice.isAnswer(payload)).toBe(true);
      reply = await chat.answer(payload, lang, t, memberId);
      // The clues and the one thing to do follow every answer.
      for (const clue of item[lang].clues) expect(reply.text).toContain(clue.why);
      expect(reply.text).toContain(item[lang].action);
      // Zalo OA caps a message at 2,000 characters and a tap's payload at 1,000.
      expect(reply.text.length).toBeLessThanOrEqual(2000);
      for (const b of reply.buttons) if (b.kind === 'query') expect(b.payload.length).toBeLessThanOrEqual(1000);
    }
    return { reply, seen, t };
  }

  it('plays five items with feedback after each, and counts one wrong answer as 4 of 5', async () => {
    const { reply, seen, t } = await play('vi', 2);
    expect(new Set(seen.map((s) => s.id)).size).toBe(5);
    expect(reply.text).toContain(t('practice.score', { score: 4, total: 5 }));
    expect(reply.buttons.map((b) => b.kind)).toEqual(['query', 'lesson']);
  });

  it('plays in English, all right', async () => {
    const { reply, t } = await play('en', -1);
    expect(reply.text).toContain(t('practice.allRight', { total: 5 }));
  });

  it('never sends a tappable scam address, and draws both verdicts with at most two of a kind', () => {
    for (let s = 0; s < 30; s++) {
      const round = drawChatRound(items, mulberry(s));
      expect(new Set(round.map((r) => r.verdict)).size).toBe(2);
      for (const kind of new Set(round.map((r) => r.kind)))
        expect(round.filter((r) => r.kind === kind).length).toBeLessThanOrEqual(2);
    }
    const t = text('vi');
    const web = items.find((i) => i.kind === 'web' && i.verdict === 'scam')!;
    const start = createChatPractice({
      items: [web, ...items.filter((i) => i.verdict === 'genuine').slice(0, 4)],
      random: () => 0,
    }).start('vi', t);
    expect(start.text).toContain(web.vi.from.replace(/\./g, '[.]'));
    expect(toZaloOaMessage(start, 'app').text).not.toContain(web.vi.from);
  });

  it("stores a signed-in resident's finished round as four counts, and nothing of an anonymous chat", async () => {
    const stored: {
      memberId: string;
      round: { id: string; scamsShown: number; scamsCaught: number; genuineShown: number; genuineFlagged: number };
    }[] = [];
    const chat = createChatPractice({
      items,
      record: async (memberId, round) => (stored.push({ memberId, round }), true),
    });
    const { reply, seen, t } = await play('vi', 0, chat, 'member-1');
    expect(reply.text).toContain(t('practice.recorded'));
    const scams = seen.filter((s) => s.verdict === 'scam').length;
    const firstWasScam = seen[0].verdict === 'scam';
    expect(stored).toHaveLength(1);
    expect(stored[0].round).toMatchObject({
      scamsShown: scams,
      genuineShown: 5 - scams,
      scamsCaught: scams - (firstWasScam ? 1 : 0),
      genuineFlagged: firstWasScam ? 0 : 1,
    });
    const last = (reply.buttons[0] as { payload: string }).payload; // "thử thách": a new round, not the last tap
    expect(last).toBe('thử thách');
    // Anonymous chats store nothing.
    await play('vi', 0, chat);
    expect(stored).toHaveLength(1);
  });

  it('answers a tap from a round whose items are gone with a new-round button, not an error', async () => {
    const t = text('vi');
    const reply = await practice.answer('tth:no-such-item,other:s', 'vi', t);
    expect(reply.text).toBe(t('practice.stale'));
    expect(reply.buttons[0]).toMatchObject({ kind: 'query', payload: 'thử thách' });
  });
});

function mulberry(seed: number) {
  let a = seed + 1;
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
