import { createMiddleware } from 'hono/factory';
import type { Sessions } from '../services/access/sessions';
import type { StaffAccess, StaffContext } from '../services/access/staff-access';

export type StaffEnv = { Variables: { memberId: string; staff: StaffContext } };

/** Session first (401), then the staff role from the database (403 for residents). What each role may do is the services' call. */
export const requireStaff = (sessions: Sessions, access: StaffAccess) =>
  createMiddleware<StaffEnv>(async (c, next) => {
    const memberId = await sessions.verify(c.req.header('Authorization'));
    c.set('memberId', memberId);
    c.set('staff', await access.load(memberId));
    await next();
  });
