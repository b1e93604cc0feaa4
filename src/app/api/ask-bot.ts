import type { BotReplyView } from '../../core/api/schemas';
import type { AppStore } from '../store/app-store';
import type { Api } from './api-client';
import type { ApiResult } from './http';

/** Session outcomes that mean "nobody to sign in as", as opposed to a network or server failure. */
const NO_ACCOUNT = new Set(['signed_out', 'zalo_token']);

/**
 * One chat message. A resident who agreed to store data chats as themselves, so a quiz passed in chat counts for the
 * household; anyone else chats under the phone's random chat id, and no account is made for them. Kept out of the
 * API client so it downloads with the chat screen, not with the first screen.
 */
export async function askBot(
  api: Pick<Api, 'call' | 'http'>,
  store: AppStore,
  text: string,
  lang: 'vi' | 'en',
): Promise<ApiResult<BotReplyView>> {
  const { account, consent } = store.getState();
  if (account.session || consent.decision === 'given') {
    const r = await api.call<BotReplyView>('POST', '/api/bot/message', { text, lang });
    if (r.ok || !NO_ACCOUNT.has(r.error.code)) return r;
  }
  return api.http<BotReplyView>('POST', '/api/bot/message', {
    body: { text, lang, chatId: store.getState().chatIdOrNew() },
  });
}
