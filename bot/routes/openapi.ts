import { Hono } from 'hono';
import { z } from 'zod';
import * as api from '../../src/core/api/schemas';

type Op = { method: 'get' | 'post' | 'delete'; path: string; summary: string; body?: z.ZodType; auth?: boolean };

/** Every API operation, described once; the document below is generated from the same zod schemas the handlers use. */
export const operations: Op[] = [
  { method: 'get', path: '/api/health', summary: 'Liveness check' },
  { method: 'post', path: '/api/auth/zalo', summary: 'Sign in with a Zalo mini app access token', body: api.zaloSignInBody },
  { method: 'post', path: '/api/auth/dev', summary: 'Development sign-in (absent when NODE_ENV=production)', body: api.devSignInBody },
  { method: 'get', path: '/api/areas', summary: 'Configured wards and their tổ dân phố' },
  { method: 'get', path: '/api/me', summary: 'My account and household', auth: true },
  { method: 'post', path: '/api/me/consent', summary: 'Give or withdraw consent', body: api.consentBody, auth: true },
  { method: 'get', path: '/api/me/export', summary: 'Download everything stored about me (JSON)', auth: true },
  { method: 'delete', path: '/api/me', summary: 'Delete my data (and my household if I am its only member)', auth: true },
  { method: 'post', path: '/api/households', summary: 'Create a household; I become its head', body: api.createHouseholdBody, auth: true },
  { method: 'post', path: '/api/households/join', summary: 'Join a household by its code', body: api.joinHouseholdBody, auth: true },
  { method: 'get', path: '/api/households/mine', summary: "My household's progress", auth: true },
  { method: 'get', path: '/api/households/{id}', summary: 'A household I belong to (others: 404)', auth: true },
  { method: 'delete', path: '/api/households/mine/members/{memberId}', summary: 'Head removes a member', auth: true },
  { method: 'post', path: '/api/completions', summary: 'Record a quiz result (idempotent on id)', body: api.completionBody, auth: true },
  { method: 'post', path: '/api/completions/batch', summary: 'Record queued offline results', body: api.completionBatchBody, auth: true },
  { method: 'post', path: '/api/bot/message', summary: 'Ask the FAQ bot (signed in, or with a chatId)', body: api.botMessageBody },
];

const errorSchema = {
  type: 'object',
  required: ['error'],
  properties: { error: { type: 'object', required: ['code', 'message'], properties: { code: { type: 'string' }, message: { type: 'string' }, field: { type: 'string' } } } },
};

export function openApiDocument(extra: Op[] = []) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of [...operations, ...extra]) {
    paths[op.path] ??= {};
    paths[op.path][op.method] = {
      summary: op.summary,
      ...(op.auth ? { security: [{ bearer: [] }] } : {}),
      ...(op.body ? { requestBody: { required: true, content: { 'application/json': { schema: z.toJSONSchema(op.body, { io: 'input' }) } } } } : {}),
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
