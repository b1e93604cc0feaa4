import { Hono } from 'hono';
import {
  completionBatchBody,
  completionBody,
  consentBody,
  practiceRoundBody,
  createHouseholdBody,
  joinHouseholdBody,
} from '../../src/core/api/schemas';
import { requireMember, type AuthEnv } from '../http/auth';
import { clientIp } from '../http/client-ip';
import { jsonBody } from '../http/validate';
import type { MyData } from '../services/access/my-data';
import type { Members } from '../services/access/members';
import type { Sessions } from '../services/access/sessions';
import type { Completions } from '../services/completions/completions';
import type { Ward } from '../services/households/areas';
import type { Households } from '../services/households/households';

export type ResidentDeps = {
  areas: readonly Ward[];
  sessions: Sessions;
  members: Members;
  myData: MyData;
  households: Households;
  completions: Completions;
  trustProxy: boolean;
};

/** What a resident can do: their own account, their own household, their own results. */
export function residentRoutes(s: ResidentDeps) {
  const app = new Hono<AuthEnv>();
  app.get('/areas', (c) => c.json({ wards: s.areas }));

  app.use('*', requireMember(s.sessions));
  app.get('/me', async (c) => c.json(await s.members.me(c.var.memberId)));
  app.post('/me/consent', async (c) => {
    const body = await jsonBody(c, consentBody);
    return c.json(await s.members.setConsent(c.var.memberId, body.version, body.given));
  });
  app.get('/me/export', async (c) => {
    c.header('Content-Disposition', 'attachment; filename="hoc-vu-so-du-lieu-cua-toi.json"');
    return c.json(await s.myData.export(c.var.memberId));
  });
  app.delete('/me', async (c) => c.json(await s.myData.delete(c.var.memberId)));

  app.post('/households', async (c) => {
    const body = await jsonBody(c, createHouseholdBody);
    return c.json(await s.households.create(c.var.memberId, body.areaId, body.label), 201);
  });
  app.post('/households/join', async (c) => {
    const body = await jsonBody(c, joinHouseholdBody);
    return c.json(await s.households.join(c.var.memberId, body.code, clientIp(c, s.trustProxy)));
  });
  app.get('/households/mine', async (c) => c.json(await s.households.progress(c.var.memberId)));
  app.get('/households/:id', async (c) => c.json(await s.households.progress(c.var.memberId, c.req.param('id'))));
  app.delete('/households/mine/members/:memberId', async (c) =>
    c.json(await s.households.removeMember(c.var.memberId, c.req.param('memberId'))),
  );

  app.post('/completions', async (c) => {
    const body = await jsonBody(c, completionBody);
    const result = await s.completions.record({ source: 'app', memberId: c.var.memberId }, body);
    return c.json(result, result.status === 'recorded' ? 201 : 200);
  });
  app.post('/practice-rounds', async (c) => {
    const body = await jsonBody(c, practiceRoundBody);
    const result = await s.completions.recordPractice({ source: 'app', memberId: c.var.memberId }, body);
    return c.json(result, result.status === 'recorded' ? 201 : 200);
  });
  app.post('/completions/batch', async (c) => {
    const body = await jsonBody(c, completionBatchBody);
    const results = await s.completions.recordBatch(c.var.memberId, body.items);
    return c.json({ results });
  });
  return app;
}
