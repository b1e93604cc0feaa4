import { Hono } from 'hono';
import { surveyBody } from '../../src/core/api/staff-schemas';
import { requireMember, type AuthEnv } from '../http/auth';
import { jsonBody } from '../http/validate';
import type { Sessions } from '../services/access/sessions';
import type { Surveys } from '../services/households/surveys';

/** /api/households/mine/survey: a resident answers the digital-skills survey for their own household. */
export function surveyRoutes(s: { sessions: Sessions; surveys: Surveys }) {
  const app = new Hono<AuthEnv>();
  app.use('*', requireMember(s.sessions));
  app.get('/', async (c) => c.json(await s.surveys.mine(c.var.memberId)));
  app.post('/', async (c) => {
    const body = await jsonBody(c, surveyBody);
    return c.json(await s.surveys.saveMine(c.var.memberId, body));
  });
  return app;
}
