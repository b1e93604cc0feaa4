import { Hono } from 'hono';
import { schoolEventBody, schoolLinkBody } from '../../src/core/api/staff-schemas';
import { clientIp } from '../http/client-ip';
import type { StaffEnv } from '../http/staff-auth';
import { jsonBody } from '../http/validate';
import type { StaffServices } from '../services/build-staff';

/** The school's own lesson links (under /api/staff, school role). */
export function schoolLinkRoutes(st: StaffServices) {
  const app = new Hono<StaffEnv>();
  app.post('/school-links', async (c) => {
    const body = await jsonBody(c, schoolLinkBody);
    return c.json(await st.schools.create(c.var.staff, body), 201);
  });
  app.get('/school-links', async (c) => c.json(await st.schools.list(c.var.staff)));
  return app;
}

/** Public and anonymous (/api/school-links): a parent's app counts an open or a completion for a link's token. */
export function schoolEventRoutes(st: StaffServices, trustProxy: boolean) {
  const app = new Hono();
  app.post('/:token/events', async (c) => {
    const body = await jsonBody(c, schoolEventBody);
    return c.json(await st.schools.event(c.req.param('token'), body, clientIp(c, trustProxy)));
  });
  return app;
}
