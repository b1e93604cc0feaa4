import { describe, expect, it, vi } from 'vitest';
import type { BotReplyView } from '../../core/api/schemas';
import type { Platform } from '../../platform';
import { createAppStore } from '../store/app-store';
import { createApi } from './api-client';
import { askBot } from './ask-bot';
import type { ApiResult, Http } from './http';
import { memoryStore } from '../../platform/memory-store';

const browser = { kind: 'browser', getAccessToken: vi.fn(async () => undefined) } as unknown as Platform;
const answer: BotReplyView = { kind: 'answer', text: 'Được ạ', buttons: [], matched: true };

/** A fake service recording each call's path, token and body. */
function fakeHttp(respond: (path: string, token?: string) => ApiResult<unknown> = () => ({ ok: true, value: answer })) {
  const calls: { path: string; token?: string; body?: unknown }[] = [];
  const http = (async (_method: string, path: string, opts: { token?: string; body?: unknown } = {}) => {
    calls.push({ path, token: opts.token, body: opts.body });
    return respond(path, opts.token);
  }) as Http;
  return { http, calls };
}

describe('askBot', () => {
  it('chats under a random, saved chat id when the resident declined, and makes no account', async () => {
    const kv = memoryStore();
    const store = createAppStore(kv);
    store.getState().decideConsent(false);
    const { http, calls } = fakeHttp();
    const api = createApi(http, store, browser);
    expect(await askBot(api, store, 'giá vàng hôm nay', 'vi')).toEqual({ ok: true, value: answer });
    await askBot(api, store, 'học bài', 'en');
    const chatId = store.getState().chatId;
    expect(chatId).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
    expect(calls).toEqual([
      { path: '/api/bot/message', token: undefined, body: { text: 'giá vàng hôm nay', lang: 'vi', chatId } },
      { path: '/api/bot/message', token: undefined, body: { text: 'học bài', lang: 'en', chatId } },
    ]);
    expect(createAppStore(kv).getState().chatId).toBe(chatId);
  });

  it('chats as the signed-in resident, so a quiz passed in chat counts for the household', async () => {
    const store = createAppStore(memoryStore());
    store.getState().decideConsent(true);
    store.getState().signedIn({ token: 't1', expiresAt: '2099-01-01T00:00:00Z', memberId: 'm1', name: 'Bà Lan' }, null);
    const { http, calls } = fakeHttp();
    await askBot(createApi(http, store, browser), store, 'học bài', 'vi');
    expect(calls).toEqual([{ path: '/api/bot/message', token: 't1', body: { text: 'học bài', lang: 'vi' } }]);
    expect(store.getState().chatId).toBeNull();
  });

  it('falls back to the chat id when there is nobody to sign in as, but reports a network failure as it is', async () => {
    const store = createAppStore(memoryStore());
    store.getState().decideConsent(true);
    const { http, calls } = fakeHttp();
    await askBot(createApi(http, store, browser), store, 'xin chào', 'vi');
    expect(calls).toEqual([
      {
        path: '/api/bot/message',
        token: undefined,
        body: { text: 'xin chào', lang: 'vi', chatId: store.getState().chatId },
      },
    ]);

    store.getState().signedIn({ token: 't1', expiresAt: '2099-01-01T00:00:00Z', memberId: 'm1', name: 'Bà Lan' }, null);
    const offline = fakeHttp(() => ({ ok: false, error: { code: 'network', message: 'x', status: 0 } }));
    expect(await askBot(createApi(offline.http, store, browser), store, 'xin chào', 'vi')).toMatchObject({
      ok: false,
      error: { code: 'network' },
    });
    expect(offline.calls).toHaveLength(1);
  });
});
