import { Hono } from 'hono';
import { acceptInviteBody, createInviteBody } from '../../src/core/api/staff-schemas';
import { requireMember } from '../http/auth';
import { clientIp } from '../http/client-ip';
import { requireStaff, type StaffEnv } from '../http/staff-auth';
import { jsonBody } from '../http/validate';
import type { Sessions } from '../services/access/sessions';
import type { StaffAccess } from '../services/access/staff-access';
import type { StaffInvites } from '../services/access/staff-invites';
import type { StaffRoster } from '../services/access/staff-roster';
import type { SchoolLinks } from '../services/schools/school-links';
import { schoolLinkRoutes } from './api-school-links';
import { joinCardsPrintRoute, staffHouseholdRoutes, type StaffHouseholdDeps } from './api-staff-households';
import { staffReportRoutes, type StaffReportDeps } from './api-staff-reports';
import { staffRosterRoutes } from './api-staff-roster';

export type StaffDeps = {
  sessions: Sessions;
  access: StaffAccess;
  invites: StaffInvites;
  schools: SchoolLinks;
  roster: StaffRoster;
  trustProxy: boolean;
} & StaffHouseholdDeps &
  StaffReportDeps;

/** /api/staff/*: a session and a staff role for everything; each service then checks what that role may see. */
export function staffRoutes(st: StaffDeps) {
  const app = new Hono<StaffEnv>();
  // Accepting an invite is how a member becomes staff: a session is enough. Registered before the staff check on purpose.
  app.post('/invites/accept', requireMember(st.sessions), async (c) => {
    const body = await jsonBody(c, acceptInviteBody);
    return c.json(await st.invites.accept(c.var.memberId, body.code, clientIp(c, st.trustProxy)));
  });
  // A print link carries its own signed permission (Zalo's browser and printers send no Bearer token).
  app.route('/', joinCardsPrintRoute(st.joinCardsLink));

  app.use('*', requireStaff(st.sessions, st.access));
  app.get('/me', (c) => c.json(st.access.me(c.var.staff)));
  app.post('/invites', async (c) => {
    const body = await jsonBody(c, createInviteBody);
    return c.json(await st.invites.create(c.var.staff, body), 201);
  });
  app.post('/login-codes', async (c) => c.json(await st.invites.loginCode(c.var.staff), 201));
  app.route('/', staffHouseholdRoutes(st));
  app.route('/', staffReportRoutes(st));
  app.route('/', schoolLinkRoutes(st.schools));
  app.route('/', staffRosterRoutes(st.roster));
  return app;
}
