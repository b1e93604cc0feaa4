import { randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { BotReply, Conversation, IncomingMessage } from '../../bot/chatbot/types';
import { memberByZaloAppUserId } from '../../bot/channels/zalo-oa/find-member';
import { HANDOFF_PAYLOAD, pickButtons, toZaloOaMessage } from '../../bot/channels/zalo-oa/oa-message';
import { createZaloOaSendClient } from '../../bot/channels/zalo-oa/send-client';
import { verifyZaloOaSignature, zaloOaMac } from '../../bot/channels/zalo-oa/verify-signature';
import { zaloOaWebhook } from '../../bot/channels/zalo-oa/webhook-route';
import { readConfig } from '../../bot/config';
import { createMembers } from '../../bot/services/access/members';
import { backends } from '../support/backends';
import { withTestDatabase } from '../support/test-database';
import { startZaloOa, type ZaloOaStandIn } from '../stand-ins/zalo-oa';

const APP_ID = '4318836209126502841';
const MINI_APP_ID = '3946810934762398274';
const SECRET = 'oa-secret-key-for-tests';
const TOKEN = 'oa-access-token-for-tests';
const NOW = new Date('2026-11-20T08:00:00.000Z');
const PATH = '/webhooks/zalo-oa';

const aReply = (over: Partial<BotReply> = {}): BotReply => ({
  kind: 'answer',
  text: 'Tải VNeID từ CH Play hoặc App Store, rồi đăng nhập bằng số định danh cá nhân.',
  buttons: [
    { kind: 'lesson', lessonId: 'vneid-install', title: 'Xem bài học' },
    { kind: 'handoff', title: 'Hỏi người hỗ trợ' },
  ],
  matched: true,
  faqId: 'vneid-install-how',
  lessonId: 'vneid-install',
  confidence: 0.92,
  suggestions: [],
  ...over,
});

/** An OA event as Zalo sends it: ids and the millisecond timestamp are strings. */
const anEvent = (over: Record<string, unknown> = {}, message: Record<string, unknown> = {}) => ({
  app_id: APP_ID,
  event_name: 'user_send_text',
  timestamp: String(NOW.getTime() - 2000),
  sender: { id: '2468458835296117922' },
  recipient: { id: '579745863508352884' },
  message: { msg_id: randomUUID().replaceAll('-', ''), text: 'cài vneid thế nào', ...message },
  ...over,
});

/** Signs the exact bytes sent, as Zalo does: mac = sha256(appId + body + timestamp + OA secret). */
function signed(event: Record<string, unknown>, secret = SECRET) {
  const raw = JSON.stringify(event);
  return {
    raw,
    headers: {
      'Content-Type': 'application/json',
      'X-ZEvent-Signature': `mac=${zaloOaMac(APP_ID, raw, String(event.timestamp), secret)}`,
    },
  };
}

describe('Zalo OA channel, against a stand-in of the OA message API', () => {
  let zalo: ZaloOaStandIn;
  beforeAll(async () => {
    zalo = await startZaloOa(TOKEN);
  });
  afterAll(() => zalo?.close());
  beforeEach(() => zalo.reset());
  // A failed assertion can leave replies in flight; let them land before the next test resets the stand-in.
  const inFlight: Promise<void>[] = [];
  afterEach(async () => {
    await Promise.allSettled(inFlight.splice(0));
  });

  type HarnessOptions = {
    reply?: (m: IncomingMessage) => BotReply;
    handle?: (m: IncomingMessage) => Promise<BotReply>;
    findMember?: (id: string) => Promise<string | undefined>;
  };

  function harness(opts: HarnessOptions = {}) {
    const calls: IncomingMessage[] = [];
    const logs: string[] = [];
    const work: Promise<void>[] = [];
    const track = (w: Promise<void>) => {
      work.push(w);
      inFlight.push(w);
    };
    const conversation: Conversation = {
      async handle(m) {
        calls.push(m);
        if (opts.handle) return opts.handle(m);
        return opts.reply?.(m) ?? aReply();
      },
    };
    const sender = createZaloOaSendClient({
      apiBase: zalo.url,
      accessToken: TOKEN,
      miniAppId: MINI_APP_ID,
      sleep: async () => {},
      log: (m) => logs.push(m),
    });
    const webhook = zaloOaWebhook({
      appId: APP_ID,
      secretKey: SECRET,
      conversation,
      sender,
      now: () => NOW,
      findMemberByZaloAppUserId: opts.findMember,
      waitUntil: track,
      log: (m) => logs.push(m),
    });
    // Mounted the way the composition root mounts it.
    const app = new Hono().route(PATH, webhook);
    const post = async (raw: string, headers: Record<string, string>) => {
      const res = await app.request(PATH, { method: 'POST', body: raw, headers });
      return { status: res.status, body: await res.json() };
    };
    return { post, calls, logs, settled: () => Promise.all(work) };
  }

  it('answers a signed user_send_text through the OA API, with the lesson as an oa.open.url button', async () => {
    const h = harness();
    const { raw, headers } = signed(anEvent());
    expect(await h.post(raw, headers)).toEqual({ status: 200, body: { ok: true } });
    await h.settled();
    expect(h.calls).toEqual([
      { channel: 'zalo_oa', userKey: 'oa:2468458835296117922', text: 'cài vneid thế nào', lang: 'vi' },
    ]);
    expect(zalo.rejected).toEqual([]);
    expect(zalo.received).toHaveLength(1);
    expect(zalo.received[0]).toMatchObject({
      recipient: { user_id: '2468458835296117922' },
      message: {
        text: aReply().text,
        attachment: {
          type: 'template',
          payload: {
            buttons: [
              {
                title: 'Xem bài học',
                type: 'oa.open.url',
                payload: { url: `https://zalo.me/s/${MINI_APP_ID}/lesson/vneid-install` },
              },
              { title: 'Hỏi người hỗ trợ', type: 'oa.query.hide', payload: HANDOFF_PAYLOAD },
            ],
          },
        },
      },
    });
  });

  it('refuses a forged or missing signature with a 401 and sends nothing', async () => {
    const h = harness();
    const forged = signed(anEvent(), 'guessed-secret');
    expect(await h.post(forged.raw, forged.headers)).toEqual({
      status: 401,
      body: { error: { code: 'invalid_signature', message: expect.any(String) } },
    });
    // A genuine signature over different bytes: the body was tampered with after signing.
    const genuine = signed(anEvent());
    const tampered = genuine.raw.replace('cài vneid', 'chuyển tiền');
    expect((await h.post(tampered, genuine.headers)).status).toBe(401);
    expect(await h.post(genuine.raw, { 'Content-Type': 'application/json' })).toEqual({
      status: 401,
      body: { error: { code: 'invalid_signature', message: expect.any(String) } },
    });
    expect((await h.post(genuine.raw, { ...genuine.headers, 'X-ZEvent-Signature': 'mac=not-hex' })).status).toBe(401);
    await h.settled();
    expect(h.calls).toEqual([]);
    expect(zalo.requests()).toBe(0);
  });

  it('acknowledges a well-signed stale or future event with a 200 so Zalo stops redelivering, and acts on neither', async () => {
    const h = harness();
    const old = signed(anEvent({ timestamp: String(NOW.getTime() - 5 * 60_000 - 1000) }));
    expect(await h.post(old.raw, old.headers)).toEqual({ status: 200, body: { ok: true, ignored: 'stale' } });
    // Zalo's last retries come hours later: still acknowledged, still not answered.
    const hoursLate = signed(anEvent({ timestamp: String(NOW.getTime() - 3 * 3600_000) }));
    expect(await h.post(hoursLate.raw, hoursLate.headers)).toEqual({
      status: 200,
      body: { ok: true, ignored: 'stale' },
    });
    const ahead = signed(anEvent({ timestamp: String(NOW.getTime() + 2 * 60_000) }));
    expect(await h.post(ahead.raw, ahead.headers)).toEqual({ status: 200, body: { ok: true, ignored: 'stale' } });
    // Within the window either side is fine (a little clock skew, a first retry 30 s later).
    const skewed = signed(anEvent({ timestamp: String(NOW.getTime() + 30_000) }));
    expect(await h.post(skewed.raw, skewed.headers)).toEqual({ status: 200, body: { ok: true } });
    await h.settled();
    expect(h.calls.map((c) => c.text)).toHaveLength(1);
    expect(zalo.received).toHaveLength(1);
  });

  it('still refuses a forged event with a 401 when it is also stale, and a duplicate is acknowledged, not answered', async () => {
    const h = harness();
    const forgedOld = signed(anEvent({ timestamp: String(NOW.getTime() - 3600_000) }), 'guessed-secret');
    expect(await h.post(forgedOld.raw, forgedOld.headers)).toEqual({
      status: 401,
      body: { error: { code: 'invalid_signature', message: expect.any(String) } },
    });
    const unsignedOld = signed(anEvent({ timestamp: String(NOW.getTime() - 3600_000) }));
    expect((await h.post(unsignedOld.raw, { 'Content-Type': 'application/json' })).status).toBe(401);
    const fresh = signed(anEvent());
    await h.post(fresh.raw, fresh.headers);
    expect(await h.post(fresh.raw, fresh.headers)).toEqual({ status: 200, body: { ok: true, duplicate: true } });
    await h.settled();
    expect(h.calls).toHaveLength(1);
  });

  it('acknowledges events it does not answer with a 200 and does nothing', async () => {
    const h = harness();
    const follow = signed({
      app_id: APP_ID,
      event_name: 'follow',
      timestamp: String(NOW.getTime()),
      oa_id: '579745863508352884',
      follower: { id: '2468458835296117922' },
    });
    expect(await h.post(follow.raw, follow.headers)).toEqual({ status: 200, body: { ok: true, ignored: true } });
    const image = signed(
      anEvent(
        { event_name: 'user_send_image' },
        { text: undefined, attachments: [{ type: 'image', payload: { url: 'https://example.com/a.jpg' } }] },
      ),
    );
    expect((await h.post(image.raw, image.headers)).body).toEqual({ ok: true, ignored: true });
    const blank = signed(anEvent({}, { text: '   ' }));
    expect((await h.post(blank.raw, blank.headers)).body).toEqual({ ok: true, ignored: true });
    await h.settled();
    expect(h.calls).toEqual([]);
    expect(zalo.requests()).toBe(0);
  });

  it("answers Zalo's unsigned empty check of a new webhook URL, and nothing else unsigned", async () => {
    const h = harness();
    expect(await h.post('{}', { 'Content-Type': 'application/json' })).toEqual({ status: 200, body: { ok: true } });
    expect((await h.post('{"event_name":"follow"}', { 'Content-Type': 'application/json' })).status).toBe(401);
  });

  it('answers a redelivered event once', async () => {
    const h = harness();
    const { raw, headers } = signed(anEvent());
    expect(await h.post(raw, headers)).toEqual({ status: 200, body: { ok: true } });
    expect(await h.post(raw, headers)).toEqual({ status: 200, body: { ok: true, duplicate: true } });
    expect((await h.post(raw, headers)).status).toBe(200);
    await h.settled();
    expect(h.calls).toHaveLength(1);
    expect(zalo.received).toHaveLength(1);
  });

  it('round-trips a query button: its payload comes back as the text of the next user_send_text', async () => {
    const quiz = aReply({
      kind: 'quiz',
      text: 'Câu 1: Ai được phép hỏi mã OTP của bạn?',
      buttons: [
        { kind: 'query', payload: 'quiz:vneid-install:1:A', title: 'Công an' },
        { kind: 'query', payload: 'quiz:vneid-install:1:B', title: 'Không ai cả' },
      ],
    });
    const h = harness({
      reply: (m) => (m.text.startsWith('quiz:') ? aReply({ kind: 'quiz', text: 'Đúng rồi!', buttons: [] }) : quiz),
    });
    const first = signed(anEvent({}, { text: 'học bài cài vneid' }));
    await h.post(first.raw, first.headers);
    await h.settled();
    const sent = zalo.received[0].message.attachment!.payload.buttons;
    expect(sent).toEqual([
      { title: 'Công an', type: 'oa.query.hide', payload: 'quiz:vneid-install:1:A' },
      { title: 'Không ai cả', type: 'oa.query.hide', payload: 'quiz:vneid-install:1:B' },
    ]);
    // Zalo delivers a tap on an oa.query.hide button as a user_send_text carrying the payload.
    const tap = signed(anEvent({}, { text: sent[1].payload }));
    expect((await h.post(tap.raw, tap.headers)).status).toBe(200);
    await h.settled();
    expect(h.calls.map((c) => c.text)).toEqual(['học bài cài vneid', 'quiz:vneid-install:1:B']);
    expect(zalo.received[1].message).toEqual({ text: 'Đúng rồi!' });
  });

  it('retries after a 429, a 503 and a Zalo rate-limit error, then delivers once', async () => {
    const h = harness();
    zalo.failNext('http_429');
    const one = signed(anEvent());
    await h.post(one.raw, one.headers);
    await h.settled();
    expect(zalo.requests()).toBe(2);
    expect(zalo.received).toHaveLength(1);

    zalo.reset();
    zalo.failNext('rate_limit', 'http_503');
    const two = signed(anEvent());
    await h.post(two.raw, two.headers);
    await h.settled();
    expect(zalo.requests()).toBe(3);
    expect(zalo.received).toHaveLength(1);
    expect(h.logs).toEqual([]);
  });

  it('gives up after three tries, and reports rather than throws', async () => {
    const logs: string[] = [];
    const sleeps: number[] = [];
    const client = createZaloOaSendClient({
      apiBase: zalo.url,
      accessToken: TOKEN,
      miniAppId: MINI_APP_ID,
      baseDelayMs: 100,
      sleep: async (ms) => void sleeps.push(ms),
      log: (m) => logs.push(m),
    });
    zalo.failNext('http_429', 'rate_limit', 'http_503', 'http_503');
    expect(await client.send('2468458835296117922', aReply())).toEqual({
      ok: false,
      code: 'http_503',
      message: expect.any(String),
      attempts: 3,
    });
    expect(zalo.requests()).toBe(3);
    expect(sleeps).toHaveLength(2);
    expect(sleeps[1]).toBeGreaterThan(sleeps[0] / 2);
    expect(logs).toEqual([expect.stringContaining('after 3 tries')]);
    // Unreachable Zalo is a value too.
    const down = createZaloOaSendClient({
      apiBase: 'http://127.0.0.1:9',
      accessToken: TOKEN,
      miniAppId: MINI_APP_ID,
      sleep: async () => {},
      log: () => {},
    });
    expect(await down.send('2468458835296117922', aReply())).toMatchObject({ ok: false, code: 'network', attempts: 3 });
  });

  it('does not retry what retrying cannot fix: a rejected token is one request and a logged failure', async () => {
    const logs: string[] = [];
    const client = createZaloOaSendClient({
      apiBase: zalo.url,
      accessToken: 'expired-token',
      miniAppId: MINI_APP_ID,
      sleep: async () => {},
      log: (m) => logs.push(m),
    });
    expect(await client.send('2468458835296117922', aReply())).toEqual({
      ok: false,
      code: 'zalo_-216',
      message: 'Access token is invalid',
      attempts: 1,
    });
    expect(zalo.requests()).toBe(1);
    expect(logs.join('\n')).not.toContain('expired-token');
  });

  it('links the OA user to a resident through user_id_by_app', async () => {
    const asked: string[] = [];
    const h = harness({ findMember: async (id) => (asked.push(id), id === '5521039856' ? 'member-42' : undefined) });
    const linked = signed(anEvent({ user_id_by_app: '5521039856' }));
    await h.post(linked.raw, linked.headers);
    const stranger = signed(anEvent({ user_id_by_app: '9999999999' }));
    await h.post(stranger.raw, stranger.headers);
    const none = signed(anEvent());
    await h.post(none.raw, none.headers);
    await h.settled();
    expect(asked).toEqual(['5521039856', '9999999999']);
    expect(h.calls.map((c) => c.memberId)).toEqual(['member-42', undefined, undefined]);
    expect(h.calls[0]).toMatchObject({ channel: 'zalo_oa', userKey: 'oa:2468458835296117922', memberId: 'member-42' });
  });

  it('still answers when the member lookup fails, and answers one sender in order', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const h = harness({
      findMember: async () => {
        throw new Error('database down');
      },
      handle: async (m) => {
        if (m.text === 'một') await gate;
        return aReply({ text: `re: ${m.text}`, buttons: [] });
      },
    });
    const first = signed(anEvent({ user_id_by_app: '5521039856' }, { text: 'một' }));
    const second = signed(anEvent({ user_id_by_app: '5521039856' }, { text: 'hai' }));
    await h.post(first.raw, first.headers);
    await h.post(second.raw, second.headers);
    await new Promise((r) => setImmediate(r));
    // The second message waits for the first to be answered, although nothing else holds it up.
    expect(h.calls.map((c) => c.text)).toEqual(['một']);
    release();
    await h.settled();
    expect(zalo.received.map((m) => m.message.text)).toEqual(['re: một', 're: hai']);
    expect(h.calls.map((c) => c.memberId)).toEqual([undefined, undefined]);
  });
});

