import { Client, isApiError } from '@botpress/client';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFaq } from '../../bot/chatbot/load-faq';
import { askKnowledgeBase } from '../../bot/channels/botpress/ask-knowledge-base';
import { createBotpressClient } from '../../bot/channels/botpress/client';
import { createBotpress } from '../../bot/channels/botpress/create-botpress';
import { faqFileKey } from '../../bot/channels/botpress/faq-markdown';
import { PROGRESS_SCHEMA } from '../../bot/channels/botpress/household-rows';
import { mirrorHouseholdProgress } from '../../bot/channels/botpress/mirror-progress';
import { publishFaq } from '../../bot/channels/botpress/publish-faq';
import { readConfig } from '../../bot/config';
import type { FaqEntry } from '../../src/core/content/faq-schema';
import { seedWard } from '../bench/seed-ward';
import { startAppServer, type RunningApp } from '../e2e/support/app-server';
import { apiClient, resident } from '../support/api-client';
import { startBotpressStandIn, type BotpressStandIn } from '../stand-ins/botpress';
import { backends } from '../support/backends';
import { openTestDatabase, type TestDatabase } from '../support/test-database';
import { aResultRow } from '../builders/result-row';

const TABLE = 'HvsHouseholdProgress';
const REQUIRED = ['vneid-install', 'fraud-fake-police', 'smart-hp-register'];
const AREAS = [1, 2, 3].map((n) => ({
  id: `le-chan/${n}`,
  ward_id: 'le-chan',
  ward_name: 'Phường Lê Chân',
  name: `Tổ dân phố ${n}`,
  sort: n,
}));
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

let bp: BotpressStandIn;
const logs: string[] = [];
const log = (msg: string) => void logs.push(msg);
// Fast backoff keeps the suite quick; the server's Retry-After still wins, which is what the 429 test checks.
const client = () => createBotpressClient({ token: bp.token, botId: bp.botId, apiUrl: bp.url }, { baseDelayMs: 20 });
const upserts = () => bp.requests.filter((r) => r.method === 'POST' && r.path === `/v1/tables/${TABLE}/rows/upsert`);

beforeAll(async () => {
  bp = await startBotpressStandIn({ filesPageSize: 4 });
});
afterAll(() => bp.close());

