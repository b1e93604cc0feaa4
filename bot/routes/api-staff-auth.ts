import { Hono } from 'hono';
import type { SessionView } from '../../src/core/api/schemas';
import { staffCodeBody } from '../../src/core/api/staff-schemas';
import { clientIp } from '../http/client-ip';
import { jsonBody } from '../http/validate';
import type { Members } from '../services/access/members';
import type { Sessions } from '../services/access/sessions';
import type { StaffInvites } from '../services/access/staff-invites';

/** Desktop sign-in for staff: a one-time code made in the app (or by `npm run staff`) opens the same session as the app's. */
export function staffAuthRoutes(s: {
  invites: StaffInvites;
  sessions: Sessions;
  members: Members;
  trustProxy: boolean;
}) {
  const app = new Hono();
  app.post('/staff-code', async (c) => {
    const body = await jsonBody(c, staffCodeBody);
    const memberId = await s.invites.redeemLoginCode(body.code, clientIp(c, s.trustProxy));
    const session: SessionView = { ...(await s.sessions.issue(memberId)), me: await s.members.me(memberId) };
    return c.json(session);
  });
  return app;
}