describe('Zalo OA message shape', () => {
  it('keeps at most five buttons, lesson and hand-off first, in the order given', () => {
    const queries = Array.from({ length: 6 }, (_, i) => ({
      kind: 'query' as const,
      payload: `p${i}`,
      title: `Câu ${i}`,
    }));
    const buttons = [
      ...queries,
      { kind: 'lesson' as const, lessonId: 'fraud-otp', title: 'Bài học' },
      { kind: 'handoff' as const, title: 'Người hỗ trợ' },
    ];
    expect(pickButtons(buttons).map((b) => b.title)).toEqual(['Câu 0', 'Câu 1', 'Câu 2', 'Bài học', 'Người hỗ trợ']);
    const msg = toZaloOaMessage({ text: 'x', buttons }, MINI_APP_ID);
    expect(msg.attachment?.payload.buttons).toHaveLength(5);
    expect(toZaloOaMessage({ text: 'chỉ chữ', buttons: [] }, MINI_APP_ID)).toEqual({ text: 'chỉ chữ' });
    // Zalo's documented shape for text with buttons: the text beside the attachment, no template_type.
    expect(
      toZaloOaMessage({ text: 'Xem bài', buttons: [{ kind: 'lesson', lessonId: 'a b', title: 'Bài' }] }, MINI_APP_ID),
    ).toEqual({
      text: 'Xem bài',
      attachment: {
        type: 'template',
        payload: {
          buttons: [
            { title: 'Bài', type: 'oa.open.url', payload: { url: `https://zalo.me/s/${MINI_APP_ID}/lesson/a%20b` } },
          ],
        },
      },
    });
  });

  it('accepts the signature with or without the mac= prefix, in either case', () => {
    const raw = JSON.stringify(anEvent());
    const ts = String(JSON.parse(raw).timestamp);
    const mac = zaloOaMac(APP_ID, raw, ts, SECRET);
    for (const header of [`mac=${mac}`, mac, `MAC=${mac.toUpperCase()}`]) {
      expect(verifyZaloOaSignature({ appId: APP_ID, secretKey: SECRET, rawBody: raw, header, now: NOW }).ok).toBe(true);
    }
    // The app id is part of the mac: an event signed for another app does not pass.
    expect(
      verifyZaloOaSignature({ appId: 'another-app', secretKey: SECRET, rawBody: raw, header: mac, now: NOW }),
    ).toEqual({ ok: false, reason: 'bad_signature' });
  });
});

