import { Hono } from 'hono';
import { schoolEventBody, schoolLinkBody } from '../../src/core/api/staff-schemas';
import { clientIp } from '../http/client-ip';
import type { StaffEnv } from '../http/staff-auth';
import { jsonBody } from '../http/validate';
import type { SchoolLinks } from '../services/schools/school-links';

/** The school's own lesson links (under /api/staff, school role). */
export function schoolLinkRoutes(schools: SchoolLinks) {
  const app = new Hono<StaffEnv>();
  app.post('/school-links', async (c) => {
    const body = await jsonBody(c, schoolLinkBody);
    return c.json(await schools.create(c.var.staff, body), 201);
  });
  app.get('/school-links', async (c) => c.json(await schools.list(c.var.staff)));
  return app;
}

/** Public and anonymous (/api/school-links): a parent's app counts an open or a completion for a link's token. */
export function schoolEventRoutes(schools: SchoolLinks, trustProxy: boolean) {
  const app = new Hono();
  app.post('/:token/events', async (c) => {
    const body = await jsonBody(c, schoolEventBody);
    return c.json(await schools.event(c.req.param('token'), body, clientIp(c, trustProxy)));
  });
  return app;
}
