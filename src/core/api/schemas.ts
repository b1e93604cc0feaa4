import { z } from 'zod';
import { isoDateTime, lessonId, lessonVersion, phoneKeptId, quizScore } from './bounds';

// One schema per contract: the service validates with them, the OpenAPI document is generated from them,
// and the app takes its types from them (type-only imports, so zod never ships in the app bundle).

const uuid = z.uuid('must be a UUID generated on the device');

export const devSignInBody = z.strictObject({
  name: z.string().trim().min(1, 'must not be empty').max(60, 'at most 60 characters'),
  /** Stable per browser so a reload signs in as the same person. */
  deviceId: phoneKeptId,
});

export const zaloSignInBody = z.strictObject({
  // Zalo tokens are printable ASCII; anything else cannot go into the header we send to Zalo, so it is a 400 here.
  accessToken: z
    .string()
    .min(10, 'must be the token from getAccessToken()')
    .max(2048)
    .regex(/^[\x21-\x7e]+$/, 'must be the token from getAccessToken()'),
  /** Shown to the household; the resident may change it. Zalo's name is used when absent. */
  name: z.string().trim().min(1).max(60).optional(),
});

export const consentBody = z.strictObject({ version: z.string().min(1).max(20), given: z.boolean() });

export const createHouseholdBody = z.strictObject({
  areaId: z.string().min(1, 'choose a tổ dân phố').max(80),
  label: z.string().trim().max(80, 'at most 80 characters').optional(),
});

export const joinHouseholdBody = z.strictObject({ code: z.string().min(1, 'type the household code').max(20) });

export const completionBody = z.strictObject({
  id: uuid,
  lessonId,
  lessonVersion,
  score: quizScore,
  /** Accepted from older clients and ignored: the service works out the pass from the score. */
  passed: z.boolean().optional(),
  completedAt: isoDateTime,
});

const count = z.number().int().min(0).max(20);
/** A finished "Thật hay lừa?" round: how many scams were shown and caught, how many real ones shown and called scams. */
export const practiceRoundBody = z
  .strictObject({
    id: uuid,
    scamsShown: count,
    scamsCaught: count,
    genuineShown: count,
    genuineFlagged: count,
    playedAt: isoDateTime,
  })
  .refine(
    (r) =>
      r.scamsCaught <= r.scamsShown &&
      r.genuineFlagged <= r.genuineShown &&
      r.scamsShown + r.genuineShown >= 1 &&
      r.scamsShown + r.genuineShown <= 20,
    {
      message: 'counts: caught at most the scams shown, flagged at most the real ones shown, 1 to 20 items',
      path: ['scamsCaught'],
    },
  );

/** "Thách người nhà": the round a resident played and their score; the link lets someone else play the same items. */
export const challengeBody = z
  .strictObject({ itemIds: z.array(lessonId).min(1).max(10), score: z.number().int().min(0).max(10) })
  .refine((c) => c.score <= c.itemIds.length && new Set(c.itemIds).size === c.itemIds.length, {
    message: 'itemIds: different items, and a score of at most their number',
    path: ['itemIds'],
  });
export const challengeScoreBody = z.strictObject({ score: z.number().int().min(0).max(10) });
export type ChallengeView = { id: string; itemIds: string[]; scores: number[]; expiresAt: string };

export const completionBatchBody = z.strictObject({
  items: z.array(completionBody).min(1).max(100, 'send at most 100 results at once'),
});

export const botMessageBody = z.strictObject({
  text: z.string().max(2000, 'at most 2000 characters'),
  lang: z.enum(['vi', 'en']).optional(),
  /** For chats without a session (consent declined): a random id kept on the phone, so a quiz can continue. */
  chatId: phoneKeptId.optional(),
});

export type DevSignInBody = z.infer<typeof devSignInBody>;
export type ZaloSignInBody = z.infer<typeof zaloSignInBody>;
export type CompletionBody = z.infer<typeof completionBody>;
export type PracticeRoundBody = z.infer<typeof practiceRoundBody>;
export type ChallengeBody = z.infer<typeof challengeBody>;
export type CreateHouseholdBody = z.infer<typeof createHouseholdBody>;

// Responses (the app reads these).
export type MemberView = { id: string; displayName: string; role: 'head' | 'member'; isMe?: boolean };
export type HouseholdView = {
  id: string;
  code: string;
  areaId: string;
  areaName: string;
  wardName: string;
  label: string | null;
};
export type ProgressView = {
  household: HouseholdView;
  members: MemberView[];
  lessons: { lessonId: string; done: boolean; doneBy: string[]; firstDoneAt?: string }[];
  doneCount: number;
  total: number;
  complete: boolean;
  completedAt?: string;
};
export type MeView = {
  member: {
    id: string;
    displayName: string;
    role: 'head' | 'member';
    consentAt: string | null;
    consentVersion: string | null;
  };
  household: HouseholdView | null;
};
export type SessionView = { token: string; expiresAt: string; me: MeView };
/** `passed` is the service's own verdict from the score (the client's flag is never trusted). */
export type CompletionResult = { id: string; status: 'recorded' | 'duplicate'; passed: boolean };
export type AreaView = {
  wardId: string;
  wardName: string;
  team?: { name: string; phone?: string };
  areas: { id: string; name: string }[];
};
export type ApiError = { error: { code: string; message: string; field?: string } };
/** A button under a bot reply, as POST /api/bot/message sends it (the bot's BotButton). */
export type BotButtonView =
  | { kind: 'lesson'; lessonId: string; title: string }
  | { kind: 'query'; payload: string; title: string }
  | { kind: 'handoff'; title: string };
/** The part of the bot's reply the app reads; the bot sends more (confidence, suggestions) for other channels. */
export type BotReplyView = {
  kind: string;
  text: string;
  buttons: BotButtonView[];
  matched: boolean;
  lessonId?: string;
};
