import { Hono } from 'hono';
import {
  assistedBody,
  createStaffHouseholdsBody,
  householdListQuery,
  joinCardsLinkBody,
  joinCardsPrintQuery,
  joinCardsQuery,
  surveyBody,
} from '../../src/core/api/staff-schemas';
import { STATUS } from '../http/api-error';
import { ServiceError } from '../../src/core/api/outcomes';
import { queryOf } from '../http/query';
import { pagePolicy } from '../http/security-headers';
import type { StaffEnv } from '../http/staff-auth';
import { jsonBody } from '../http/validate';
import type { Assisted } from '../services/completions/assisted';
import type { StaffHouseholds } from '../services/households/staff-households';
import type { Surveys } from '../services/households/surveys';
import type { JoinCards } from '../services/join-cards/join-cards';
import type { JoinCardsLink } from '../services/join-cards/join-cards-link';
import { joinCardsErrorHtml } from '../services/join-cards/join-cards-html';

/** The community tech team's households: list, detail, assisted results, survey on a visit, new households and cards. */
export type StaffHouseholdDeps = {
  households: StaffHouseholds;
  assisted: Assisted;
  surveys: Surveys;
  joinCards: JoinCards;
  joinCardsLink: JoinCardsLink;
};

export function staffHouseholdRoutes(st: StaffHouseholdDeps) {
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
  app.get('/join-cards', async (c) => {
    c.header('Content-Security-Policy', pagePolicy());
    return c.html(await st.joinCards.html(c.var.staff, queryOf(c, joinCardsQuery)));
  });
  app.post('/join-cards/link', async (c) =>
    c.json(await st.joinCardsLink.create(c.var.staff, await jsonBody(c, joinCardsLinkBody)), 201),
  );
  return app;
}

/**
 * GET /api/staff/join-cards/print?t=…: public, the signed link is the permission. It is opened by a person in a
 * browser, so a refusal is a page in Vietnamese (with the status), not JSON; and the page is never cached or referred.
 */
export function joinCardsPrintRoute(joinCardsLink: JoinCardsLink) {
  const app = new Hono();
  app.get('/join-cards/print', async (c) => {
    c.header('Cache-Control', 'no-store');
    c.header('Referrer-Policy', 'no-referrer');
    c.header('Content-Security-Policy', pagePolicy());
    try {
      return c.html(await joinCardsLink.open(queryOf(c, joinCardsPrintQuery).t));
    } catch (err) {
      if (!(err instanceof ServiceError)) throw err;
      const message =
        err.code === 'link_expired' || err.code === 'link_invalid'
          ? err.message
          : 'Tài khoản làm đường link này không còn được in thẻ cho các hộ này.';
      const status = STATUS[err.code];
      return c.html(joinCardsErrorHtml(message), status === 410 || status === 400 ? status : 403);
    }
  });
  return app;
}
