import { VERDICTS, type PracticeItem, type PracticeSide, type Verdict } from './practice-schema';

/** An item as the app ships it: what the screens draw and grade, without the sources and dates authors keep. */
export type PlayableItem = Pick<PracticeItem, 'id' | 'kind' | 'verdict' | 'teaches' | 'vi' | 'en'>;

/** Strips an item down to what the app ships. */
export const playable = ({ id, kind, verdict, teaches, vi, en }: PracticeItem): PlayableItem => ({
  id,
  kind,
  verdict,
  teaches,
  vi,
  en,
});

/** A round in play: the items drawn, the answers given so far, and the item on screen (`at`). Saved on the phone. */
export type Round = { ids: string[]; answers: Verdict[]; at: number };

/** What the phone keeps: ids met in this cycle through the pool, and an unfinished round to come back to. */
export type PracticeSave = { seen: string[]; round: Round | null };

export const newRound = (ids: string[]): Round => ({ ids, answers: [], at: 0 });

/** Whether the item on screen has been answered (its feedback is showing). */
export const answered = (r: Round) => r.answers.length > r.at;

/** The first answer counts: a second tap on the same item changes nothing. */
export const answer = (r: Round, said: Verdict): Round => (answered(r) ? r : { ...r, answers: [...r.answers, said] });

/** Moves on from an answered item; after the last one the round is over. */
export const nextItem = (r: Round): Round => (answered(r) ? { ...r, at: r.at + 1 } : r);

export const isOver = (r: Round) => r.at >= r.ids.length;

/** How many answers match the items' verdicts. */
export const roundScore = (r: Round, verdictOf: (id: string) => Verdict | undefined) =>
  r.answers.filter((said, i) => verdictOf(r.ids[i]) === said).length;

/** The four counts a finished round is stored as: never which item, never what was said to which. */
export function roundCounts(truth: readonly (Verdict | undefined)[], said: readonly Verdict[]) {
  const pairs = truth.map((v, i) => ({ scam: v === 'scam', genuine: v === 'genuine', saidScam: said[i] === 'scam' }));
  return {
    scamsShown: pairs.filter((p) => p.scam).length,
    scamsCaught: pairs.filter((p) => p.scam && p.saidScam).length,
    genuineShown: pairs.filter((p) => p.genuine).length,
    genuineFlagged: pairs.filter((p) => p.genuine && p.saidScam).length,
  };
}

/** Clue numbers (1-based, in clue order) by the part they point at, "from" for the sender. */
export function clueMarks(side: Pick<PracticeSide, 'clues'>): Map<string, number[]> {
  const marks = new Map<string, number[]>();
  side.clues.forEach((c, i) => marks.set(c.part, [...(marks.get(c.part) ?? []), i + 1]));
  return marks;
}

const strings = (x: unknown): x is string[] => Array.isArray(x) && x.every((s) => typeof s === 'string');

/**
 * Reads a save field by field against today's pool: unknown ids are dropped from `seen`, and a round that names an
 * item no longer shipped (or is broken) is forgotten rather than resumed.
 */
export function parseSave(raw: unknown, pool: readonly string[]): PracticeSave {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const seen = strings(r.seen) ? r.seen.filter((id) => pool.includes(id)) : [];
  const round = r.round as Partial<Round> | null | undefined;
  const valid =
    round &&
    strings(round.ids) &&
    round.ids.length > 0 &&
    round.ids.every((id) => pool.includes(id)) &&
    Array.isArray(round.answers) &&
    round.answers.every((a) => VERDICTS.includes(a)) &&
    round.answers.length <= round.ids.length &&
    Number.isInteger(round.at) &&
    round.at! >= 0 &&
    round.at! <= round.answers.length;
  return { seen, round: valid ? { ids: round.ids!, answers: round.answers!, at: round.at! } : null };
}
