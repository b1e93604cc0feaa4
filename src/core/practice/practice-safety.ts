import type { PracticeSide } from './practice-schema';

// A resident does exactly what the action says, so it must never point back at a link or a number the message itself
// showed: the scammer's number "to call back", the scammer's site "to check". (Own-found numbers are named in words.)
const PHONE = /\b0\d{2,3}[ .]?(?:x{3}|\d{3})[ .]?\d{3}\b/gi;
const host = (link: string) =>
  link
    .replace(/^[a-z]+:\/\//i, '')
    .split(/[/?#]/)[0]
    .toLowerCase();

/** Links and phone-like numbers shown in one language of an item that its action repeats. */
export function actionRepeats(side: PracticeSide): string[] {
  const shown = new Set<string>();
  for (const p of side.parts) {
    if (p.role === 'link') shown.add(host(p.text));
    for (const m of p.text.matchAll(PHONE)) shown.add(m[0].toLowerCase());
  }
  for (const m of `${side.from} ${side.subtitle ?? ''}`.matchAll(PHONE)) shown.add(m[0].toLowerCase());
  const action = side.action.toLowerCase();
  return [...shown].filter((s) => s && action.includes(s));
}

/** A clue's why is one sentence: the screen shows it beside the highlighted part. */
export const isOneSentence = (why: string) => !/[.!?…]["”»)]?\s+\p{Lu}/u.test(why.trim());
