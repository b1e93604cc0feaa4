import { Hono } from 'hono';
import { surveyBody } from '../../src/core/api/staff-schemas';
import { requireMember, type AuthEnv } from '../http/auth';
import { jsonBody } from '../http/validate';
import type { Services } from '../services/build-services';

/** /api/households/mine/survey: a resident answers the digital-skills survey for their own household. */
export function surveyRoutes(s: Services) {
  const app = new Hono<AuthEnv>();
  app.use('*', requireMember(s.sessions));
  app.get('/', async (c) => c.json(await s.staff.surveys.mine(c.var.memberId)));
  app.post('/', async (c) => {
    const body = await jsonBody(c, surveyBody);
    return c.json(await s.staff.surveys.saveMine(c.var.memberId, body));
  });
  return app;
}