describe.each(backends)('mirroring household progress (%s)', (backend) => {
  let database: TestDatabase;
  let householdIds: string[];

  beforeAll(async () => {
    database = await openTestDatabase(backend);
    await database.db.insertInto('areas').values(AREAS).execute();
    ({ householdIds } = await seedWard(database.db, {
      households: 2500,
      areaIds: AREAS.map((a) => a.id),
      lessonIds: [...REQUIRED, 'fraud-investment'],
      required: REQUIRED,
    }));
    bp.tables.delete(TABLE);
  });
  afterAll(() => database?.dispose());

  const rowsByCode = () => new Map([...bp.tables.get(TABLE)!.rows.values()].map((r) => [r.householdCode as string, r]));

  it('creates the table and upserts one row per household in batches of at most 1000', async () => {
    const before = upserts().length;
    const res = await mirrorHouseholdProgress(database.db, client(), { required: REQUIRED, table: TABLE, log });
    expect(res).toMatchObject({ rows: 2500, batches: 3, failed: 0 });
    const batches = upserts().slice(before);
    expect(batches.length).toBeGreaterThanOrEqual(3);
    expect(batches.every((b) => b.status === 200 && b.rows! <= 1000)).toBe(true);
    const table = bp.tables.get(TABLE)!;
    expect(table.keyColumn).toBe('householdCode');
    expect(table.rows.size).toBe(2500);
    expect(rowsByCode().size).toBe(2500);
  });

  it('writes counts that agree with the household rule, and nothing personal', async () => {
    const { db } = database;
    const done = await db
      .selectFrom('completions')
      .innerJoin('households', 'households.id', 'completions.household_id')
      .select(['households.code', sql<number>`count(distinct lesson_id)`.as('n')])
      .where('passed', '=', true)
      .where('lesson_id', 'in', REQUIRED)
      .groupBy('households.code')
      .execute();
    const doneByCode = new Map(done.map((d) => [d.code, Number(d.n)]));
    const members = await db
      .selectFrom('members')
      .innerJoin('households', 'households.id', 'members.household_id')
      .select(['households.code', sql<number>`count(*)`.as('n')])
      .groupBy('households.code')
      .execute();
    const rows = rowsByCode();
    for (const m of members.slice(0, 200)) {
      const row = rows.get(m.code)!;
      expect(row.members).toBe(Number(m.n));
      expect(row.doneCount).toBe(doneByCode.get(m.code) ?? 0);
      expect(row.total).toBe(REQUIRED.length);
      expect(row.complete).toBe(row.doneCount === REQUIRED.length);
      expect(row.completedAt === null).toBe(!row.complete);
    }
    const columns = new Set([...Object.keys(PROGRESS_SCHEMA.properties), 'id', 'createdAt', 'updatedAt']);
    const sample = [...rows.values()].slice(0, 50);
    expect(sample.every((r) => Object.keys(r).every((k) => columns.has(k)))).toBe(true);
    expect(JSON.stringify(sample)).not.toMatch(/Thành viên|seed:/);
  });

  it('updates rows on a second run instead of duplicating them', async () => {
    const idsBefore = [...bp.tables.get(TABLE)!.rows.keys()].sort();
    const res = await mirrorHouseholdProgress(database.db, client(), { required: REQUIRED, table: TABLE, log });
    expect(res.rows).toBe(2500);
    expect([...bp.tables.get(TABLE)!.rows.keys()].sort()).toEqual(idsBefore);
  });

  it('removes the row of a deleted household on the next full run', async () => {
    const gone = await database.db
      .selectFrom('households')
      .select(['id', 'code'])
      .where('id', '=', householdIds[7])
      .executeTakeFirstOrThrow();
    await database.db.deleteFrom('households').where('id', '=', gone.id).execute();
    const res = await mirrorHouseholdProgress(database.db, client(), { required: REQUIRED, table: TABLE, log });
    expect(res).toMatchObject({ rows: 2499, pruned: 1 });
    expect(rowsByCode().has(gone.code)).toBe(false);
  });

  it('mirrors only the households just written to', async () => {
    const { db } = database;
    const idle = await db
      .selectFrom('households')
      .select(['id', 'code'])
      .where('id', 'not in', db.selectFrom('completions').select('household_id'))
      .executeTakeFirstOrThrow();
    await db
      .insertInto('completions')
      .values(
        REQUIRED.map((lessonId) =>
          aResultRow(idle.id, lessonId, { source: 'bot', completed_at: new Date('2026-11-20T08:00:00Z') }),
        ),
      )
      .execute();
    const res = await mirrorHouseholdProgress(database.db, client(), {
      required: REQUIRED,
      table: TABLE,
      householdIds: [idle.id],
      log,
    });
    expect(res).toMatchObject({ rows: 1, batches: 1, pruned: 0 });
    expect(rowsByCode().get(idle.code)).toMatchObject({
      doneCount: 3,
      complete: true,
      completedAt: '2026-11-20T08:00:00.000Z',
    });
    expect(bp.tables.get(TABLE)!.rows.size).toBe(2499);
  });

  it('gathers writes made close together into one upsert', async () => {
    const before = upserts().length;
    const botpress = createBotpress({ token: bp.token, botId: bp.botId, apiUrl: bp.url, table: TABLE }, { log });
    for (const id of householdIds.slice(200, 205)) botpress.mirrorSoon(database.db, REQUIRED, id, 50);
    await expect
      .poll(() =>
        upserts()
          .slice(before)
          .map((u) => u.rows),
      )
      .toEqual([5]);
  });

  it('waits out a 429 as told by Retry-After, through the real client', async () => {
    const before = upserts().length;
    bp.failNext(2, { status: 429, retryAfterSeconds: 1, match: /rows\/upsert$/ });
    const botpress = createBotpress(
      { token: bp.token, botId: bp.botId, apiUrl: bp.url, table: TABLE },
      { log, batchClient: { baseDelayMs: 20 } },
    );
    const res = await botpress.mirror(database.db, REQUIRED, householdIds.slice(100, 110));
    expect(res.rows).toBe(10);
    const tries = upserts().slice(before);
    expect(tries.map((t) => t.status)).toEqual([429, 429, 200]);
    expect(tries[1].at - tries[0].at).toBeGreaterThanOrEqual(900);
    expect(logs.some((l) => /retry 1 after POST .*rows\/upsert → 429/.test(l))).toBe(true);
  });
});

