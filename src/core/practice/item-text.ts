import type { PracticeItem, PracticePart, PracticeSide } from './practice-schema';
import type { Lang } from '../content/fields';

/** Words the text form needs, in the reader's language (the caller passes them from its locale files). */
export type ItemWords = { kind: Record<PracticeItem['kind'], string> };

/**
 * A link as text that no chat app turns back into a tappable link: "evn-hoadon[.]vip". The items show scam addresses
 * on purpose; in a chat (Zalo OA linkifies addresses) a resident must not be able to open one by tapping.
 */
export const defang = (s: string) => s.replace(/\./g, '[.]').replace(/^http/i, 'hxxp');

function partLine(kind: PracticeItem['kind'], p: PracticePart): string {
  if (p.role === 'link') return `🔗 ${defang(p.text)}`;
  if (p.role === 'button') return `[ ${p.text} ]`;
  if (p.role === 'amount') return `💰 ${p.text}`;
  return kind === 'call' ? `— “${p.text}”` : p.text;
}

/**
 * The item as plain text: for a chat (the bot's round, the OA) and for screen readers. The sender line says what
 * kind of thing arrived; a web page's address is defanged like any link.
 */
export function itemText(item: PracticeItem, lang: Lang, words: ItemWords): string {
  const side: PracticeSide = item[lang];
  const from = item.kind === 'web' ? defang(side.from) : side.from;
  const head = `${words.kind[item.kind]}: ${from}${side.subtitle ? ` (${side.subtitle})` : ''}`;
  return [head, ...side.parts.map((p) => partLine(item.kind, p))].join('\n');
}
