import { Hono } from 'hono';
import { devSignInBody, zaloSignInBody, type SessionView } from '../../src/core/api/schemas';
import { ServiceError } from '../../src/core/api/outcomes';
import { jsonBody } from '../http/validate';
import type { Members } from '../services/access/members';
import type { Sessions } from '../services/access/sessions';
import type { ZaloVerify } from '../services/access/zalo-identity';

export function authRoutes(s: { sessions: Sessions; members: Members; zalo: ZaloVerify; devSignIn: boolean }) {
  const app = new Hono();
  const session = async (memberId: string): Promise<SessionView> => ({
    ...(await s.sessions.issue(memberId)),
    me: await s.members.me(memberId),
  });

  app.post('/zalo', async (c) => {
    const body = await jsonBody(c, zaloSignInBody);
    const profile = await s.zalo(body.accessToken);
    const member = await s.members.signIn(`zalo:${profile.id}`, body.name ?? profile.name);
    return c.json(await session(member.id));
  });

  // Development sign-in for browsers, tests and demos: only where DEV_SIGN_IN=1 turned it on (see Config.devSignIn).
  app.post('/dev', async (c) => {
    if (!s.devSignIn)
      throw new ServiceError(
        'sign_in_unavailable',
        'Development sign-in is off (start the service with DEV_SIGN_IN=1 to try it).',
      );
    const body = await jsonBody(c, devSignInBody);
    const member = await s.members.signIn(`dev:${body.deviceId}`, body.name);
    return c.json(await session(member.id));
  });
  return app;
}