describe('the Botpress client and the stand-in contract', () => {
  it('does not retry at all without a retry option, which is why we always configure one', async () => {
    bp.failNext(1, { status: 429, match: /rows\/find$/ });
    const bare = new Client({ token: bp.token, botId: bp.botId, apiUrl: bp.url });
    await bare.getOrCreateTable({ table: 'Plain', schema: { type: 'object', properties: { k: { type: 'string' } } } });
    const err = await bare.findTableRows({ table: 'Plain' }).catch((e: unknown) => e);
    expect(isApiError(err) && err.type).toBe('RateLimited');
  });

  it('retries a 503 on an upsert but never a non-idempotent createTableRows', async () => {
    const c = client();
    await c.getOrCreateTable({
      table: 'Retry',
      schema: { type: 'object', properties: { k: { type: 'string' } } },
      keyColumn: 'k',
    });
    bp.failNext(1, { status: 503, match: /Retry\/rows\/upsert$/ });
    await expect(c.upsertTableRows({ table: 'Retry', rows: [{ k: 'a' }], keyColumn: 'k' })).resolves.toMatchObject({
      inserted: [{ k: 'a' }],
    });
    bp.failNext(1, { status: 503, match: /^POST \/v1\/tables\/Retry\/rows$/ });
    const before = bp.requests.length;
    await expect(c.createTableRows({ table: 'Retry', rows: [{ k: 'b' }] })).rejects.toMatchObject({ type: 'Internal' });
    expect(bp.requests.slice(before).filter((r) => r.path === '/v1/tables/Retry/rows')).toHaveLength(1);
  });

  it('enforces the free-plan limits: 1000 rows a request, 20 columns, 4 KB a row', async () => {
    const c = client();
    const wide = Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`c${i}`, { type: 'string' }]));
    await expect(
      c.getOrCreateTable({ table: 'Wide', schema: { type: 'object', properties: wide } }),
    ).rejects.toMatchObject({ type: 'LimitExceeded' });
    await c.getOrCreateTable({
      table: 'Limits',
      schema: { type: 'object', properties: { k: { type: 'string' }, note: { type: 'string' } } },
      keyColumn: 'k',
    });
    const rows = Array.from({ length: 1001 }, (_, i) => ({ k: `r${i}` }));
    await expect(c.upsertTableRows({ table: 'Limits', rows, keyColumn: 'k' })).rejects.toMatchObject({
      type: 'InvalidPayload',
    });
    await expect(
      c.upsertTableRows({ table: 'Limits', rows: [{ k: 'big', note: 'x'.repeat(5000) }], keyColumn: 'k' }),
    ).rejects.toMatchObject({ type: 'PayloadTooLarge' });
    await expect(
      c.upsertTableRows({ table: 'Limits', rows: rows.slice(0, 1000), keyColumn: 'k' }),
    ).resolves.toMatchObject({ inserted: expect.any(Array) });
  });

  it('rejects requests without a token or a bot id, with a Botpress error body', async () => {
    const bare = await fetch(`${bp.url}/v1/tables/${TABLE}`, { headers: { 'x-bot-id': bp.botId } });
    expect(bare.status).toBe(401);
    expect(await bare.json()).toMatchObject({
      id: expect.stringMatching(/^err_/),
      code: 401,
      type: 'Unauthorized',
      message: expect.any(String),
    });
    const noBot = await fetch(`${bp.url}/v1/tables/${TABLE}`, { headers: { Authorization: `Bearer ${bp.token}` } });
    expect(noBot.status).toBe(400);
    const wrong = createBotpressClient({ token: 'not-the-token', botId: bp.botId, apiUrl: bp.url });
    const err = await wrong.getTable({ table: TABLE }).catch((e: unknown) => e);
    expect(isApiError(err) && err.type).toBe('Unauthorized');
  });

  it('reads Botpress settings from the environment only when token and bot id are both set', () => {
    expect(readConfig({ BOTPRESS_TOKEN: 't' }).botpress).toBeUndefined();
    expect(readConfig({ BOTPRESS_TOKEN: 't', BOTPRESS_BOT_ID: 'b' }).botpress).toEqual({
      token: 't',
      botId: 'b',
      apiUrl: undefined,
      table: 'HvsHouseholdProgress',
      minScore: undefined,
    });
    expect(
      readConfig({ BOTPRESS_TOKEN: 't', BOTPRESS_BOT_ID: 'b', BOTPRESS_TABLE: 'T', BOTPRESS_KB_MIN_SCORE: '0.6' })
        .botpress,
    ).toMatchObject({ table: 'T', minScore: 0.6 });
  });
});

