import { randomBytes } from 'node:crypto';
import type { ChallengeBody, ChallengeView } from '../../../src/core/api/schemas';
import { ServiceError } from '../../../src/core/api/outcomes';
import type { Db } from '../../db/open-database';
import {
  appendChallengeScore,
  deleteChallengesBefore,
  freshChallenge,
  insertChallenge,
} from '../../db/queries/practice';
import type { AttemptLimit } from '../access/attempt-limit';

/** Scores are kept 30 days: long enough for a family to get round to it, short enough to hold nothing for long. */
export const CHALLENGE_DAYS = 30;
/** A family, not a crowd: past this many players the link stops taking scores. */
export const MAX_PLAYERS = 10;
const DAY = 86_400_000;
// Anyone can create and answer challenges without an account: per address, a family's evening of play and no more.
const RULE = { max: 60, windowMs: 3_600_000 };
// 12 characters of 32 (60 bits): not guessable in 30 days at any rate the limit allows.
const ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';
const newId = () => [...randomBytes(12)].map((b) => ALPHABET[b % 32]).join('');
// Checked before the database sees it: a NUL byte in a path reaches PostgreSQL as an error, not a miss (the fuzz found it).
const ID = /^[a-z2-9]{12}$/;

/** "Thách người nhà": anonymous challenges, a round's items and the scores played through its link. */
export function createChallenges(deps: {
  db: Db;
  attempts: AttemptLimit;
  itemIds: ReadonlySet<string>;
  now: () => Date;
}) {
  const { db } = deps;
  const fresh = () => new Date(deps.now().getTime() - CHALLENGE_DAYS * DAY);
  const view = (r: { id: string; item_ids: string[]; scores: number[]; created_at: Date }): ChallengeView => ({
    id: r.id,
    itemIds: r.item_ids,
    scores: r.scores.map(Number),
    expiresAt: new Date(new Date(r.created_at).getTime() + CHALLENGE_DAYS * DAY).toISOString(),
  });
  const notFound = () => new ServiceError('challenge_not_found', 'This challenge does not exist or has expired.');
  async function limit(address: string) {
    if (!(await deps.attempts.take(`challenge:${address}`, RULE)))
      throw new ServiceError('too_many_attempts', 'Too many challenges from this address; try again in an hour.');
  }

  return {
    async create(body: ChallengeBody, address: string): Promise<ChallengeView> {
      const unknown = body.itemIds.find((id) => !deps.itemIds.has(id));
      if (unknown) throw new ServiceError('unknown_item', `itemIds: there is no practice item "${unknown}"`, 'itemIds');
      await limit(address);
      // Expired challenges go as new ones come: no job to schedule, and the table holds 30 days at most.
      await deleteChallengesBefore(db, fresh());
      return view(await insertChallenge(db, { id: newId(), itemIds: body.itemIds, score: body.score }));
    },

    async get(id: string): Promise<ChallengeView> {
      if (!ID.test(id)) throw notFound();
      const row = await freshChallenge(db, id, fresh());
      if (!row) throw notFound();
      return view(row);
    },

    async addScore(id: string, score: number, address: string): Promise<ChallengeView> {
      await limit(address);
      const current = await this.get(id);
      if (score > current.itemIds.length)
        throw new ServiceError('invalid_input', `score: at most ${current.itemIds.length}`, 'score');
      const row = await appendChallengeScore(db, id, score, MAX_PLAYERS);
      if (!row) throw new ServiceError('challenge_full', `This challenge already has ${MAX_PLAYERS} scores.`);
      return view(row);
    },
  };
}

export type Challenges = ReturnType<typeof createChallenges>;
