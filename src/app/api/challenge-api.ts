import type { ChallengeView } from '../../core/api/schemas';
import type { Http } from './http';

/** "Thách người nhà": anonymous calls, no session (a family member may not have the app set up at all). */
export const challengeApi = (http: Http) => ({
  create: (itemIds: string[], score: number) =>
    http<ChallengeView>('POST', '/api/challenges', { body: { itemIds, score } }),
  get: (id: string) => http<ChallengeView>('GET', `/api/challenges/${encodeURIComponent(id)}`),
  addScore: (id: string, score: number) =>
    http<ChallengeView>('POST', `/api/challenges/${encodeURIComponent(id)}/scores`, { body: { score } }),
});

export type ChallengeApi = ReturnType<typeof challengeApi>;