describe('Zalo OA configuration', () => {
  it('is present only when both the OA secret key and the access token are set', () => {
    expect(readConfig({ ZALO_OA_SECRET_KEY: 's' }).zaloOa).toBeUndefined();
    expect(readConfig({ ZALO_OA_ACCESS_TOKEN: 't' }).zaloOa).toBeUndefined();
    expect(readConfig({ ZALO_APP_ID: 'app-1', ZALO_OA_SECRET_KEY: 's', ZALO_OA_ACCESS_TOKEN: 't' }).zaloOa).toEqual({
      appId: 'app-1',
      secretKey: 's',
      accessToken: 't',
      apiBase: 'https://openapi.zalo.me',
    });
    expect(
      readConfig({
        ZALO_APP_ID: 'app-1',
        ZALO_OA_APP_ID: 'oa-app',
        ZALO_OA_SECRET_KEY: 's',
        ZALO_OA_ACCESS_TOKEN: 't',
        ZALO_OA_API_BASE: 'http://127.0.0.1:1',
      }).zaloOa,
    ).toMatchObject({ appId: 'oa-app', apiBase: 'http://127.0.0.1:1' });
  });
});

describe.each(backends)('finding the resident behind an OA user (%s)', (backend) => {
  it('matches user_id_by_app to the member signed in with the same app-scoped Zalo id', async () => {
    await withTestDatabase(backend, {}, async (db) => {
      const member = await createMembers(db, () => NOW).signIn('zalo:5521039856', 'Nguyễn Thị Hoa');
      await createMembers(db, () => NOW).signIn('dev:5521039856', 'Dev');
      const find = memberByZaloAppUserId(db);
      expect(await find('5521039856')).toBe(member.id);
      expect(await find('0000000000')).toBeUndefined();
    });
  });
});
