import { Hono } from 'hono';
import { z } from 'zod';
import * as api from '../../src/core/api/schemas';
import * as staff from '../../src/core/api/staff-schemas';

type Op = {
  method: 'get' | 'post' | 'delete';
  path: string;
  summary: string;
  body?: z.ZodType;
  query?: z.ZodType;
  auth?: boolean;
};

/** Every API operation, described once; the document below is generated from the same zod schemas the handlers use. */
export const operations: Op[] = [
  { method: 'get', path: '/api/health', summary: 'Liveness check' },
  { method: 'get', path: '/api/openapi.json', summary: 'This description of the API' },
  {
    method: 'post',
    path: '/api/auth/zalo',
    summary: 'Sign in with a Zalo mini app access token',
    body: api.zaloSignInBody,
  },
  {
    method: 'post',
    path: '/api/auth/dev',
    summary: 'Development sign-in (only with DEV_SIGN_IN=1, never in production)',
    body: api.devSignInBody,
  },
  { method: 'get', path: '/api/areas', summary: 'Configured wards and their tổ dân phố' },
  { method: 'get', path: '/api/me', summary: 'My account and household', auth: true },
  { method: 'post', path: '/api/me/consent', summary: 'Give or withdraw consent', body: api.consentBody, auth: true },
  { method: 'get', path: '/api/me/export', summary: 'Download everything stored about me (JSON)', auth: true },
  {
    method: 'delete',
    path: '/api/me',
    summary: 'Delete my data (and my household if I am its only member)',
    auth: true,
  },
  {
    method: 'post',
    path: '/api/households',
    summary: 'Create a household; I become its head',
    body: api.createHouseholdBody,
    auth: true,
  },
  {
    method: 'post',
    path: '/api/households/join',
    summary: 'Join a household by its code',
    body: api.joinHouseholdBody,
    auth: true,
  },
  { method: 'get', path: '/api/households/mine', summary: "My household's progress", auth: true },
  { method: 'get', path: '/api/households/{id}', summary: 'A household I belong to (others: 404)', auth: true },
  { method: 'delete', path: '/api/households/mine/members/{memberId}', summary: 'Head removes a member', auth: true },
  {
    method: 'post',
    path: '/api/completions',
    summary: 'Record a quiz result (idempotent on id)',
    body: api.completionBody,
    auth: true,
  },
  {
    method: 'post',
    path: '/api/practice-rounds',
    summary: 'Record a finished "Thật hay lừa?" round: counts only (idempotent on id)',
    body: api.practiceRoundBody,
    auth: true,
  },
  {
    method: 'post',
    path: '/api/challenges',
    summary: 'Anonymous: share a practice round as a challenge (item ids and your score)',
    body: api.challengeBody,
  },
  { method: 'get', path: '/api/challenges/{id}', summary: "Anonymous: a challenge's items and scores (30 days)" },
  {
    method: 'post',
    path: '/api/challenges/{id}/scores',
    summary: 'Anonymous: add your score to a challenge',
    body: api.challengeScoreBody,
  },
  {
    method: 'post',
    path: '/api/completions/batch',
    summary: 'Record queued offline results',
    body: api.completionBatchBody,
    auth: true,
  },
  {
    method: 'post',
    path: '/api/bot/message',
    summary: 'Ask the FAQ bot (signed in, or with a chatId)',
    body: api.botMessageBody,
  },
  { method: 'get', path: '/api/households/mine/survey', summary: "My household's digital-skills survey", auth: true },
  {
    method: 'post',
    path: '/api/households/mine/survey',
    summary: "Answer my household's survey",
    body: staff.surveyBody,
    auth: true,
  },
  {
    method: 'post',
    path: '/api/auth/staff-code',
    summary: 'Staff desktop sign-in with a one-time code',
    body: staff.staffCodeBody,
  },
  { method: 'get', path: '/api/staff/me', summary: 'My staff role and the tổ dân phố I may see', auth: true },
  {
    method: 'post',
    path: '/api/staff/invites',
    summary: 'Ward admin invites a team member, school or ward admin (code + QR)',
    body: staff.createInviteBody,
    auth: true,
  },
  {
    method: 'post',
    path: '/api/staff/invites/accept',
    summary: 'Accept a staff invite: the role is bound to my account',
    body: staff.acceptInviteBody,
    auth: true,
  },
  {
    method: 'post',
    path: '/api/staff/login-codes',
    summary: 'A one-time code to sign in on a computer (10 minutes)',
    auth: true,
  },
  {
    method: 'get',
    path: '/api/staff/households',
    summary: 'Households of my tổ dân phố, next house to visit first',
    query: staff.householdListQuery,
    auth: true,
  },
  {
    method: 'post',
    path: '/api/staff/households',
    summary: 'Create households (for join cards)',
    body: staff.createStaffHouseholdsBody,
    auth: true,
  },
  {
    method: 'get',
    path: '/api/staff/households/{id}',
    summary: 'One household: members, results, history, survey',
    auth: true,
  },
  {
    method: 'post',
    path: '/api/staff/households/{id}/assisted',
    summary: 'Record an assisted completion (idempotent on id)',
    body: staff.assistedBody,
    auth: true,
  },
  {
    method: 'post',
    path: '/api/staff/households/{id}/survey',
    summary: "Fill a household's survey on a visit",
    body: staff.surveyBody,
    auth: true,
  },
  {
    method: 'get',
    path: '/api/staff/join-cards',
    summary: 'Printable join cards (HTML, A4, 8 a page)',
    query: staff.joinCardsQuery,
    auth: true,
  },
  {
    method: 'post',
    path: '/api/staff/join-cards/link',
    summary: 'A signed link to the join cards (10 minutes, no sign-in needed to open)',
    body: staff.joinCardsLinkBody,
    auth: true,
  },
  {
    method: 'get',
    path: '/api/staff/join-cards/print',
    summary: 'Join cards from a signed link (HTML; 410 expired, 403 changed)',
    query: staff.joinCardsPrintQuery,
  },
  { method: 'get', path: '/api/staff/roster', summary: "Ward admin: the ward's open invites and staff", auth: true },
  {
    method: 'delete',
    path: '/api/staff/roster/invites/{id}',
    summary: 'Ward admin revokes an open invite',
    auth: true,
  },
  {
    method: 'delete',
    path: '/api/staff/roster/staff/{id}',
    summary: "Ward admin takes back a staff member's role",
    auth: true,
  },
  {
    method: 'get',
    path: '/api/staff/coverage',
    summary: 'Coverage by tổ dân phố, lesson and week',
    query: staff.coverageQuery,
    auth: true,
  },
  {
    method: 'get',
    path: '/api/staff/export.xlsx',
    summary: 'Ward report (XLSX, streamed)',
    query: staff.exportQuery,
    auth: true,
  },
  {
    method: 'get',
    path: '/api/staff/export.csv',
    summary: 'Ward report (CSV, UTF-8 with BOM)',
    query: staff.exportQuery,
    auth: true,
  },
  {
    method: 'get',
    path: '/api/staff/reports/ward',
    summary: 'The ward (or my tổ) against its targets: indicators, pace, needs, monthly trend',
    auth: true,
  },
  {
    method: 'get',
    path: '/api/staff/reports/training-plan',
    summary: 'What to organise in each tổ, most households first',
    auth: true,
  },
  {
    method: 'get',
    path: '/api/staff/reports/annual.xlsx',
    summary: 'The annual report (XLSX): targets, by tổ, needs and plan, monthly trend',
    auth: true,
  },
  {
    method: 'get',
    path: '/api/staff/reports/city',
    summary: 'City role: every ward side by side, counts only',
    auth: true,
  },
  { method: 'get', path: '/api/staff/unanswered', summary: "The bot's unanswered questions, grouped", auth: true },
  {
    method: 'post',
    path: '/api/staff/school-links',
    summary: 'School creates a link for a class to a lesson, a track or the practice round (link + QR)',
    body: staff.schoolLinkBody,
    auth: true,
  },
  {
    method: 'get',
    path: '/api/staff/school-links',
    summary: "The school's links with device counts (below 3 hidden)",
    auth: true,
  },
  {
    method: 'post',
    path: '/api/school-links/{token}/events',
    summary:
      'Anonymous open/complete from a parent (lessonId "practice" for a practice link); answers with what the link counts',
    body: staff.schoolEventBody,
  },
];

