import type { BotButton, BotReply } from '../../chatbot/types';

/*
 * "Tin tư vấn đính kèm nút" (customer-service message with buttons) for POST /v3.0/oa/message/cs, per Zalo's message
 * reference as reproduced by eSMS ("Send Zalo message Consulting button", developers.esms.vn) and the
 * @warriorteam/redai-zalo-sdk button guide: `message: {text, attachment: {type: "template", payload: {buttons}}}`,
 * no template_type; each button `{title, type, payload}` where oa.open.url takes `{url}` and oa.query.* a string.
 * Limits from the same sources: 5 buttons, title ≤ 100 characters, query payload ≤ 1000, text ≤ 2000.
 */

export const MAX_BUTTONS = 5;
export const MAX_TEXT = 2000;
export const MAX_TITLE = 100;
export const MAX_QUERY_PAYLOAD = 1000;
/** What a hand-off button sends back: the same words a resident would type to ask for a person. */
export const HANDOFF_PAYLOAD = 'Hỏi người hỗ trợ';

export type ZaloOaButton =
  | { title: string; type: 'oa.open.url'; payload: { url: string } }
  | { title: string; type: 'oa.query.hide'; payload: string };

export type ZaloOaMessage = { text: string; attachment?: { type: 'template'; payload: { buttons: ZaloOaButton[] } } };

/** The mini app deep link Zalo opens in place: https://zalo.me/s/<appId>/lesson/<id>. */
export function lessonLink(miniAppId: string, lessonId: string): string {
  return `https://zalo.me/s/${encodeURIComponent(miniAppId)}/lesson/${encodeURIComponent(lessonId)}`;
}

/**
 * At most five buttons. Lesson and hand-off buttons are the ones a resident cannot get any other way, so they are kept
 * first and query buttons fill what room is left; the survivors keep the order the conversation gave them.
 */
export function pickButtons(buttons: BotButton[]): BotButton[] {
  const keep = new Set<BotButton>();
  for (const b of buttons) if (b.kind !== 'query' && keep.size < MAX_BUTTONS) keep.add(b);
  for (const b of buttons) if (b.kind === 'query' && keep.size < MAX_BUTTONS) keep.add(b);
  return buttons.filter((b) => keep.has(b));
}

export function toZaloOaButton(b: BotButton, miniAppId: string): ZaloOaButton {
  const title = clip(b.title, MAX_TITLE);
  switch (b.kind) {
    case 'lesson':
      return { title, type: 'oa.open.url', payload: { url: lessonLink(miniAppId, b.lessonId) } };
    case 'query':
      // Hidden, so the chat shows the button's title rather than an internal payload such as "quiz:…:B".
      return { title, type: 'oa.query.hide', payload: clip(b.payload, MAX_QUERY_PAYLOAD) };
    case 'handoff':
      return { title, type: 'oa.query.hide', payload: HANDOFF_PAYLOAD };
  }
}

/** The `message` object of a customer-service message for a bot reply. */
export function toZaloOaMessage(reply: Pick<BotReply, 'text' | 'buttons'>, miniAppId: string): ZaloOaMessage {
  const text = clip(reply.text, MAX_TEXT);
  const buttons = pickButtons(reply.buttons).map((b) => toZaloOaButton(b, miniAppId));
  return buttons.length ? { text, attachment: { type: 'template', payload: { buttons } } } : { text };
}

function clip(s: string, max: number): string {
  const chars = Array.from(s);
  return chars.length <= max ? s : `${chars.slice(0, max - 1).join('')}…`;
}
