import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBotText } from '../../bot/chatbot/bot-text';
import { createChatPractice } from '../../bot/chatbot/chat-practice';
import { createChatQuiz } from '../../bot/chatbot/chat-quiz';
import { createConversation } from '../../bot/chatbot/conversation';
import { zaloOaMac } from '../../bot/channels/zalo-oa/verify-signature';
import { loadAreas, type Ward } from '../../bot/services/households/areas';
import { startAppServer, type RunningApp } from '../e2e/support/app-server';
import { apiClient, resident } from '../support/api-client';
import { backends } from '../support/backends';
import { startZaloOa, type ZaloOaStandIn } from '../stand-ins/zalo-oa';

describe.each(backends)('the chatbot over HTTP on %s', (backend) => {
  let app: RunningApp;
  let oa: ZaloOaStandIn;
  beforeAll(async () => {
    oa = await startZaloOa('oa-token');
    app = await startAppServer({
      backend,
      env: {
        ZALO_OA_APP_ID: 'oa-app',
        ZALO_OA_SECRET_KEY: 'oa-secret',
        ZALO_OA_ACCESS_TOKEN: 'oa-token',
        ZALO_OA_API_BASE: oa.url,
      },
    });
  });
  afterAll(async () => {
    await app?.close();
    await oa?.close();
  });
  const ask = (text: string, chatId = 'test-chat-0001', token?: string) =>
    apiClient(app.url, token).post('/api/bot/message', { text, chatId });

  it('answers the same question typed with diacritics, without, and in teencode', async () => {
    for (const q of [
      'Quên mật khẩu VNeID thì làm sao?',
      'quen mat khau vneid thi lam sao',
      'vn eid quen mk thi lm ntn',
    ]) {
      const r = (await ask(q)).body;
      expect(r, q).toMatchObject({ kind: 'answer', matched: true, faqId: 'vneid-forgot-password' });
      expect(r.buttons.map((b: { kind: string }) => b.kind)).toEqual(['lesson', 'handoff']);
    }
  });

  it('answers each message in its own language, and never refuses a question on our topics outright', async () => {
    const en = (await ask('someone called saying my grandson had an accident and I must send money now')).body;
    expect(en).toMatchObject({ lang: 'en', matched: true });
    const story = (await ask('hom qua co thang goi xung ben toa an bao bac sap bi kien, bac so qua, co that ko')).body;
    expect(story).toMatchObject({ kind: 'topic', topic: 'fraud', lang: 'vi' });
    expect(story.text).toContain('113');
    expect(story.buttons.at(-1).kind).toBe('handoff');
  });

  it('refuses out-of-scope questions kindly and logs them scrubbed', async () => {
    const r = (await ask('giá vàng hôm nay bao nhiêu, gọi cho tôi 0912345678')).body;
    expect(r).toMatchObject({ kind: 'out_of_scope', matched: false });
    expect(r.text).toContain('VNeID');
    const logged = await app.services.db
      .selectFrom('unanswered_questions')
      .select(['text', 'kind'])
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(logged).toEqual({ text: 'giá vàng hôm nay bao nhiêu, gọi cho tôi [số]', kind: 'out_of_scope' });
  });

  it("logs a resident's unanswered question under their household's ward, and an anonymous one under none", async () => {
    const r = await resident(app.url, 'Bà Hỏi');
    await r.api.post('/api/households', { areaId: 'le-chan/4' });
    await ask('giá cà phê sáng nay bao nhiêu', 'test-chat-ward', r.token);
    await ask('giá xăng hôm nay bao nhiêu', 'test-chat-anon');
    const rows = await app.services.db
      .selectFrom('unanswered_questions')
      .select(['text', 'ward_id'])
      .where('text', 'in', ['giá cà phê sáng nay bao nhiêu', 'giá xăng hôm nay bao nhiêu'])
      .orderBy('id')
      .execute();
    expect(rows).toEqual([
      { text: 'giá cà phê sáng nay bao nhiêu', ward_id: 'le-chan' },
      { text: 'giá xăng hôm nay bao nhiêu', ward_id: null },
    ]);
  });

  it('warns about a code or ID number and stores nothing of the message', async () => {
    const before = await app.services.db
      .selectFrom('unanswered_questions')
      .select(({ fn }) => fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    const r = (await ask('công an bảo bác đọc mã OTP 482913 cho họ')).body;
    // The reply names the real lessons about codes, with the titles the lesson index has now.
    expect(r).toMatchObject({ kind: 'safety', matched: false, lessonId: 'fraud-parcel-qr' });
    expect(r.text).toContain(app.services.lessons.lessons.get('fraud-parcel-qr')!.vi.title);
    const after = await app.services.db
      .selectFrom('unanswered_questions')
      .select(({ fn }) => fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it('runs a lesson quiz in the chat (rule stated, one slip allowed) and records a pass for the household (source bot)', async () => {
    const r = await resident(app.url, 'Ông Chat');
    await r.api.post('/api/households', { areaId: 'le-chan/2' });
    const lesson = app.services.lessons.lessons.get('fraud-bank-sms')!.vi;
    let reply = (await ask(`học bài ${lesson.title}`, undefined, r.token)).body;
    expect(reply.kind).toBe('quiz');
    expect(reply.text).toContain(`${lesson.quiz.length - 1}/${lesson.quiz.length} câu là đạt`);
    // Buttons carry the authored option index whatever order they are shown in.
    const shown = reply.buttons.map((b: { payload: string; title: string }) => [
      Number(b.payload.split(':')[3]),
      b.title.slice(3),
    ]);
    for (const [i, text] of shown) expect(lesson.quiz[0].options[i].text).toBe(text);
    for (const [q, question] of lesson.quiz.entries()) {
      expect(reply.text).toContain(question.question);
      const wrong = (question.correct + 1) % question.options.length;
      if (q === 0) {
        reply = (await ask(`quiz:${lesson.id}:${q}:${wrong}`, undefined, r.token)).body;
        expect(reply.text).toContain('Chưa đúng');
        expect(reply.buttons.some((b: { payload?: string }) => b.payload === `quiz:${lesson.id}:${q}:${wrong}`)).toBe(
          false,
        );
      }
      reply = (await ask(`quiz:${lesson.id}:${q}:${question.correct}`, undefined, r.token)).body;
    }
    expect(reply.text).toContain('đã ghi nhận');
    // One wrong first try passes, and the reply names the card the missed question points to.
    expect(reply.text).toContain(lesson.cards.find((c) => c.id === lesson.quiz[0].card)!.title);
    const row = await app.services.db
      .selectFrom('completions')
      .select(['source', 'lesson_id', 'passed'])
      .where('member_id', '=', r.me.member.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ source: 'bot', lesson_id: 'fraud-bank-sms', passed: true });
  });

  it('starts a "Thật hay lừa?" round when asked, typed with or without diacritics, and goes on with each tap', async () => {
    for (const q of ['thử thách', 'thu thach', 'Thật hay lừa']) {
      const r = (await ask(q, 'practice-chat-0001')).body;
      expect(r, q).toMatchObject({ kind: 'practice', lang: 'vi' });
      expect(r.buttons.map((b: { title: string }) => b.title)).toEqual(['🚨 Lừa đảo', '✅ An toàn']);
    }
    const start = (await ask('thu thach', 'practice-chat-0002')).body;
    const next = (await ask(start.buttons[0].payload, 'practice-chat-0002')).body;
    expect(next.kind).toBe('practice');
    expect(next.text).toContain('Tin 2/5');
  });

  it('hands off to a person, records the request and shows the team contact', async () => {
    const r = await resident(app.url, 'Bà Nhờ');
    await r.api.post('/api/households', { areaId: 'le-chan/4' });
    const reply = (await ask('Hỏi người hỗ trợ', undefined, r.token)).body;
    expect(reply.kind).toBe('handoff');
    expect(reply.text).toContain('Tổ công nghệ số cộng đồng phường Lê Chân');
    // The shipped areas.yaml has no real phone for the team: the bot names the ward office instead of a number.
    expect(reply.text).toContain('UBND Phường Lê Chân');
    expect(reply.text).not.toMatch(/\d{3}|xxx/);
    const req = await app.services.db
      .selectFrom('handoff_requests')
      .selectAll()
      .where('member_id', '=', r.me.member.id)
      .executeTakeFirstOrThrow();
    expect(req.area_id).toBe('le-chan/4');
  });

  it('shows the team phone only when a real one is configured, else the ward office with its address', async () => {
    const r = await resident(app.url, 'Bà Gọi');
    await r.api.post('/api/households', { areaId: 'le-chan/5' });
    const ward = (over: Partial<Ward>): Ward[] => [{ ...app.services.areas[0], ...over }];
    const handoff = async (areas: Ward[]) => {
      const s = app.services;
      const conversation = createConversation({
        db: s.db,
        answerer: s.answerer,
        text: await createBotText(),
        areas,
        quiz: createChatQuiz({ db: s.db, lessons: s.lessons, completions: s.completions }),
        practice: createChatPractice({ items: [] }),
      });
      return (
        await conversation.handle({
          channel: 'app',
          userKey: `member:${r.me.member.id}`,
          memberId: r.me.member.id,
          text: 'Hỏi người hỗ trợ',
          lang: 'vi',
        })
      ).text;
    };
    const withPhone = await handoff(ward({ team: { name: 'Tổ CNS phường', phone: '0225 3123 456' } }));
    expect(withPhone).toContain('Tổ CNS phường, 0225 3123 456');
    expect(withPhone).not.toContain('UBND');
    const withOffice = await handoff(ward({ team: { name: 'Tổ CNS phường' }, officeAddress: 'số 1 đường Ví Dụ' }));
    expect(withOffice).toContain('Tổ CNS phường tại trụ sở UBND Phường Lê Chân, số 1 đường Ví Dụ.');
    const noTeam = await handoff(ward({ team: undefined, officeAddress: undefined }));
    expect(noTeam).toContain('tổ công nghệ số cộng đồng tại trụ sở UBND Phường Lê Chân.');
  });

  it('refuses over-long messages and floods with a message, not an error', async () => {
    expect((await ask('a'.repeat(600))).body.kind).toBe('refused');
    const replies = [];
    for (let i = 0; i < 22; i++) replies.push((await ask('quen mat khau vneid', 'flooding-chat-01')).body.kind);
    expect(replies.slice(0, 20).every((k) => k === 'answer')).toBe(true);
    expect(replies.at(-1)).toBe('refused');
    expect((await apiClient(app.url).post('/api/bot/message', { text: 'hi' })).status).toBe(400);
  });

  it('answers a signed Zalo OA message through the OA send API, with the lesson as a mini app link', async () => {
    const body = JSON.stringify({
      app_id: 'oa-app',
      event_name: 'user_send_text',
      timestamp: String(Date.now()),
      sender: { id: 'oa-user-1' },
      recipient: { id: 'oa-1' },
      message: { msg_id: `m-${backend}`, text: 'cai vneid o dau cho an toan' },
    });
    const mac = zaloOaMac('oa-app', body, JSON.parse(body).timestamp, 'oa-secret');
    const res = await fetch(`${app.url}/webhooks/zalo-oa`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-ZEvent-Signature': `mac=${mac}` },
      body,
    });
    expect(res.status).toBe(200);
    await expect.poll(() => oa.received.length).toBeGreaterThan(0);
    const sent = oa.received.at(-1)!;
    expect(sent.recipient.user_id).toBe('oa-user-1');
    expect(JSON.stringify(sent.message)).toContain('oa.open.url');
    expect(JSON.stringify(sent.message)).toContain('/lesson/vneid-install');
  });
});

describe('ward contacts in areas.yaml', () => {
  const load = async (team: string) => {
    const dir = await mkdtemp(path.join(tmpdir(), 'hvs-areas-'));
    const file = path.join(dir, 'areas.yaml');
    await writeFile(
      file,
      `wards:\n  - id: le-chan\n    name: Phường Lê Chân\n    team: ${team}\n    areas: [Tổ dân phố 1]\n`,
    );
    try {
      return await loadAreas(file);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  };

  it('refuses a placeholder phone with a message an editor can act on', async () => {
    await expect(load('{ name: "Tổ", phone: "0225 3xxx xxx" }')).rejects.toThrow(/real phone number/);
    await expect(load('{ name: "Tổ", phone: "12345" }')).rejects.toThrow(/real phone number/);
  });

  it('accepts a landline, a mobile or no phone at all', async () => {
    expect((await load('{ name: "Tổ", phone: "0225 3123 456" }'))[0].team).toEqual({
      name: 'Tổ',
      phone: '0225 3123 456',
    });
    expect((await load('{ name: "Tổ", phone: "0912.345.678" }'))[0].team?.phone).toBe('0912.345.678');
    expect((await load('{ name: "Tổ" }'))[0].team).toEqual({ name: 'Tổ' });
  });
});