// Query parameters and {path} parameters, described from the same zod schema the handler validates with.
function parameters(op: Op) {
  const props = op.query
    ? ((z.toJSONSchema(op.query, { io: 'input' }) as { properties?: Record<string, unknown> }).properties ?? {})
    : {};
  const path = [...op.path.matchAll(/\{(\w+)\}/g)].map((m) => ({
    name: m[1],
    in: 'path',
    required: true,
    schema: { type: 'string' },
  }));
  const query = Object.entries(props).map(([name, schema]) => ({ name, in: 'query', required: false, schema }));
  return path.length + query.length ? { parameters: [...path, ...query] } : {};
}

const errorSchema = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message'],
      properties: { code: { type: 'string' }, message: { type: 'string' }, field: { type: 'string' } },
    },
  },
};

export function openApiDocument(extra: Op[] = []) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of [...operations, ...extra]) {
    paths[op.path] ??= {};
    paths[op.path][op.method] = {
      summary: op.summary,
      ...(op.auth ? { security: [{ bearer: [] }] } : {}),
      ...parameters(op),
      ...(op.body
        ? {
            requestBody: {
              required: true,
              content: { 'application/json': { schema: z.toJSONSchema(op.body, { io: 'input' }) } },
            },
          }
        : {}),
      responses: {
        '200': { description: 'OK' },
        '4XX': { description: 'Bad input or not allowed', content: { 'application/json': { schema: errorSchema } } },
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Học vụ số Hải Phòng API', version: '1' },
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } } },
    paths,
  };
}

export function openApiRoutes(extra: Op[] = []) {
  const doc = openApiDocument(extra);
  return new Hono().get('/openapi.json', (c) => c.json(doc));
}

export type { Op as OpenApiOperation };