describe('the FAQ in the Botpress knowledge base', () => {
  let entries: FaqEntry[];
  const faqFiles = () => [...bp.files.values()].filter((f) => f.tags.source === 'hvs-faq');

  beforeAll(async () => {
    entries = await loadFaq();
  });

  it('publishes one indexed file per topic and language, under stable keys', async () => {
    const res = await publishFaq(client(), entries, { log });
    const topics = [...new Set(entries.map((e) => e.topic))];
    expect(res.uploaded).toHaveLength(topics.length * 2);
    expect(faqFiles()).toHaveLength(topics.length * 2);
    for (const lang of ['vi', 'en'] as const) {
      for (const topic of topics) {
        const f = faqFiles().find((x) => x.key === faqFileKey(lang, topic))!;
        expect(f).toMatchObject({
          index: true,
          status: 'indexing_completed',
          contentType: 'text/markdown',
          tags: { source: 'hvs-faq', topic, lang },
        });
        for (const e of entries.filter((x) => x.topic === topic)) {
          expect(f.content).toContain(oneLine(e[lang].question));
          expect(f.content).toContain(oneLine(e[lang].answer));
        }
      }
    }
  });

  it('leaves unchanged topics alone, replaces a changed one and deletes retired files', async () => {
    const c = client();
    await c.uploadFile({
      key: 'hvs-faq/vi/retired.md',
      content: '# old',
      index: true,
      tags: { source: 'hvs-faq', lang: 'vi', topic: 'retired' },
    });
    await c.uploadFile({ key: 'other/notes.md', content: '# not ours', tags: { source: 'someone-else' } });
    const edited = entries.map((e, i) => (i === 0 ? { ...e, vi: { ...e.vi, answer: `${e.vi.answer} (đã sửa)` } } : e));
    const before = bp.requests.length;
    const res = await publishFaq(c, edited, { log });
    expect(res.uploaded).toEqual([faqFileKey('vi', entries[0].topic)]);
    expect(res.deleted).toEqual(['hvs-faq/vi/retired.md']);
    expect(bp.requests.slice(before).filter((r) => r.method === 'PUT' && r.path === '/v1/files')).toHaveLength(1);
    expect([...bp.files.values()].some((f) => f.key === 'other/notes.md')).toBe(true);
    await publishFaq(c, entries, { log });
  });

  describe('asking it', () => {
    // A small FAQ of our own: the stand-in scores by shared words, not meaning, so the real corpus (still growing)
    // would make near-ties that say nothing about the bridge.
    const faqEntry = (id: string, topic: FaqEntry['topic'], vi: [string, string], en: [string, string]): FaqEntry => ({
      id,
      topic,
      vi: { question: vi[0], phrasings: [vi[0].toLowerCase(), `cho bác hỏi ${vi[0].toLowerCase()}`], answer: vi[1] },
      en: { question: en[0], phrasings: [en[0].toLowerCase(), `please tell me ${en[0].toLowerCase()}`], answer: en[1] },
    });
    const fixture = [
      faqEntry(
        'vneid-where',
        'vneid',
        ['Tải ứng dụng VNeID ở đâu cho đúng?', 'Bác chỉ tải VNeID từ CH Play hoặc App Store.'],
        ['Where do I download VNeID?', 'Only from Google Play or the App Store.'],
      ),
      faqEntry(
        'vneid-password',
        'vneid',
        ['Quên mật khẩu VNeID thì làm sao?', 'Bác bấm Quên mật khẩu rồi nhập mã gửi về điện thoại.'],
        ['I forgot my VNeID password', 'Tap Forgot password and enter the code sent to your phone.'],
      ),
      faqEntry(
        'fraud-report',
        'fraud',
        ['Báo cáo lừa đảo qua mạng ở đâu?', 'Bác báo lên trang canhbao.ncsc.gov.vn hoặc gọi công an phường.'],
        ['Where do I report an online scam?', 'Report it on canhbao.ncsc.gov.vn or call the ward police.'],
      ),
    ];
    beforeAll(() => publishFaq(client(), fixture, { log }));

    it('answers in the asked language, with its source', async () => {
      const vi = await askKnowledgeBase(client(), 'quen mat khau vneid thi lam sao', 'vi', { log });
      expect(vi).toEqual({
        answer: fixture[1].vi.answer,
        score: expect.any(Number),
        source: faqFileKey('vi', 'vneid'),
      });
      expect(vi!.score).toBeGreaterThanOrEqual(0.75);
      const en = await askKnowledgeBase(client(), 'where do I report an online scam', 'en', { log });
      expect(en).toMatchObject({ answer: fixture[2].en.answer, source: faqFileKey('en', 'fraud') });
    });

    it('says nothing below the threshold, on errors, or when the question holds a code', async () => {
      expect(await askKnowledgeBase(client(), 'giá vàng hôm nay bao nhiêu', 'vi', { log })).toBeUndefined();
      const q = fixture[0].vi.question;
      expect(await askKnowledgeBase(client(), q, 'vi', { minScore: 1.01, log })).toBeUndefined();

      bp.failNext(5, { status: 500, match: /files\/search/ });
      logs.length = 0;
      await expect(askKnowledgeBase(client(), q, 'vi', { log })).resolves.toBeUndefined();
      expect(logs.join('\n')).toMatch(/knowledge base search failed: Internal/);
      expect(logs.join('\n')).not.toContain(q);

      const offline = createBotpressClient({ token: 't', botId: 'b', apiUrl: 'http://127.0.0.1:9' }, { retries: 0 });
      await expect(askKnowledgeBase(offline, q, 'vi', { log })).resolves.toBeUndefined();

      const before = bp.requests.length;
      expect(
        await askKnowledgeBase(client(), 'công an gọi xin mã OTP 483 920 có sao không', 'vi', { log }),
      ).toBeUndefined();
      expect(bp.requests.length).toBe(before);
    });

    it('gives up quickly on the chat path when Botpress is rate limiting', async () => {
      const botpress = createBotpress({ token: bp.token, botId: bp.botId, apiUrl: bp.url, table: TABLE }, { log });
      await expect(botpress.ask(fixture[0].vi.question, 'vi')).resolves.toMatchObject({ answer: fixture[0].vi.answer });
      bp.failNext(1, { status: 429, retryAfterSeconds: 30, match: /files\/search/ });
      const before = bp.requests.length;
      await expect(botpress.ask(fixture[0].vi.question, 'vi')).resolves.toBeUndefined();
      // One search, refused, and no retry: waiting out Retry-After (30 s) would have held the resident's answer.
      expect(
        bp.requests
          .slice(before)
          .filter((r) => /files\/search/.test(r.path))
          .map((r) => r.status),
      ).toEqual([429]);
    });
  });

  it('every request the real client sent was one the stand-in serves', () => {
    expect(bp.requests.filter((r) => r.status === 404)).toEqual([]);
  });
});

