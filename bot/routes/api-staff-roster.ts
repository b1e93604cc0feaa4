import { Hono } from 'hono';
import type { StaffEnv } from '../http/staff-auth';
import type { StaffRoster } from '../services/access/staff-roster';

/** A ward admin's list of open invites and staff of the ward, and taking either back (200 with a body: the app reads JSON). */
export function staffRosterRoutes(roster: StaffRoster) {
  const app = new Hono<StaffEnv>();
  app.get('/roster', async (c) => c.json(await roster.list(c.var.staff)));
  app.delete('/roster/invites/:id', async (c) => {
    await roster.revokeInvite(c.var.staff, c.req.param('id'));
    return c.json({ revoked: c.req.param('id') });
  });
  app.delete('/roster/staff/:id', async (c) => {
    await roster.revokeStaff(c.var.staff, c.req.param('id'));
    return c.json({ revoked: c.req.param('id') });
  });
  return app;
}
