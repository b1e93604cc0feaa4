import { Hono } from 'hono';
import { assistedBody, createStaffHouseholdsBody, householdListQuery, joinCardsQuery, surveyBody } from '../../src/core/api/staff-schemas';
import { queryOf } from '../http/query';
import type { StaffEnv } from '../http/staff-auth';
import { jsonBody } from '../http/validate';
import type { StaffServices } from '../services/staff/build-staff';

/** The community tech team's households: list, detail, assisted results, survey on a visit, new households and cards. */
export function staffHouseholdRoutes(st: StaffServices) {
  const app = new Hono<StaffEnv>();
  app.get('/households', async (c) => c.json(await st.households.list(c.var.staff, queryOf(c, householdListQuery))));
  app.post('/households', async (c) => {
    const body = await jsonBody(c, createStaffHouseholdsBody);
    return c.json(await st.households.create(c.var.staff, body), 201);
  });
  app.get('/households/:id', async (c) => c.json(await st.households.detail(c.var.staff, c.req.param('id'))));
  app.post('/households/:id/assisted', async (c) => {
    const body = await jsonBody(c, assistedBody);
    const result = await st.assisted.record(c.var.staff, c.req.param('id'), body);
    return c.json(result, result.status === 'recorded' ? 201 : 200);
  });
  app.post('/households/:id/survey', async (c) => {
    const body = await jsonBody(c, surveyBody);
    return c.json(await st.surveys.saveByTeam(c.var.staff, c.req.param('id'), body));
  });
  app.get('/join-cards', async (c) => c.html(await st.joinCards.html(c.var.staff, queryOf(c, joinCardsQuery))));
  return app;
}