describe.each(backends)('a quiz passed in the chat (%s)', (backend) => {
  let app: RunningApp;
  const table = 'ChatQuizMirror';
  beforeAll(async () => {
    app = await startAppServer({
      backend,
      env: { BOTPRESS_TOKEN: bp.token, BOTPRESS_BOT_ID: bp.botId, BOTPRESS_API_URL: bp.url, BOTPRESS_TABLE: table },
    });
  });
  afterAll(() => app?.close());

  it('reaches the Botpress table within seconds, through the same after-write mirror as the app', async () => {
    const r = await resident(app.url, 'Ông Học Chat');
    const household = (await r.api.post('/api/households', { areaId: 'le-chan/3' })).body;
    const ask = (text: string) =>
      apiClient(app.url, r.token).post('/api/bot/message', { text, chatId: `chat-${backend}` });
    const lesson = app.services.lessons.lessons.get(REQUIRED[0])!.vi;
    let reply = (await ask(`học bài ${lesson.title}`)).body;
    for (const [q, question] of lesson.quiz.entries())
      reply = (await ask(`quiz:${lesson.id}:${q}:${question.correct}`)).body;
    expect(reply.text).toContain('đã ghi nhận');
    // No full mirror runs in this server (that timer lives in start.ts): only the chat's own hook can write the row.
    await expect
      .poll(
        () =>
          [...(bp.tables.get(table)?.rows.values() ?? [])].find(
            (row) => row.householdCode === household.household.code,
          ),
        { timeout: 12_000, interval: 250 },
      )
      .toMatchObject({ doneCount: 1, areaId: 'le-chan/3' });
  }, 30_000);
});
