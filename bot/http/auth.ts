import { createMiddleware } from 'hono/factory';
import type { Sessions } from '../services/access/sessions';

export type AuthEnv = { Variables: { memberId: string } };

/** Requires our session token and puts the member id on the context; handlers never read tokens themselves. */
export const requireMember = (sessions: Sessions) =>
  createMiddleware<AuthEnv>(async (c, next) => {
    c.set('memberId', await sessions.verify(c.req.header('Authorization')));
    await next();
  });
